// Every function the package exports, given hostile values in every argument position, in Node:
// no trap, no exception but a TypeError, and the module still validates afterwards. The list of
// exports is the package's own (tests/hostile/matrix.mjs); the page layer's exports need a DOM
// and run in Chromium, Firefox and WebKit (tests/e2e/exports.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";

import * as pkg from "../../pkg/index.js";
import * as dom from "../../pkg/dom.js";
import { exportsOf, runExport } from "../hostile/matrix.mjs";

await pkg.init();
const names = exportsOf(pkg, Object.keys(dom));

test("the matrix covers every validator the module exports", () => {
  for (const name of ["validateCreatePaymentToken", "validateField", "cardBrand", "maskCardNumber", "validateThreedsCharge"]) {
    assert.ok(names.includes(name), `${name} is not in the matrix`);
  }
});

for (const name of names) {
  test(`${name}: hostile values in every argument position`, (t) => {
    const { calls, typeErrors, failures } = runExport(pkg, name);
    t.diagnostic(`${calls} calls, ${typeErrors} TypeErrors`);
    assert.deepEqual(failures, []);
  });
}
