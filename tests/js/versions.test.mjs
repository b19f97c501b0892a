// Each widget version's signatures, as guard() maps a call's positional arguments to CCBill's
// names (pkg/versions.js, over the signatures in pkg/facts.js), and the version read from text and
// from the widget script's URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { argumentFields, pageVersion, readArguments, scriptVersion, widgetVersion } from "../../pkg/versions.js";

test("a version's family, from an option or a script URL: the core's vectors", async () => {
  // tests/vectors/versions.json: WidgetVersion::parse runs the same (src/options.rs).
  const { cases } = JSON.parse(await readFile(new URL("../vectors/versions.json", import.meta.url), "utf8"));
  for (const [text, family] of [...cases, [undefined, null]]) assert.equal(widgetVersion(text), family, String(text));
  const doc = (...srcs) => ({ scripts: srcs.map((src) => ({ src })) });
  assert.equal(scriptVersion(doc("https://cdn.example/app.js", "https://js.ccbill.com/v1.13.1/ccbill-advanced-widget.js")), "1.13.1");
  assert.equal(scriptVersion(doc("http://127.0.0.1:5000/js.ccbill.com/v1/ccbill-advanced-widget.js")), "1");
  assert.equal(scriptVersion(doc("https://js.ccbill.com/ccbill-advanced-widget.js")), null);
  assert.equal(scriptVersion(doc()), null);
});

test("the page's version: the option, else CCBill's script URL, else unknown", () => {
  // Node has no document: no script URL, so no option means unknown.
  assert.equal(pageVersion(undefined, "guard"), undefined);
  assert.equal(pageVersion(null, "guard"), undefined);
  assert.equal(pageVersion("v1.2.2", "guard"), "1.2");
  assert.throws(() => pageVersion("latest", "attach"), { name: "TypeError", message: /^attach: options.version/ });
});

const form = { querySelector() {} }; // a form element, as far as the mapping cares

// [version, method, arguments as merchants pass them, CCBill's names, the form the call narrows to]
const CASES = [
  ["1.13", "createPaymentToken", ["t", "900000", "0"], { clientAccnum: "900000", clientSubacc: "0" }],
  ["1", "createPaymentToken", ["t", 900000, 0, null, null, 30, 1],
    { clientAccnum: 900000, clientSubacc: 0, clearPaymentInfo: null, clearCustomerInfo: null, timeToLive: 30, numberOfUse: 1 }],
  ["1", "isScaRequired", ["t", 900000, 0, "840"], { clientAccnum: 900000, clientSubacc: 0, currencyCode: "840" }],
  ["1", "isScaRequired", ["t", 900000, 0], { clientAccnum: 900000, clientSubacc: 0 }],
  ["1.2", "isScaRequired", ["t", 900000, 0, "840"], { clientAccnum: 900000, clientSubacc: 0 }],
  ["1", "isScaRequiredForPaymentToken", ["t", "abc1", 978], { paymentTokenId: "abc1", currencyCode: 978 }],
  ["1.13", "isScaRequiredForPaymentToken", ["t", "abc1"], { paymentTokenId: "abc1" }],
  ["1.2", "authenticateCustomer", ["t", form], { form, iframeId: undefined, paymentTokenId: undefined }, form],
  ["1.2", "authenticateCustomer", ["t", "#pay", null, "tok1"], { form: "#pay", iframeId: null, paymentTokenId: "tok1" }, "#pay"],
  ["1", "authenticateCustomer", ["t"], { form: undefined, iframeId: undefined, paymentTokenId: undefined }],
  ["1.3", "authenticateCustomer", ["t", "900000", "0"],
    { clientAccnum: "900000", clientSubacc: "0", form: undefined, iframeId: undefined, paymentTokenId: undefined }],
  ["1.3", "authenticateCustomer", ["t", 900000, 0, form, "frame"],
    { clientAccnum: 900000, clientSubacc: 0, form, iframeId: "frame", paymentTokenId: undefined }, form],
  // The guide's "all parameters" example puts the form second.
  ["1.13", "authenticateCustomer", ["t", form, 900000, 0, null, "tok1"],
    { form, clientAccnum: 900000, clientSubacc: 0, iframeId: null, paymentTokenId: "tok1" }, form],
  // Fitting no order fully (a wrong account number): the order it fits best, so the account is
  // reported, not read as the form.
  ["1.13", "authenticateCustomer", ["t", "#pay", "abc", 0], { form: "#pay", clientAccnum: "abc", clientSubacc: 0 }, "#pay"],
  ["1.13", "createPaymentToken3DS", ["t", "900000", "1"], { clientAccnum: "900000", clientSubacc: "1" }],
  ["1.13", "authenticateCustomerAndCreatePaymentToken", ["t", 900000, 1], { clientAccnum: 900000, clientSubacc: 1 }],
  ["1.13", "authenticateCustomerAndCreatePaymentToken", ["t", 900000, 1, "#pay", "frame"],
    { clientAccnum: 900000, clientSubacc: 1, form: "#pay", iframeId: "frame" }, "#pay"],
  // The version unknown (no option, no CCBill URL on the page): the arguments read by their types.
  [undefined, "isScaRequired", ["t", 900000, 0, 840], { clientAccnum: 900000, clientSubacc: 0, currencyCode: 840 }],
  [undefined, "isScaRequired", ["t", 900000, 0], { clientAccnum: 900000, clientSubacc: 0 }],
  [undefined, "isScaRequiredForPaymentToken", ["t", "abc1", "978"], { paymentTokenId: "abc1", currencyCode: "978" }],
  [undefined, "isScaRequiredForPaymentToken", ["t", "abc1"], { paymentTokenId: "abc1" }],
  [undefined, "authenticateCustomer", ["t", "#payment-form"], { form: "#payment-form" }, "#payment-form"],
  [undefined, "authenticateCustomer", ["t", form, null, "tok1"], { form, iframeId: null, paymentTokenId: "tok1" }, form],
  [undefined, "authenticateCustomer", ["t"], {}],
  [undefined, "authenticateCustomer", ["t", 900000, 0, "#pay", "frame"],
    { clientAccnum: 900000, clientSubacc: 0, form: "#pay", iframeId: "frame" }, "#pay"],
  [undefined, "authenticateCustomer", ["t", "900000", "0"], { clientAccnum: "900000", clientSubacc: "0" }],
  [undefined, "authenticateCustomer", ["t", form, 900000, 0, null, "tok1"],
    { form, clientAccnum: 900000, clientSubacc: 0, iframeId: null, paymentTokenId: "tok1" }, form],
];

test("every version's form-reading methods, with that version's arguments", () => {
  for (const [version, method, args, named, narrowed] of CASES) {
    const { args: got, form: gotForm } = readArguments(method, version, args);
    // An argument not given is undefined, the same as absent for the validators.
    const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    assert.deepEqual(defined(got), defined(named), `${version} ${method}`);
    assert.equal(gotForm, narrowed, `${version} ${method} form`);
  }
});

test("the form fields a method takes as arguments stay required: v1's currency only", () => {
  assert.deepEqual(argumentFields("isScaRequired", "1"), ["currencyCode"]);
  assert.deepEqual(argumentFields("isScaRequiredForPaymentToken", "1"), ["currencyCode"]);
  for (const version of ["1.2", "1.3", "1.13", undefined]) assert.deepEqual(argumentFields("isScaRequired", version), []);
  assert.deepEqual(argumentFields("createPaymentToken", "1.13"), []);
});
