// `make bench`: size, speed, init time and accuracy of ccbill-validate against the JS stack a
// merchant would combine instead, and against a hand-written validator of the same checks.
// One Node process; prints a table, writes target/bench/results.json and benches/chart.svg.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { corpus, NOW } from "./corpus.mjs";
import { bundle, firstImports, initTimes, out, repo, sizes, stats } from "./measure.mjs";

mkdirSync(out, { recursive: true });

// --- Bytes a browser downloads: each implementation bundled and minified by esbuild ------------
const wasm = readFileSync(join(repo, "pkg", "ccbill_validate_bg.wasm"));
// The reference tables: fetched beside the module, not waited for, so not in the first download.
const tables = readFileSync(join(repo, "pkg", "ccbill_validate_tables.bin"));
const ourJs = bundle("ours", firstImports(join(repo, "pkg")));
// Everything the package's browser entry holds (every export, the built-in catalogs), its
// reference tables and one more language's catalog, as the widest page would download them.
const allJs = bundle("ours-all", `export * from ${JSON.stringify(join(repo, "pkg", "index.js"))};`);
const german = readFileSync(join(repo, "pkg", "locales", "de.js"));
const bytes = {
  ours: { ...sizes([wasm, ourJs]), wasm: sizes([wasm]), js: sizes([ourJs]), tables: sizes([tables]) },
  oursEverything: sizes([wasm, allJs, tables, german]),
  peers: sizes([bundle("peers", `export { validate } from "./peers.mjs";`)]),
  handwritten: sizes([bundle("handwritten", `export { validate } from "./handwritten.mjs";`)]),
};

// --- The implementations, as a merchant's page would call them ---------------------------------
const ours = await import(pathToFileURL(join(repo, "pkg", "index.js")));
await ours.init();
const peers = await import(pathToFileURL(join(out, "peers.min.js")));
const handwritten = await import(pathToFileURL(join(out, "handwritten.min.js")));
const options = { now: NOW };
const impls = {
  ours: (form) => ours.validateCreatePaymentToken(form, options).map((v) => v.propertyName),
  peers: (form) => peers.validate(form, NOW),
  handwritten: (form) => handwritten.validate(form, NOW),
};

const forms = corpus();
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const accuracy = {};
for (const [name, validate] of Object.entries(impls)) {
  let right = 0;
  for (const { form, expected } of forms) if (same([...new Set(validate(form))].sort(), expected)) right++;
  accuracy[name] = { right, of: forms.length };
}

// --- ns per form: 5 runs after warm-up, implementations interleaved ----------------------------
const time = (fn) => {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (const { form } of forms) sink += fn(form).length;
  return [Number(process.hrtime.bigint() - start) / forms.length, sink];
};
for (const fn of Object.values(impls)) time(fn), time(fn); // warm-up
const runs = Object.fromEntries(Object.keys(impls).map((k) => [k, []]));
const names = Object.keys(impls);
for (let r = 0; r < 5; r++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + r) % names.length];
    runs[name].push(time(impls[name])[0]);
  }
}
const perForm = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, stats(xs)]));

// --- ns per validateField call, for live feedback -------------------------------------------------
const fieldTime = (field, input) => {
  const xs = [];
  for (let r = 0; r < 6; r++) {
    const start = process.hrtime.bigint();
    for (const { form } of forms) ours.validateField(field, form[field], input(form), options);
    if (r > 0) xs.push(Number(process.hrtime.bigint() - start) / forms.length);
  }
  return stats(xs);
};
const perField = {
  cardNumber: fieldTime("cardNumber", () => null),
  postalCode: fieldTime("postalCode", (form) => ({ country: form.country })),
};

// --- init(): the median of fresh processes -------------------------------------------------------
const { inits, firstCalls } = initTimes(join(repo, "pkg"), 11);
const init = stats(inits);
const initAndFirstCall = stats(firstCalls);

// --- The table --------------------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ns = (n) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} µs` : `${Math.round(n)} ns`);
const pct = ({ right, of }) => `${((100 * right) / of).toFixed(2)} % (${right}/${of})`;
const results = { corpus: { forms: forms.length, valid: forms.filter((f) => !f.expected.length).length }, bytes, perForm, perField, init, accuracy,
  ratios: {
    bytesOursToPeers: bytes.ours.gzip / bytes.peers.gzip, bytesOursToHandwritten: bytes.ours.gzip / bytes.handwritten.gzip,
    speedPeersToOurs: perForm.peers.median / perForm.ours.median, speedOursToHandwritten: perForm.ours.median / perForm.handwritten.median,
  },
  node: process.version, date: new Date().toISOString() };
writeFileSync(join(out, "results.json"), JSON.stringify(results, null, 2));

