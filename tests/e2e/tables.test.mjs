// The reference tables in Chromium, Firefox and WebKit: the ES entry fetches them from beside the
// module (no option: the package's own URL), and postal codes are checked against the country
// once they are in; held back, the module works without them (their checks pass, the guard lets a
// valid-looking call through to the widget, a wrong card is still stopped) and checks them once
// they come, attach()'s fields included. The built package, served under the strict CSP; no console error or warning.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BROWSER_NAMES, launch } from "./browsers.mjs";
import { usePackageServer } from "./server.mjs";

const origin = usePackageServer([["/tables/", "tests/e2e/tables"]]);
const WRONG_POSTAL = ["postalCode:invalidPostalCode"];

for (const name of BROWSER_NAMES) {
  test(`${name}: the ES entry's tables come from beside the module; held back, their checks wait`, { timeout: 120_000 }, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const problems = [];
      page.on("console", (m) => ["error", "warn", "warning"].includes(m.type()) && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      const call = (method, ...args) => page.evaluate((m, a) => window.tablesPage[m](...a), method, args);

      // The package's own URL for them.
      await page.goto(`${origin()}/tables/`);
      await page.waitForSelector("body[data-ready=true]");
      assert.equal(await call("ready"), true);
      assert.deepEqual(await call("postal"), WRONG_POSTAL);
      assert.deepEqual(await call("pay"), WRONG_POSTAL);

      // Held back: the module is there, its tables not yet.
      await page.goto(`${origin()}/tables/?held`);
      await page.waitForSelector("body[data-ready=true]");
      assert.equal(await call("ready", 100), false);
      assert.deepEqual(await call("postal"), []);
      assert.equal(await call("pay"), "called");
      assert.deepEqual(await call("pay", { cardNumber: "4111 1111 1111 1112" }), ["cardNumber:luhn"]);
      await call("attach");
      await call("autofill");
      assert.equal(await call("postalState"), "valid");
      await call("release");
      assert.equal(await call("ready"), true);
      // Nothing typed since, and no Pay: the tables' coming alone shows the field's error.
      await page.waitForFunction(() => window.tablesPage.postalState() === "invalid", { timeout: 5000 });
      assert.deepEqual(await call("postal"), WRONG_POSTAL);
      assert.deepEqual(await call("pay"), WRONG_POSTAL);

      // Detached before they came: their coming changes nothing on the page.
      await page.goto(`${origin()}/tables/?held`);
      await page.waitForSelector("body[data-ready=true]");
      await call("attach");
      await call("autofill");
      await call("detach");
      await call("release");
      assert.equal(await call("ready"), true);
      assert.equal(await call("postalState"), undefined);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
}
