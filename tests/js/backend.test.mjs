// The backend's GET requests through the package's Node entry (node.js):
// the shared vectors (tests/vectors/backend-gets.json, also run natively and in Python).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as ccbill from "../../pkg/node.js";

const { cases } = JSON.parse(await readFile(new URL("../vectors/backend-gets.json", import.meta.url), "utf8"));
const VALIDATORS = {
  getPaymentToken: ccbill.validateGetPaymentToken,
  paymentTokenThreedsRequired: ccbill.validatePaymentTokenThreedsRequired,
  getTransactionPaymentToken: ccbill.validateGetTransactionPaymentToken,
};

test("every GET vector through the Node entry, with params and wording", async () => {
  await ccbill.init();
  for (const [call, input, want] of cases) {
    const found = VALIDATORS[call](input);
    assert.deepEqual(found.map((v) => [v.propertyName, v.code]), want, `${call} ${JSON.stringify(input)}`);
    for (const v of found) assert.equal(typeof v.params, "object");
  }
  const [es] = ccbill.validateGetPaymentToken({ paymentTokenId: "a/b" }, { locale: "es" });
  assert.match(es.message, /^paymentTokenId\./);
  assert.notEqual(es.message, ccbill.validateGetPaymentToken({ paymentTokenId: "a/b" })[0].message);
});
