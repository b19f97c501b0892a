// The module's own allocator (src/runtime.rs) over many calls: memory stops growing once warm,
// and a call gives the same answer on its ten-thousandth run as on its first. An allocator that
// handed out memory still in use (a cache's, or a finding's while it is written) would corrupt
// what a later call reads; one that leaked or fragmented would grow the memory pass after pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { corpus, NOW } from "../../benches/js/corpus.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const glue = await import(new URL("ccbill_validate.js", pkg));
const wasm = glue.initSync({ module: readFileSync(new URL("ccbill_validate_bg.wasm", pkg)) });

const forms = corpus().map((f) => f.form);
const options = { now: NOW };
/** Every export on every form, as one comparable text per form. */
const pass = () =>
  forms.map((form) =>
    JSON.stringify([
      glue.validate("createPaymentToken", form, options).map((v) => [v.propertyName, v.code, v.target]),
      glue.validate("authenticateCustomerAndCreatePaymentToken", form, options).map((v) => v.code),
      glue.validateField("postalCode", form.postalCode, form, { ...options, typing: true }).map((v) => v.code),
      glue.validateField("cardNumber", form.cardNumber, null, options).map((v) => v.code),
      glue.maskCardNumber(String(form.cardNumber ?? "")),
      glue.cardBrand(String(form.cardNumber ?? ""))?.brand ?? null,
    ]),
  );

test(`memory stays put over ${forms.length * 6 * 4} calls, and every answer stays the same`, () => {
  const first = pass();
  const warm = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 3; i++) assert.deepEqual(pass(), first);
  assert.equal(wasm.memory.buffer.byteLength, warm, "the module's memory grew once warm");
});
