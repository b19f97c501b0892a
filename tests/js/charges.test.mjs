// Charge bodies through the npm package in Node, as a merchant's backend checks them:
// CCBill's example bodies, the rule cases and the conditional 3-D Secure table.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { init, validateCharge, validateThreedsCharge } from "../../pkg/index.js";

const vectors = JSON.parse(await readFile(new URL("../vectors/charges.json", import.meta.url), "utf8"));
const validate = { charge: validateCharge, threedsCharge: validateThreedsCharge };
const shape = (found) => found.map((v) => [v.propertyName, v.code]);

before(() => init());

test("CCBill's own example bodies give exactly the expected violations", () => {
  for (const fixture of vectors.fixtures) {
    assert.deepEqual(shape(validate[fixture.call](fixture.input)), fixture.expect, fixture.name);
  }
});

test("every rule case", () => {
  for (const c of vectors.cases) {
    const input = { ...vectors.conditional.versions["1"], ...c.with, [c.field]: c.value };
    const want = c.code ? [[c.field, c.code]] : [];
    assert.deepEqual(shape(validate[c.call](input)), want, JSON.stringify(c));
  }
});

test("each required 3-D Secure field removed in turn, for both versions", () => {
  let checked = 0;
  for (const version of ["1", "2"]) {
    const body = vectors.conditional.versions[version];
    assert.deepEqual(validateThreedsCharge(body), [], `version ${version}`);
    for (const name of [...vectors.conditional.required.both, ...vectors.conditional.required[version]]) {
      const { [name]: _removed, ...without } = body;
      assert.deepEqual(shape(validateThreedsCharge(without)), [[name, "required"]], `v${version} without ${name}`);
      checked += 1;
    }
  }
  assert.equal(checked, 24);
});

test("a charge violation's target is the body, and messages read in Spanish", () => {
  const [found] = validateThreedsCharge({ ...vectors.conditional.versions["1"], threedsAmount: "11" }, { locale: "es" });
  assert.equal(found.message.split(".")[1], "El importe de 3-D Secure debe coincidir con el precio inicial");
  assert.equal(found.target.threedsCardToken, "gjeoB5NdJ1r6p0dG");
  assert.equal(found.target.initialPrice, "10.00");
});
