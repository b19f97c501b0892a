// Issue 19, in Chromium, Firefox and WebKit, on pages of tests/compat/pages served as written:
//   order-*: the one `data-install` line works whatever the order of the scripts (CCBill's
//            `defer`, `async` from a slow CDN, injected after the page loaded): a bad card is
//            stopped before the widget, a valid customer reaches it once, nothing on the console;
//   load-*:  the module cannot load (404, an HTML page for the .wasm, a CSP without
//            'wasm-unsafe-eval', no WebAssembly, a WebAssembly that refuses the module, a .wasm
//            damaged on the way, init() never called): the valid customer still reaches the widget, and one console.warn
//            names the cause, however many calls; one still loading (load-slow) lets the call
//            through silently.
// One browser process per browser for the file; a new page per run, closed in finally.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BAD_CARD, BAD_CARD_MESSAGE, BROWSER_NAMES, VALID_CARD, flush, pay, useBrowsers, visit } from "./session.mjs";

const ORDERS = ["order-defer.html", "order-async.html", "order-injected.html"];
// Each failure and a distinctive part of its warning (why.js, loaded.js).
const FAILURES = [
  { page: "load-failure.html?cause=404", cause: "answered HTTP 404: serve ccbill_validate_bg.wasm" },
  { page: "load-failure.html?cause=html", cause: "is not WebAssembly (an HTML page in its place?)" },
  { page: "load-failure.html?cause=csp", cause: "add 'wasm-unsafe-eval' to its script-src" },
  { page: "load-failure.html?cause=no-wasm", cause: "this browser has no WebAssembly" },
  // A WebAssembly that refuses the module: the engines the module needs.
  { page: "load-failure.html?cause=compile", cause: "(\"WebAssembly.Module doesn't parse at byte 5381: can't get 0th argument Type\"): it needs reference types, multi-value and bulk memory (Safari 15.1, Chrome 96, Firefox 79 or later)" },
  // A .wasm damaged on the way, in an engine that has every feature the module needs.
  { page: "load-failure.html?cause=damaged", cause: "/damaged/ccbill_validate_bg.wasm) is damaged (\"" },
  { page: "load-never-started.html", cause: "never loaded: call init()" },
];

useBrowsers();

for (const browserName of BROWSER_NAMES) {
  for (const path of ORDERS) {
    test(`${browserName} ${path}: the bad card is stopped before the widget, the valid customer reaches it once`, async () => {
      await visit(browserName, path, async (page, log) => {
        await page.waitForFunction(() => window.widget && document.documentElement.dataset.ccbillValidate === "ready");
        const bad = await pay(page, BAD_CARD);
        assert.deepEqual([bad.result, bad.calls, bad.errors], ["error", [], [BAD_CARD_MESSAGE]]);
        const valid = await pay(page, VALID_CARD);
        assert.deepEqual([valid.result, valid.calls, valid.errors], ["success", ["createPaymentToken"], []]);
        assert.deepEqual(log.problems, []);
        assert.deepEqual(log.warnings, []);
      });
    });
  }

  test(`${browserName}: install() waited for ccbill, left it a plain property; again it changes nothing; a non-object throws`, async () => {
    await visit(browserName, "order-defer.html", async (page) => {
      await page.waitForFunction(() => window.widget && document.readyState === "complete");
      const found = await page.evaluate(() => {
        const own = Object.getOwnPropertyDescriptor(window, "ccbill");
        const before = ccbill.CCBillAdvancedWidget;
        CCBillValidate.install();
        CCBillValidate.install(ccbill);
        let thrown;
        try {
          CCBillValidate.install(42);
        } catch (error) {
          thrown = error.constructor.name;
        }
        return { plain: own.writable === true && own.value === ccbill, same: ccbill.CCBillAdvancedWidget === before, thrown };
      });
      assert.deepEqual(found, { plain: true, same: true, thrown: "TypeError" });
    });
  });

  test(`${browserName} load-slow.html: a call while the module loads reaches the widget, silently`, async () => {
    await visit(browserName, "load-slow.html", async (page, log) => {
      const early = await pay(page, VALID_CARD);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ccbillValidate), undefined, "loaded too soon");
      assert.deepEqual(early.calls, ["createPaymentToken"]);
      await page.waitForSelector("html[data-ccbill-validate=ready]");
      assert.deepEqual((await pay(page, BAD_CARD)).errors, [BAD_CARD_MESSAGE]);
      await flush(page, log);
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.problems, []);
    });
  });

  for (const { page: path, cause } of FAILURES) {
    test(`${browserName} ${path}: the valid customer reaches the widget, one warning names the cause`, async () => {
      await visit(browserName, path, async (page, log) => {
        if (path !== "load-never-started.html") await page.waitForSelector("html[data-ccbill-validate=failed]");
        assert.deepEqual((await pay(page, VALID_CARD)).calls, ["createPaymentToken"]);
        assert.deepEqual((await pay(page, VALID_CARD)).calls, ["createPaymentToken", "createPaymentToken"]);
        await flush(page, log);
        assert.equal(log.warnings.length, 1, log.warnings.join("\n"));
        assert.match(log.warnings[0], /^ccbill-validate: let createPaymentToken\(\) through unchecked: /);
        assert.ok(log.warnings[0].includes(cause), log.warnings[0]);
        // Firefox reports the CSP violation as a page error: the browser's, once (no second from us).
        const errors = log.problems.filter((p) => p.startsWith("page error"));
        assert.deepEqual(errors.filter((e) => !e.includes("Content-Security-Policy")), []);
        assert.ok(errors.length <= 1, errors.join("\n"));
      });
    });
  }
}
