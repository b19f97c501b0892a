// The backend's GET requests through the package's Node entry (node.js):
// the shared vectors (tests/vectors/backend-gets.json, also run natively and in Python).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as ccbill from "../../pkg/node.js";

const vectors = async (file) => JSON.parse(await readFile(new URL(`../vectors/${file}`, import.meta.url), "utf8")).cases;
const cases = await vectors("backend-gets.json");
const bodies = await vectors("token-bodies.json");
// Each call's validator, by the call's name: `validate` + the name capitalized.
const validator = (call) => ccbill[`validate${call[0].toUpperCase()}${call.slice(1)}`];

test("every GET vector through the Node entry, with params and wording", async () => {
  await ccbill.init();
  for (const [call, input, want] of cases) {
    const found = validator(call)(input);
    assert.deepEqual(found.map((v) => [v.propertyName, v.code]), want, `${call} ${JSON.stringify(input)}`);
    for (const v of found) assert.equal(typeof v.params, "object");
  }
  const [es] = ccbill.validateGetPaymentToken({ paymentTokenId: "a/b" }, { locale: "es" });
  assert.match(es.message, /^paymentTokenId\./);
  assert.notEqual(es.message, ccbill.validateGetPaymentToken({ paymentTokenId: "a/b" })[0].message);
});

test("every payment-token body and card query through the Node entry, named by its path in the body", async () => {
  await ccbill.init();
  assert.ok(bodies.length >= 30);
  for (const [call, input, want] of bodies) {
    const found = validator(call)(input);
    assert.deepEqual(found.map((v) => [v.propertyName, v.code]), want, `${call} ${JSON.stringify(input)}`);
    // The same through validate(call, ...).
    assert.deepEqual(ccbill.validate(call, input).map((v) => [v.propertyName, v.code]), want, call);
  }
});

test("a token body's violation: its path as propertyName and message prefix, a nested target, no card data", async () => {
  await ccbill.init();
  const body = {
    clientAccnum: 900000,
    clientSubacc: 0,
    subscriptionId: 0,
    paymentInfo: { creditCardPaymentInfo: { value: { cardNum: "4473707989493597", cvv2: "123", expMonth: "04" } } },
    customerInfo: { country: "US", zipcode: "85281" },
  };
  const found = ccbill.validateCreatePaymentTokenMerchantOnlyVerify(body, { locale: "es" });
  const card = found.find((v) => v.propertyName === "paymentInfo.creditCardPaymentInfo.cardNum");
  assert.equal(card.code, "luhn");
  assert.ok(card.message.startsWith("paymentInfo.creditCardPaymentInfo.cardNum."), card.message);
  assert.ok(!card.message.slice(card.propertyName.length + 1).includes("."), card.message);
  assert.equal(card.target.customerInfo.zipcode, "85281");
  assert.equal(card.target.paymentInfo.creditCardPaymentInfo.expMonth, "04");
  const text = JSON.stringify(found);
  assert.ok(!text.includes("4473707989493597") && !text.includes("cvv2") && !text.includes('"123"'), text);
  // Every violation of one call shares its target, as elsewhere.
  assert.ok(found.every((v) => v.target === card.target));
});

test("a token body that is not all objects, or throws, is read as it is, never rethrown", async () => {
  await ccbill.init();
  const throwing = { get customerInfo() { throw new Error("boom"); }, clientAccnum: 900000, clientSubacc: 0, subscriptionId: 0 };
  const found = ccbill.validateCreatePaymentTokenMerchantOnly(throwing);
  assert.ok(found.some((v) => v.propertyName === "customerInfo.customerFname" && v.code === "notAString"), JSON.stringify(found));
  assert.throws(() => ccbill.validateCreatePaymentTokenMerchantOnly("body"), TypeError);
  const strings = ccbill.validateCreatePaymentTokenMerchantOnly({ clientAccnum: 900000, clientSubacc: 0, subscriptionId: 0, customerInfo: "x", paymentInfo: [1] });
  assert.ok(strings.some((v) => v.propertyName === "customerInfo.email" && v.code === "required"));
});