const rows = [
  ["", "ccbill-validate", "peers' stack", "hand-written JS"],
  ["bytes, raw", kb(bytes.ours.raw), kb(bytes.peers.raw), kb(bytes.handwritten.raw)],
  ["bytes, gzip -9", kb(bytes.ours.gzip), kb(bytes.peers.gzip), kb(bytes.handwritten.gzip)],
  ["per form, min", ns(perForm.ours.min), ns(perForm.peers.min), ns(perForm.handwritten.min)],
  ["per form, median", ns(perForm.ours.median), ns(perForm.peers.median), ns(perForm.handwritten.median)],
  ["per form, max", ns(perForm.ours.max), ns(perForm.peers.max), ns(perForm.handwritten.max)],
  ["accuracy", pct(accuracy.ours), pct(accuracy.peers), pct(accuracy.handwritten)],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(`\nccbill-validate benchmark: ${forms.length} forms (${results.corpus.valid} valid), Node ${process.version}\n`);
console.log(rows.map(line).join("\n"));
console.log(`\nours: wasm ${kb(bytes.ours.wasm.gzip)} + JS ${kb(bytes.ours.js.gzip)} gzipped (esbuild, minified); ` +
  `then the tables, ${kb(bytes.ours.tables.gzip)}, not waited for`);
console.log(`validateField, median: cardNumber ${ns(perField.cardNumber.median)}, postalCode ${ns(perField.postalCode.median)}`);
console.log(`init(), median of 11 fresh processes: ${init.median.toFixed(2)} ms (min ${init.min.toFixed(2)}, max ${init.max.toFixed(2)})`);
console.log(`ratios: bytes ours/peers ${results.ratios.bytesOursToPeers.toFixed(2)}, ours/hand-written ${results.ratios.bytesOursToHandwritten.toFixed(1)}; ` +
  `speed: ours is ${results.ratios.speedPeersToOurs.toFixed(1)}x the peers, ${results.ratios.speedOursToHandwritten.toFixed(1)}x the hand-written time`);

// --- Issue 22's targets, each beside its figure ("everything" against the peers' stack of this run) ---
const speedup = perForm.peers.median / perForm.ours.median;
const targets = [
  ["first download (module + JS + built-in en/es), gzip -9", "<= 30 KB", kb(bytes.ours.gzip), bytes.ours.gzip <= 30 * 1024],
  ["everything (every export, every table, + one more locale)", `<= ${kb(bytes.peers.gzip)}`, kb(bytes.oursEverything.gzip), bytes.oursEverything.gzip <= bytes.peers.gzip],
  ["time per form, median", "<= 4 µs", ns(perForm.ours.median), perForm.ours.median <= 4000],
  ["speed against the JS libraries, same run", ">= 8x", `${speedup.toFixed(1)}x`, speedup >= 8],
  ["init() + first call, Node, median of 11", "<= 5 ms", `${initAndFirstCall.median.toFixed(2)} ms`, initAndFirstCall.median <= 5],
];
results.targets = targets.map(([what, target, figure, met]) => ({ what, target, figure, met }));
writeFileSync(join(out, "results.json"), JSON.stringify(results, null, 2));
console.log("\ntargets:");
const tw = Math.max(...targets.map((t) => t[0].length));
for (const [what, target, figure, met] of targets) console.log(`  ${what.padEnd(tw)}  ${target.padEnd(10)}  ${figure.padEnd(9)}  ${met ? "met" : "NOT met"}`);
console.log(`\nwrote target/bench/results.json and benches/chart.svg`);

// --- The chart: two panels of horizontal bars ------------------------------------------------------
const panel = (y, title, values, format) => {
  const max = Math.max(...values.map((v) => v[1]));
  const bars = values.map(([label, v, color], i) => {
    const w = Math.max(2, (v / max) * 330);
    const by = y + 28 + i * 30;
    return `<text x="10" y="${by + 15}" class="l">${label}</text><rect x="150" y="${by}" width="${w.toFixed(1)}" height="20" fill="${color}"/>` +
      `<text x="${(156 + w).toFixed(1)}" y="${by + 15}" class="v">${format(v)}</text>`;
  });
  return `<text x="10" y="${y + 16}" class="t">${title}</text>${bars.join("")}`;
};
const colors = ["#1565c0", "#ef6c00", "#607d8b"];
const labels = ["ccbill-validate", "peers' stack", "hand-written JS"];
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="260" viewBox="0 0 620 260" font-family="system-ui, sans-serif">
<style>.t{font-size:14px;font-weight:600;fill:#1d232b}.l{font-size:12px;fill:#333}.v{font-size:12px;fill:#333}</style>
<rect width="620" height="260" fill="#fff"/>
${panel(6, "Bytes a browser downloads (gzip -9)", ["ours", "peers", "handwritten"].map((k, i) => [labels[i], bytes[k].gzip, colors[i]]), kb)}
${panel(130, `Time per form, median of 5 runs (${forms.length} forms, Node ${process.version})`, ["ours", "peers", "handwritten"].map((k, i) => [labels[i], perForm[k].median, colors[i]]), ns)}
</svg>
`;
writeFileSync(join(out, "chart.svg"), svg);
writeFileSync(join(repo, "benches", "chart.svg"), svg);
