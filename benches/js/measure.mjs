// How `make bench` and `make steps` measure a build of the package: bytes as a browser downloads
// them (esbuild's minified bundle plus the module, gzip -9), the first download's entry points,
// `init()` and the first call in fresh processes, and a run's statistics.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const repo = fileURLToPath(new URL("../..", import.meta.url));
export const out = join(repo, "target", "bench");
export const peersDir = join(out, "peers");

/** `contents` (an ES module) bundled and minified by esbuild as a page's bundler would: its bytes. */
export function bundle(name, contents) {
  const esbuild = createRequire(join(peersDir, "package.json"))("esbuild");
  const file = join(out, `${name}.min.js`);
  esbuild.buildSync({
    stdin: { contents, resolveDir: join(repo, "benches", "js"), loader: "js" },
    bundle: true, minify: true, format: "esm", platform: "browser", outfile: file,
    nodePaths: [join(peersDir, "node_modules")], logLevel: "error",
  });
  return readFileSync(file);
}

export function sizes(parts) {
  const all = Buffer.concat(parts);
  return { raw: all.length, gzip: gzipSync(all, { level: 9 }).length };
}

/** What a page validating a checkout imports first, from the package in `pkg`. */
export const firstImports = (pkg) =>
  `export { init, validateCreatePaymentToken, validateField } from ${JSON.stringify(join(pkg, "index.js"))};`;

/** `init()` alone and `init()` plus the first call (ms), each from `n` fresh processes. */
export function initTimes(pkg, n) {
  const inits = [];
  const firstCalls = [];
  for (let i = 0; i < n; i++) {
    const line = execFileSync(process.execPath, [join(repo, "benches", "js", "init-time.mjs"), pathToFileURL(join(pkg, "index.js")).href]);
    const { init, initAndFirstCall } = JSON.parse(line);
    inits.push(init);
    firstCalls.push(initAndFirstCall);
  }
  return { inits, firstCalls };
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}
