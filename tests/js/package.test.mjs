// The built npm package (pkg/), imported as a merchant's Node 20 backend would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as ccbill from "../../pkg/index.js";

const vectors = JSON.parse(await readFile(new URL("../vectors/fields.json", import.meta.url), "utf8"));
const options = { now: vectors.now, version: vectors.version };

test("a validator called before init() throws an Error that says so", () => {
  assert.throws(() => ccbill.validateCreatePaymentToken({}), {
    name: "Error",
    message: /validateCreatePaymentToken\(\) was called before the module loaded; call and await init\(\) first/,
  });
});

test("init() loads the .wasm beside the package, once", async () => {
  const first = ccbill.init();
  assert.equal(ccbill.init(), first);
  await first;
  await ccbill.init();
});

test("the valid form passes and a bad one fails like the widget, with codes", async () => {
  await ccbill.init();
  assert.deepEqual(ccbill.validateCreatePaymentToken(vectors.valid, options), []);
  const form = { ...vectors.valid, cardNumber: "4111 1111 1111 1112", cvv2: "999", clientAccnum: 899999 };
  const found = ccbill.validateCreatePaymentToken(form, { ...options, locale: "es" });
  assert.deepEqual(
    found.map((v) => [v.propertyName, v.code]),
    [
      ["clientAccnum", "outOfRange"],
      ["cardNumber", "luhn"],
    ],
  );
  // CCBill's documented error handler.
  const shown = found.map((item) => item.message.split(".")[1]);
  assert.deepEqual(shown, [
    "El número de cuenta de comerciante debe estar entre 900000 y 999999",
    "El número de tarjeta no es válido, revise los dígitos",
  ]);
  assert.equal(found[0].target, found[1].target);
  assert.equal(found[0].target.cardNumber, "****************");
  assert.equal("cvv2" in found[0].target, false);
  assert.equal(JSON.stringify(found).includes("4111111111111112"), false);
});

test("each export is there and typed in the package", async () => {
  await ccbill.init();
  // From widget v1.3 (the vectors' version is v1.13) isScaRequired also needs the name and the email.
  assert.deepEqual(ccbill.validateIsScaRequired({}, options).map((v) => v.propertyName), [
    "clientAccnum",
    "clientSubacc",
    "nameOnCard",
    "cardNumber",
    "email",
    "currencyCode",
  ]);
  assert.deepEqual(ccbill.validateIsScaRequired({}, { ...options, version: "1.2.2" }).map((v) => v.propertyName), [
    "clientAccnum",
    "clientSubacc",
    "cardNumber",
    "currencyCode",
  ]);
  // With no version, only what every version requires: v1.2's fields, the currency as the number CCBill's API lists.
  assert.deepEqual(ccbill.validateIsScaRequired({ currencyCode: 36 }).map((v) => v.propertyName), [
    "clientAccnum",
    "clientSubacc",
    "cardNumber",
  ]);
  assert.throws(() => ccbill.validateIsScaRequired({}, { version: "latest" }), TypeError);
  // The 3-D Secure calls read the amount (checked when present: CCBill's guide disagrees with itself).
  assert.equal(ccbill.validateCreatePaymentToken3DS({ amount: "-1" }).at(-1).propertyName, "amount");
  assert.equal(ccbill.validateAuthenticateCustomerAndCreatePaymentToken({ form: 5 }).at(-1).propertyName, "form");
  assert.deepEqual(ccbill.validateIsScaRequiredForPaymentToken({ currencyCode: 840, paymentTokenId: "abc" }), []);
  assert.equal(ccbill.validateAuthenticateCustomer({ clientAccnum: 900000, clientSubacc: 0, paymentTokenId: "a1" }).length, 0);
  assert.equal(ccbill.validateField("postalCode", "", null, { locale: "es" })[0].message, "postalCode.Falta el código postal");
  assert.equal(ccbill.maskCardNumber("5555 5555 5555 4444"), "555555******4444");
  assert.throws(() => ccbill.validateCreatePaymentToken("nope"), TypeError);
});

test("the shipped declarations never type an export or a violation as `any`", async () => {
  for (const file of ["index.d.ts", "calls.d.ts", "ccbill_validate.d.ts"]) {
    const text = await readFile(new URL(`../../pkg/${file}`, import.meta.url), "utf8");
    // wasm-bindgen's `InitOutput` describes the raw wasm ABI (externref slots), not our API.
    const api = text.replace(/export interface InitOutput \{[^}]*\}/s, "");
    assert.doesNotMatch(api, /:\s*any\b|<any>|any\[\]/, file);
  }
  const glue = await readFile(new URL("../../pkg/ccbill_validate.d.ts", import.meta.url), "utf8");
  assert.match(glue, /export function validate\(call: CallName, input: Input, options\?: Options \| null\): Violation\[\];/);
  assert.match(glue, /export type Violation = \{ \[C in Code\]: ViolationOf<C> \}\[Code\];/);
});

test("no version given is unknown: the 2022–2024 guide's form passes; v1.13.1 requires nameOnCard and cvv2", async () => {
  await ccbill.init();
  const form = {
    clientAccnum: 900100, clientSubacc: 0, cardNumber: "4242424242424242", expMonth: "12", expYear: "2030",
    firstName: "Ana", lastName: "García", country: "US", postalCode: "94043", email: "ana@example.com",
  };
  const names = (found) => found.map((v) => v.propertyName);
  assert.deepEqual(ccbill.validateCreatePaymentToken(form, { now: vectors.now }), []);
  assert.deepEqual(names(ccbill.validateCreatePaymentToken(form, { now: vectors.now, version: "1.13.1" })), ["nameOnCard", "cvv2"]);
  assert.deepEqual(ccbill.validateIsScaRequired({ ...form, currencyCode: 36 }), []);
  // A currency number is an ISO 4217 code 0–999: not a fraction, a negative number or four digits.
  for (const currencyCode of [36.5, -36, 1000]) {
    assert.deepEqual(names(ccbill.validateIsScaRequired({ ...form, currencyCode })), ["currencyCode"], String(currencyCode));
  }
});

test("style.css ships as ccbill-validate/style.css", async () => {
  const manifest = JSON.parse(await readFile(new URL("../../pkg/package.json", import.meta.url), "utf8"));
  assert.equal(manifest.exports["./style.css"], "./style.css");
  assert.ok(manifest.files.includes("style.css"));
  await readFile(new URL("../../pkg/style.css", import.meta.url), "utf8");
});
