// schema(): Standard Schema V1 conformance, checked result by result against the spec's types
// (@standard-schema/spec), over the field and charge vectors, through the built package (pkg/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { decode } from "./vectors.mjs";

import * as ccbill from "../../pkg/index.js";

const read = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), "utf8"));
const fields = await read("../vectors/fields.json");
const charges = await read("../vectors/charges.json");
const now = fields.now;
const version = fields.version; // the widget version whose rules the vectors state

const CALLS = {
  createPaymentToken: ccbill.validateCreatePaymentToken,
  isScaRequired: ccbill.validateIsScaRequired,
  isScaRequiredForPaymentToken: ccbill.validateIsScaRequiredForPaymentToken,
  authenticateCustomer: ccbill.validateAuthenticateCustomer,
  charge: ccbill.validateCharge,
  threedsCharge: ccbill.validateThreedsCharge,
};

// The spec's types as runtime checks (packages/spec/src/index.ts): Props, Result, Issue, PathSegment.
const isPropertyKey = (key) => ["string", "number", "symbol"].includes(typeof key);

function assertProps(props) {
  assert.deepEqual(Object.keys(props).sort(), ["validate", "vendor", "version"]);
  assert.equal(props.version, 1);
  assert.equal(props.vendor, "ccbill-validate");
  assert.equal(typeof props.validate, "function");
}

/** A StandardSchemaV1.Result, synchronous; returns it. */
function assertResult(result) {
  assert.equal(typeof result, "object");
  assert.notEqual(result, null);
  assert.equal(typeof result.then, "undefined", "synchronous once the module is loaded");
  if (!result.issues) {
    // SuccessResult: `value`, and `issues` absent (a falsy `issues` is success).
    assert.deepEqual(Object.keys(result), ["value"]);
    return result;
  }
  // FailureResult: a non-empty array of Issue.
  assert.deepEqual(Object.keys(result), ["issues"]);
  assert.ok(Array.isArray(result.issues) && result.issues.length > 0);
  for (const issue of result.issues) {
    assert.equal(typeof issue.message, "string");
    assert.ok(issue.message.length > 0);
    if (issue.path !== undefined) {
      assert.ok(Array.isArray(issue.path));
      for (const segment of issue.path) assert.ok(isPropertyKey(segment) || isPropertyKey(segment?.key));
    }
  }
  return result;
}

// Each issue is a violation: the sentence without its prefix, the field as the path, the code.
const expectedIssues = (violations) =>
  violations.map((v) => {
    const issue = { message: v.message.slice(v.propertyName.length + 1), path: [v.propertyName], code: v.code };
    if (v.params !== undefined) issue.params = v.params;
    return issue;
  });


test("before init() resolves, validate() returns a Promise of the result (the spec allows async results)", async () => {
  const pending = ccbill.schema("createPaymentToken", { now })["~standard"].validate(fields.valid);
  assert.ok(pending instanceof Promise);
  assert.deepEqual(await pending, { value: fields.valid });
  // ... and loads the module on the way: from then on everything is synchronous.
  assertResult(ccbill.schema("charge")["~standard"].validate({}));
});

test("~standard is exactly the spec's Props for every call", async () => {
  await ccbill.init();
  for (const call of Object.keys(CALLS)) {
    const made = ccbill.schema(call);
    assert.deepEqual(Object.keys(made), ["~standard"]);
    assertProps(made["~standard"]);
  }
});

test("the field vectors: every result conforms, and carries the core's violations as issues", async () => {
  await ccbill.init();
  for (const c of fields.cases) {
    const call = c.call ?? "createPaymentToken";
    const input = { ...fields.valid, ...c.with, [c.field]: decode(c.value) };
    const result = assertResult(ccbill.schema(call, { now, version })["~standard"].validate(input));
    const violations = CALLS[call](input, { now, version });
    const where = `${call} ${c.field}=${JSON.stringify(c.value)}`;
    if (c.code === null) {
      assert.equal(result.value, input, where); // the value given, untouched
    } else {
      assert.deepEqual(result.issues, expectedIssues(violations), where);
      assert.deepEqual(result.issues.map((i) => [i.path[0], i.code]), [[c.reportedOn ?? c.field, c.code]], where);
    }
  }
});

test("the charge vectors and CCBill's published bodies, in Spanish", async () => {
  await ccbill.init();
  const base = charges.conditional.versions["1"];
  for (const c of charges.cases) {
    const input = { ...base, ...c.with, [c.field]: c.value };
    if (c.value === null) delete input[c.field];
    const result = assertResult(ccbill.schema(c.call, { locale: "es" })["~standard"].validate(input));
    const where = `${c.call} ${c.field}=${JSON.stringify(c.value)}`;
    if (c.code === null) assert.equal(result.value, input, where);
    else assert.deepEqual(result.issues, expectedIssues(CALLS[c.call](input, { locale: "es" })), where);
  }
  for (const fixture of charges.fixtures) {
    const result = assertResult(ccbill.schema(fixture.call)["~standard"].validate(fixture.input));
    assert.deepEqual((result.issues ?? []).map((i) => [i.path[0], i.code]), fixture.expect, fixture.name);
  }
  const placeholder = { ...base, paymentTokenId: "YOUR-PAYMENT-TOKEN" };
  const [issue] = ccbill.schema("charge", { locale: "es" })["~standard"].validate(placeholder).issues;
  assert.deepEqual(issue, {
    message: "El identificador del token de pago solo puede contener letras y dígitos",
    path: ["paymentTokenId"],
    code: "pattern",
    params: {},
  });
});

