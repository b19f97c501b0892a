// The hostile-value matrix (tests/hostile/matrix.mjs) over every function the package exports,
// the page layer's included, in Chromium, Firefox and WebKit: the built package served under the
// strict CSP, one export per round trip so the page never stays busy for long.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BROWSER_NAMES, launch } from "./browsers.mjs";
import { usePackageServer } from "./server.mjs";

const origin = usePackageServer([["/hostile/", "tests/hostile"]]);

for (const name of BROWSER_NAMES) {
  test(`${name}: hostile values in every argument position of every export`, async (t) => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      await page.goto(`${origin()}/hostile/`);
      await page.waitForSelector("body[data-ready=true]");
      const names = await page.evaluate(() => window.matrix.names);
      assert.ok(names.includes("guard") && names.includes("cardBrand"), names.join(", "));
      let calls = 0;
      const failures = [];
      for (const exported of names) {
        const report = await page.evaluate((n) => window.matrix.run(n), exported);
        calls += report.calls;
        failures.push(...report.failures);
      }
      t.diagnostic(`${names.length} exports, ${calls} calls`);
      assert.deepEqual(failures, []);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
}

for (const name of BROWSER_NAMES) {
  test(`${name}: guard() hands a call to the widget when our module throws an internal error`, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      await page.goto(`${origin()}/hostile/failopen.html`);
      await page.waitForSelector("body[data-ready=true]");
      const result = await page.evaluate(() => window.failOpen);
      assert.equal(result.before, "Error"); // not a TypeError: ours, not the caller's
      assert.equal(result.passedThrough, "the widget's own result");
      assert.ok(result.afterInit?.includes("luhn"), String(result.afterInit)); // loaded, the guard stops the bad card
      assert.equal(result.widgetCalls, 1);
    } finally {
      await browser.close();
    }
  });
}
