// A form element, another window's form element, a FormData and a URLSearchParams as a validator's
// input, in each browser: a TypeError naming the fix (readForm(form), attach(form),
// Object.fromEntries), never a list of `required` (Node: tests/js/mistakes.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";

import { BROWSER_NAMES, launch } from "./browsers.mjs";
import { usePackageServer } from "./server.mjs";

const origin = usePackageServer([["/mistakes/", "tests/e2e/mistakes"]]);

const ELEMENT = /^ccbill-validate: validateCreatePaymentToken\(\): input is an element: pass readForm\(form\) .*, or the element to attach\(form\)/;

for (const name of BROWSER_NAMES) {
  test(`${name}: a form, its FormData or URLSearchParams as input is a TypeError naming the fix`, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      await page.goto(`${origin()}/mistakes/`);
      await page.waitForSelector("body[data-ready=true]");
      const out = await page.evaluate(() => window.mistakes);
      assert.equal(out.form?.name, "TypeError");
      assert.match(out.form.message, ELEMENT);
      assert.equal(out.frameForm?.name, "TypeError");
      assert.match(out.frameForm.message, ELEMENT);
      assert.equal(out.formData?.name, "TypeError");
      assert.match(out.formData.message, /^ccbill-validate: validate\(\): input is a FormData, .*: pass readForm\(form\) .*, or Object\.fromEntries\(formData\)/);
      assert.equal(out.params?.name, "TypeError");
      assert.match(out.params.message, /^ccbill-validate: validateField\(\): input is a URLSearchParams: pass Object\.fromEntries\(params\)/);
      for (const said of [out.form, out.frameForm, out.formData, out.params]) assert.doesNotMatch(said.message, /4111|123/);
      assert.ok(out.fixed.includes("cardNumber:luhn"), out.fixed.join());
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
}
