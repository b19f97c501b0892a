// Load and memory, in Node on the release module: a million calls keep the wasm memory and the
// externref table flat after warm-up, and huge fields cost what short ones do. Timings are
// reported (t.diagnostic) and compared only as ratios within one run: they are not benchmarks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import initWasm, * as glue from "../../pkg/ccbill_validate.js";

const bytes = await readFile(new URL("../../pkg/ccbill_validate_bg.wasm", import.meta.url));
const exports = await initWasm({ module_or_path: bytes });
const vectors = JSON.parse(await readFile(new URL("../vectors/fields.json", import.meta.url), "utf8"));
// The charge bodies' fields and the other calls' arguments (src/input.rs), so that every call
// reads a huge value in every field it has.
const CHARGE_FIELDS = [
  "threedsCardToken", "threedsEci", "threedsStatus", "threedsVersion", "threedsXid", "threedsCavv",
  "threedsCavvAlgorithm", "threedsDsTransId", "threedsAcsTransId", "threedsAuthenticationValue",
  "threedsError", "threedsClientTransactionId", "threedsSuccess", "threedsAmount", "threedsCurrency",
  "threedsSdkTransId", "threedsAuthenticationType", "threedsErrorDetail", "threedsErrorCode", "threedsResponse",
  "paymentTokenId", "initialPrice", "initialPeriod", "recurringPrice", "recurringPeriod", "rebills",
  "lifeTimeSubscription", "createNewPaymentToken", "passThroughInfo", "form", "iframeId",
];
const options = { now: vectors.now, version: vectors.version };
const table = Object.values(exports).find((e) => e instanceof WebAssembly.Table);
const footprint = () => ({ memory: exports.memory.buffer.byteLength, table: table?.length ?? 0 });

test("1,000,000 calls keep the wasm memory and the externref table flat after warm-up", (t) => {
  const valid = vectors.valid;
  const invalid = { ...valid, cardNumber: "4111 1111 1111 1112", postalCode: "x".repeat(20), email: "a@" };
  const call = (i) => glue.validate("createPaymentToken", i % 2 ? valid : invalid, options);
  for (let i = 0; i < 20_000; i++) call(i);
  const warm = footprint();
  const start = process.hrtime.bigint();
  let violations = 0;
  for (let i = 0; i < 1_000_000; i++) violations += call(i).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const after = footprint();
  t.diagnostic(`wasm memory ${warm.memory} -> ${after.memory} bytes, externref table ${warm.table} -> ${after.table}`);
  t.diagnostic(`1,000,000 calls in ${seconds.toFixed(2)} s (${((seconds / 1e6) * 1e6).toFixed(2)} µs per call), ${violations} violations`);
  assert.equal(violations, 500_000 * 3);
  assert.ok(after.memory - warm.memory <= 65_536, `memory grew by ${after.memory - warm.memory} bytes`);
  assert.ok(after.table - warm.table <= 128, `the externref table grew by ${after.table - warm.table}`);
});

// Every field of every call at 1,000,000 characters against 100,000: a field longer than any
// rule reads (READ_LIMIT, 1,024 units) is cut before it is copied into the module, so the two
// cost the same. Linear work would make the ratio 10; the bound is 3, for noise on a shared
// machine. Medians of 5 interleaved runs; no absolute bound (the README gives the figures).
const CALLS = ["createPaymentToken", "isScaRequired", "isScaRequiredForPaymentToken", "authenticateCustomer", "charge", "threedsCharge"];
const FIELDS = [...new Set([...Object.keys(vectors.valid), ...CHARGE_FIELDS])];

for (const call of CALLS) {
  test(`${call}: every field at 1,000,000 characters costs what 100,000 do`, (t) => {
    const huge = (n) => {
      const s = "9".repeat(n);
      return Object.fromEntries(FIELDS.map((k) => [k, s]));
    };
    const inputs = { small: huge(100_000), large: huge(1_000_000) };
    const once = (input) => {
      const start = process.hrtime.bigint();
      const found = glue.validate(call, input, options);
      return [Number(process.hrtime.bigint() - start) / 1e6, found];
    };
    once(huge(1000)); // warm-up
    const times = { small: [], large: [] };
    let found;
    for (let i = 0; i < 5; i++) {
      for (const size of ["small", "large"]) {
        const [ms, f] = once(inputs[size]);
        times[size].push(ms);
        found = f;
      }
    }
    const median = (xs) => xs.sort((a, b) => a - b)[2];
    const [small, large] = [median(times.small), median(times.large)];
    t.diagnostic(`median: 100,000 characters ${small.toFixed(2)} ms, 1,000,000 characters ${large.toFixed(2)} ms`);
    assert.ok(found.length > 0);
    assert.ok(large / small < 3, `1,000,000 characters took ${(large / small).toFixed(1)} times as long as 100,000`);
    const card = found[0].target.cardNumber;
    if (card !== undefined) assert.doesNotMatch(card, /9/);
  });
}