test("options: the call's arguments are validated with the value (and win), locale and now apply", async () => {
  await ccbill.init();
  const { clientAccnum, clientSubacc, ...form } = fields.valid;
  const bare = ccbill.schema("createPaymentToken", { now })["~standard"].validate(form);
  assert.deepEqual(bare.issues.map((i) => [i.path[0], i.code]), [["clientAccnum", "required"], ["clientSubacc", "required"]]);

  const args = { clientAccnum, clientSubacc };
  const withArgs = ccbill.schema("createPaymentToken", { now, args })["~standard"];
  assert.equal(withArgs.validate(form).value, form, "the output is the form's value, without the arguments");
  assert.deepEqual(withArgs.validate({ ...form, clientAccnum: "1" }), { value: { ...form, clientAccnum: "1" } });
  const wrongArgs = ccbill.schema("createPaymentToken", { now, args: { ...args, clientAccnum: 899999 } })["~standard"];
  assert.deepEqual(wrongArgs.validate(fields.valid).issues.map((i) => i.code), ["outOfRange"]);

  const later = ccbill.schema("createPaymentToken", { now: "2031-06-01", locale: "es-MX", args })["~standard"];
  assert.deepEqual(later.validate({ ...form, expYear: "2030", expMonth: "12" }).issues, [
    { message: "La tarjeta ha caducado, revise la fecha de caducidad", path: ["expYear"], code: "expired", params: {} },
  ]);
});

test("the message is the sentence alone; the widget's violations keep their prefix", async () => {
  await ccbill.init();
  const input = { ...fields.valid, cardNumber: "4111 1111 1111 1112" };
  const [issue] = ccbill.schema("createPaymentToken", { now, locale: "es" })["~standard"].validate(input).issues;
  assert.equal(issue.message, "El número de tarjeta no es válido, revise los dígitos");
  assert.equal(ccbill.validateCreatePaymentToken(input, { now, locale: "es" })[0].message, `cardNumber.${issue.message}`);
  assert.equal(JSON.stringify(issue).includes("4111"), false, "no target, no card data");
});

test("a value that is not an object is an issue, not a throw (a server's JSON body may be anything)", async () => {
  await ccbill.init();
  for (const value of [null, undefined, [], "x", 5, true]) {
    for (const [locale, message] of [
      ["en", "Expected an object with the fields"],
      ["es", "Se esperaba un objeto con los campos"],
    ]) {
      const result = assertResult(ccbill.schema("charge", { locale })["~standard"].validate(value));
      assert.deepEqual(result, { issues: [{ message, code: "notAnObject" }] }, `${JSON.stringify(value)} ${locale}`);
    }
  }
});

test("programming errors throw a TypeError when the schema is made", () => {
  assert.throws(() => ccbill.schema("chargeX"), {
    name: "TypeError",
    message: /one of createPaymentToken, isScaRequired, .*threedsCharge, .*getTransactionPaymentToken, .*threedsRequired$/,
  });
  assert.throws(() => ccbill.schema("toString"), TypeError);
  assert.throws(() => ccbill.schema("charge", "es"), TypeError);
  assert.throws(() => ccbill.schema("charge", { args: 900000 }), TypeError);
  assert.doesNotThrow(() => ccbill.schema("charge", null));
});

test("every README snippet for a library is the code its consumer app runs", async () => {
  const readme = await readFile(new URL("../../pkg-template/README.md", import.meta.url), "utf8");
  const snippets = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n(.*?)```/gs)];
  assert.equal(snippets.length, 6);
  const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
  for (const [, app, code] of snippets) {
    const source = lines(await readFile(new URL(`../consumers/${app}`, import.meta.url), "utf8"));
    // The snippet's lines appear in the app, in the same order.
    let at = 0;
    for (const line of lines(code)) {
      at = source.indexOf(line, at);
      assert.notEqual(at, -1, `${app}: ${line}`);
      at += 1;
    }
  }
});

test("~standard.validate never throws: any value gives a result (hostile values, every call)", async () => {
  const { hostileValues } = await import("../hostile/matrix.mjs");
  const calls = ["createPaymentToken", "isScaRequired", "isScaRequiredForPaymentToken", "authenticateCustomer", "charge", "threedsCharge"];
  for (const call of calls) {
    for (const args of [undefined, { clientAccnum: "900000", clientSubacc: "0" }]) {
      const { validate } = ccbill.schema(call, { args })["~standard"];
      for (const [label, value] of hostileValues()) {
        let result;
        assert.doesNotThrow(() => (result = validate(value)), `${call}(${label})`);
        assert.ok("value" in result || Array.isArray(result.issues), `${call}(${label})`);
      }
    }
  }
});
