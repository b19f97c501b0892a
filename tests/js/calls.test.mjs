// Every call the types name (CallName: the calls of pkg/facts.js, generated from the Rust core)
// through every export that takes a call, in Node: its named validator, validate(),
// validateField() per field, schema() and the command line agree on each. attach() and guard()
// take the same list in browsers (tests/e2e/calls.test.mjs).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { CALLS } from "../../pkg/facts.js";
import * as ccbill from "../../pkg/node.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const vectors = JSON.parse(await readFile(new URL("../vectors/fields.json", import.meta.url), "utf8"));
const options = { now: vectors.now, version: "1.13.1" };
const cli = `${root}target/debug/ccbill-validate`;

before(async () => {
  await ccbill.init();
  execFileSync("cargo", ["build", "-q", "--bin", "ccbill-validate"], { cwd: root, stdio: "inherit" });
});

const shape = (found) => found.map((v) => [v.propertyName, v.code]);

/** Where each field is in the call's input: its name, or its path in a token body. */
const pathsOf = (call) => CALLS[call].paths ?? CALLS[call].fields;

/** The body with `value` at each path (nested where a path has dots). */
function bodyOf(paths, value) {
  const body = {};
  for (const path of paths) {
    const steps = path.split(".");
    let node = body;
    for (const step of steps.slice(0, -1)) node = node[step] ??= {};
    node[steps.at(-1)] = value;
  }
  return body;
}
const at = (body, path) => path.split(".").reduce((node, step) => node?.[step], body);

/**
 * Two inputs per call: nothing at all (its required fields), and "x?" in every field (its rules);
 * a token body's subscriptionId 0, so that its card and customer are required too.
 */
const inputsOf = (call) => {
  const all = bodyOf(pathsOf(call), "x?");
  if (CALLS[call].paths) all.subscriptionId = 0;
  return [{}, all];
};

test("the call list is every call: sixteen, each with a named validator and no other validator", () => {
  const names = Object.keys(CALLS);
  assert.equal(names.length, 16);
  const validators = Object.keys(ccbill).filter((name) => /^validate[A-Z]/.test(name) && name !== "validateField");
  assert.deepEqual(validators.sort(), names.map((call) => `validate${call[0].toUpperCase()}${call.slice(1)}`).sort());
});

for (const call of Object.keys(CALLS)) {
  test(`${call}: the named validator, validate(), validateField(), schema() and the CLI agree`, () => {
    const named = ccbill[`validate${call[0].toUpperCase()}${call.slice(1)}`];
    for (const input of inputsOf(call)) {
      const found = ccbill.validate(call, input, options);
      const where = `${call} ${JSON.stringify(input).slice(0, 40)}`;
      assert.ok(found.length > 0, where); // each call requires a field, and none takes "x?" everywhere
      assert.deepEqual(named(input, options), found, where);
      for (const field of pathsOf(call)) {
        const one = ccbill.validateField(field, at(input, field), input, { ...options, call });
        assert.deepEqual(shape(one), shape(found.filter((v) => v.propertyName === field)), `${where} ${field}`);
      }
      const result = ccbill.schema(call, options)["~standard"].validate(input);
      assert.deepEqual(result.issues.map((i) => [i.path.join("."), i.code]), shape(found), where);
      const run = spawnSync(cli, [call, "--widget", options.version], { input: JSON.stringify(input), encoding: "utf8" });
      assert.equal(run.status, 1, `${where}: ${run.stderr}`);
      assert.deepEqual(shape(JSON.parse(run.stdout)), shape(found), `${where} (CLI)`);
    }
  });
}

test("a name that is no call is a TypeError, in every export that takes one", () => {
  for (const bad of ["createpaymenttoken", "toString", "", 5, null]) {
    assert.throws(() => ccbill.validate(bad, {}), TypeError, String(bad));
    assert.throws(() => ccbill.validateField("cardNumber", "4", {}, { call: bad }), TypeError, String(bad));
    assert.throws(() => ccbill.schema(bad), TypeError, String(bad));
  }
});

test("no call name is written by hand in the package's JS: the generated files hold them", async () => {
  const dir = new URL("../../pkg-template/", import.meta.url);
  const generated = ["facts.js", "calls.js"];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".js") && !generated.includes(f))) {
    // Code only: comments may name a call to explain it.
    const code = (await readFile(new URL(file, dir), "utf8")).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const call of Object.keys(CALLS)) {
      assert.ok(!new RegExp(`["'\`]${call}["'\`]`).test(code), `${file} names ${call}`);
    }
  }
});
