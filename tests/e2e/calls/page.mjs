// The browser side of tests/e2e/calls.test.mjs: every call of the list (pkg/facts.js, from the
// core) through attach() and, for the widget's methods, guard(), one call per round trip.
import * as pkg from "/pkg/index.js";
import { CALLS, FORM_FIELDS } from "/pkg/facts.js";
import { METHODS, readArguments, widgetVersion } from "/pkg/versions.js";

const form = document.getElementById("checkout");
for (const name of FORM_FIELDS) {
  const input = document.createElement("input");
  input.dataset.ccbill = name;
  input.value = "x?"; // present everywhere, and valid nowhere: no field is left to the widget, every rule runs
  form.append(input);
}
const now = "2026-12-04T12:00:00Z";
const version = "1.13.1";
const shape = (found) => found.map((v) => [v.propertyName, v.code]);

/** What attach() reports for `call`, against validate() of the same form and arguments. */
function attachOne(call) {
  const args = Object.fromEntries(CALLS[call].fields.filter((f) => !FORM_FIELDS.includes(f)).map((f) => [f, "x?"]));
  const handle = pkg.attach(form, { call, now, version, args, format: false });
  try {
    const expected = pkg.validate(call, { ...pkg.readForm(form), ...args }, { now, version });
    return { got: shape(handle.validate()), expected: shape(expected) };
  } finally {
    handle.detach();
  }
}

/** What a guarded method throws (or hands on), against validate() of the form and its arguments. */
function guardOne(method) {
  let called = false;
  const widget = { [method]: () => (called = true) };
  // The newest signature's arguments, each invalid but of its kind (guard() reads the arguments
  // by their kinds where two orders exist): the form is this form, an account number is digits.
  const invalid = (name) => (name === "form" ? form : /^client/.test(name) ? "1" : "x?");
  const args = ["token", ...CALLS[method].method.at(-1).arguments.map(invalid)];
  let thrown = null;
  try {
    pkg.guard(widget, { now, version })[method](...args);
  } catch (violations) {
    thrown = Array.isArray(violations) ? shape(violations) : String(violations);
  }
  const { args: named } = readArguments(method, widgetVersion(version), args);
  const expected = shape(pkg.validate(method, { ...pkg.readForm(form), ...named }, { now, version }));
  return { thrown, called, expected };
}

window.callList = { calls: Object.keys(CALLS), methods: METHODS, attachOne, guardOne };
await pkg.init();
document.body.dataset.ready = "true";
