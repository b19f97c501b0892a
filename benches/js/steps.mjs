// `make steps`: one row of the README's steps table (issue 22) per build of the package, measured
// together: the module and the first download gzipped as `make bench` counts them; the time per
// form on the bench's corpus, every build in one process, interleaved (three runs, each the median
// of five passes: the range); `init()` plus the first call, the median of 21 fresh processes each.
// Arguments: `<label>=<package directory>` per build (scripts/steps.sh passes them).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { corpus, NOW } from "./corpus.mjs";
import { bundle, firstImports, initTimes, sizes, stats } from "./measure.mjs";

const builds = [];
for (const arg of process.argv.slice(2)) {
  const [label, dir] = arg.split("=");
  const pkg = resolve(dir);
  const wasm = readFileSync(join(pkg, "ccbill_validate_bg.wasm"));
  const lib = await import(pathToFileURL(join(pkg, "index.js")));
  await lib.init();
  builds.push({ label, pkg, lib, module: sizes([wasm]).gzip, first: sizes([wasm, bundle(`step-${label}`, firstImports(pkg))]).gzip, runs: [], firsts: [] });
}

const forms = corpus().map((f) => f.form);
const options = { now: NOW };
const pass = ({ lib }) => {
  const start = process.hrtime.bigint();
  for (const form of forms) lib.validateCreatePaymentToken(form, options);
  return Number(process.hrtime.bigint() - start) / forms.length;
};
for (const b of builds) pass(b), pass(b); // warm-up
for (let run = 0; run < 3; run++) {
  const passes = builds.map(() => []);
  for (let p = 0; p < 5; p++) {
    for (let i = 0; i < builds.length; i++) {
      const k = (i + p) % builds.length; // each pass starts with another build
      passes[k].push(pass(builds[k]));
    }
  }
  builds.forEach((b, i) => b.runs.push(stats(passes[i]).median));
}
for (let i = 0; i < 21; i++) for (const b of builds) b.firsts.push(initTimes(b.pkg, 1).firstCalls[0]);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const us = (ns) => (ns / 1000).toFixed(1);
console.log("| build | module, gzip | first download | per form | `init()` + first call |");
console.log("|---|---|---|---|---|");
for (const b of builds) {
  const { min, max } = stats(b.runs);
  console.log(`| ${b.label} | ${kb(b.module)} | ${kb(b.first)} | ${us(min)}–${us(max)} µs | ${stats(b.firsts).median.toFixed(1)} ms |`);
}
