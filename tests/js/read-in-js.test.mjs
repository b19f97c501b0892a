// validate() reads a plain call's fields in JS and hands them to the module in one crossing
// (pkg-template/core.js `validateAs`, the module's `validateRead`); anything unusual goes to the
// module's own reader (`validate`). Both must give the same answer for the same input: here the
// first run is the fast path (`now` a number) and the second the module's (`now` the same Date).
import { test } from "node:test";
import assert from "node:assert/strict";

import { corpus, NOW } from "../../benches/js/corpus.mjs";
import * as v from "../../pkg/index.js";
import * as wasm from "../../pkg/ccbill_validate.js";
import { moduleMemory } from "../../pkg/loaded.js";
import { CALLS } from "../../pkg/facts.js";

await v.init();
const forms = corpus().slice(0, 1500).map((f) => f.form);
const both = (call, input, options = {}) => [
  v.validate(call, input, { ...options, now: NOW }),
  v.validate(call, input, { ...options, now: new Date(NOW) }),
];

test("every call, on 1,500 forms and under each version, answers the same read in JS as read by the module", () => {
  for (const call of Object.keys(CALLS)) {
    for (const version of [undefined, "1.2", "v1.13.1"]) {
      for (const form of forms) {
        const [fast, module] = both(call, { ...form, authToken: "t0k3n" }, { version });
        assert.deepEqual(fast, module, `${call} ${version}`);
      }
    }
  }
});

test("numbers, lists and hostile values read the same either way", () => {
  const hostile = new Proxy({}, { get: () => { throw new Error("no"); } });
  const getter = { clientAccnum: 900000, get cardNumber() { throw new Error("no"); } };
  const inputs = [
    { clientAccnum: 900000, clientSubacc: 0, expMonth: 13, expYear: 2030.5, amount: 1e21, cardNumber: 4111111111111111 },
    { clientAccnum: -0, clientSubacc: NaN, amount: Infinity, currencyCode: 840 },
    { passThroughInfo: [{ name: "a", value: 1 }, { name: "b" }, 3], clientAccnum: "900000" },
    hostile,
    getter,
  ];
  for (const call of ["createPaymentToken", "charge", "authenticateCustomerAndCreatePaymentToken"]) {
    for (const [i, input] of inputs.entries()) {
      const [fast, module] = both(call, input);
      assert.deepEqual(fast, module, `${call}, input ${i}`);
    }
    // An array is a caller's mistake, the same TypeError either way (tests/js/mistakes.test.mjs).
    for (const now of [NOW, new Date(NOW)]) assert.throws(() => v.validate(call, [], { now }), TypeError);
  }
});

test("a wrong version is the same TypeError either way; a wrong call or input still throws one", () => {
  const error = (options) => {
    try {
      v.validate("createPaymentToken", {}, options);
    } catch (e) {
      return [e.constructor.name, e.message];
    }
    return null;
  };
  assert.deepEqual(error({ now: NOW, version: "one point two" }), error({ now: new Date(NOW), version: "one point two" }));
  assert.equal(error({ now: NOW, version: "one point two" })[0], "TypeError");
  assert.throws(() => v.validate("noSuchCall", {}), TypeError);
  assert.throws(() => v.validate("createPaymentToken", "not an object"), TypeError);
  assert.throws(() => v.validate("createPaymentToken", {}, { now: "not a date" }), TypeError);
});

test("the fast path writes into the module's room, which grows, and outlives the module's memory growing", () => {
  // Each field as long as the rules read (1,025 units), in a script of 3 UTF-8 bytes a unit:
  // about 95 KB, far past the room's first 2 KB.
  const long = (c) => c.repeat(1025);
  const huge = Object.fromEntries(CALLS.createPaymentToken.fields.map((f) => [f, long("語")]));
  Object.assign(huge, { clientAccnum: 900000, clientSubacc: 0 });
  const small = forms[0];
  const before = moduleMemory().buffer;
  for (const input of [small, huge, small, { ...huge, cardNumber: long("4") }, small]) {
    const [fast, module] = both("createPaymentToken", input);
    assert.deepEqual(fast, module);
  }
  // 8 MB handed to the module (a blob it refuses: the tables it has stay) grow its memory, which
  // detaches the buffer the page's views of the room were made on.
  assert.equal(wasm.loadTables(new Uint8Array(8 << 20)), false);
  assert.equal(before.byteLength, 0, "the module's memory grew");
  for (const input of [small, huge, small]) {
    const [fast, module] = both("createPaymentToken", input);
    assert.deepEqual(fast, module);
  }
});
