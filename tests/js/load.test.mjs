// Load and memory, in Node on the release module: a million calls keep the wasm memory and the
// externref table flat after warm-up, and huge fields validate in linear time. Timings are
// reported (t.diagnostic), and bounded only generously: they are not benchmarks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import initWasm, * as glue from "../../pkg/ccbill_validate.js";

const bytes = await readFile(new URL("../../pkg/ccbill_validate_bg.wasm", import.meta.url));
const exports = await initWasm({ module_or_path: bytes });
const vectors = JSON.parse(await readFile(new URL("../vectors/fields.json", import.meta.url), "utf8"));
const options = { now: vectors.now };
const table = Object.values(exports).find((e) => e instanceof WebAssembly.Table);
const footprint = () => ({ memory: exports.memory.buffer.byteLength, table: table?.length ?? 0 });

test("1,000,000 calls keep the wasm memory and the externref table flat after warm-up", (t) => {
  const valid = vectors.valid;
  const invalid = { ...valid, cardNumber: "4111 1111 1111 1112", postalCode: "x".repeat(20), email: "a@" };
  const call = (i) => glue.validateCreatePaymentToken(i % 2 ? valid : invalid, options);
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

test("a form with every field 1,000,000 characters long validates in linear time", (t) => {
  const huge = (n) => Object.fromEntries(Object.keys(vectors.valid).map((k) => [k, "9".repeat(n)]));
  const time = (input) => {
    const start = process.hrtime.bigint();
    const found = glue.validateCreatePaymentToken(input, options);
    return [Number(process.hrtime.bigint() - start) / 1e6, found];
  };
  time(huge(1000)); // warm-up
  const [small] = time(huge(100_000));
  const [ms, found] = time(huge(1_000_000));
  t.diagnostic(`every field 100,000 characters: ${small.toFixed(1)} ms; 1,000,000 characters: ${ms.toFixed(1)} ms`);
  assert.ok(found.length > 10);
  assert.ok(ms < 200, `${ms} ms`);
  assert.equal(found[0].target.cardNumber.length, 1_000_000);
  assert.doesNotMatch(found[0].target.cardNumber, /9/);
});
