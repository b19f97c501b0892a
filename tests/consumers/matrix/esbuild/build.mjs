// esbuild: a browser bundle and a Node bundle, ES modules, with the .wasm and the tables copied next
// to each (esbuild leaves `new URL("…", import.meta.url)` as it is), and a Node bundle of
// ccbill-validate/inline (nothing to copy). Any warning fails the build.
import { copyFile, mkdir } from "node:fs/promises";
import { build } from "esbuild";

const here = (path) => new URL(path, import.meta.url).pathname;
const files = ["ccbill_validate_bg.wasm", "ccbill_validate_tables.bin"];
const jobs = [
  { entryPoints: [here("src/web.js")], outfile: here("dist/web/main.js"), platform: "browser" },
  { entryPoints: [here("src/server.js")], outfile: here("dist/node/main.mjs"), platform: "node" },
  { entryPoints: [here("src/server-inline.js")], outfile: here("dist/inline/main.mjs"), platform: "node" },
];
const warnings = [];
for (const job of jobs) {
  const result = await build({ ...job, bundle: true, format: "esm", minify: true, logLevel: "silent" });
  warnings.push(...result.warnings.map((w) => w.text));
}
if (warnings.length) {
  console.error(warnings.join("\n"));
  process.exit(1);
}
for (const dir of ["web", "node"]) {
  for (const file of files) await copyFile(here(`node_modules/ccbill-validate/${file}`), here(`dist/${dir}/${file}`));
}
await mkdir(here("dist/web"), { recursive: true });
await copyFile(here("index.html"), here("dist/web/index.html"));
