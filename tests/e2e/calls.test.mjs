// Every call the types name (the calls of pkg/facts.js, generated from the Rust core) through the
// page layer's exports that take one, in each browser: attach({ call }).validate() reports what
// validate() does for the same form, and every widget method guard() wraps throws what validate()
// finds in the form and its arguments, without calling the widget. Node runs the other exports
// (tests/js/calls.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";

import { BROWSER_NAMES, launch } from "./browsers.mjs";
import { usePackageServer } from "./server.mjs";

const origin = usePackageServer([["/calls/", "tests/e2e/calls"]]);

for (const name of BROWSER_NAMES) {
  test(`${name}: every call through attach() and every widget method through guard()`, async (t) => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      await page.goto(`${origin()}/calls/`);
      await page.waitForSelector("body[data-ready=true]");
      const { calls, methods } = await page.evaluate(() => ({ calls: window.callList.calls, methods: window.callList.methods }));
      assert.equal(calls.length, 16);
      assert.equal(methods.length, 6);
      for (const call of calls) {
        const { got, expected } = await page.evaluate((c) => window.callList.attachOne(c), call);
        assert.ok(expected.length > 0, call);
        assert.deepEqual(got, expected, `attach ${call}`);
      }
      for (const method of methods) {
        const { thrown, called, expected } = await page.evaluate((m) => window.callList.guardOne(m), method);
        assert.ok(expected.length > 0, method);
        assert.deepEqual(thrown, expected, `guard ${method}`);
        assert.equal(called, false, `guard ${method} called the widget`);
      }
      t.diagnostic(`${calls.length} calls through attach(), ${methods.length} methods through guard()`);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
}
