// Builds pkg/ccbill-validate.classic.js, the classic <script> build (no modules, no bundler on
// the merchant's side), from the package's ES modules in pkg/. Run by `make pkg`.
import { build } from "esbuild";

await build({
  entryPoints: ["pkg/classic.js"],
  outfile: "pkg/ccbill-validate.classic.js",
  bundle: true,
  format: "iife",
  target: "es2020",
  minify: true,
  legalComments: "none",
  // wasm-bindgen's glue reads import.meta.url only when init() gets no module; classic.js always
  // passes the URL next to the script.
  logOverride: { "empty-import-meta": "silent" },
  logLevel: "warning",
});
