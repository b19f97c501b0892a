// Issue 19, in Chromium and Firefox, on pages of tests/compat/pages served as written:
//   order-*: the one `data-install` line works whatever the order of the scripts (CCBill's
//            `defer`, `async` from a slow CDN, injected after the page loaded): a bad card is
//            stopped before the widget, a valid customer reaches it once, nothing on the console;
//   load-*:  the module cannot load (404, an HTML page for the .wasm, a CSP without
//            'wasm-unsafe-eval', no WebAssembly, init() never called): the valid customer still
//            reaches the widget, and one console.warn names the cause, however many calls; one
//            still loading (load-slow) lets the call through silently.
// One browser process per browser for the file; a new page per run, closed in finally.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { launch, BROWSER_NAMES } from "../e2e/browsers.mjs";
import { serve } from "./server.mjs";

const VALID_CARD = "4111 1111 1111 1111";
const BAD_CARD = "4111 1111 1111 14"; // check digit right, length not Visa's: only we stop it
const BAD_CARD_MESSAGE = "Visa card numbers have 13, 16, 18 or 19 digits";

const ORDERS = ["order-defer.html", "order-async.html", "order-injected.html"];
// Each failure and a distinctive part of its warning (core.js whyNotLoaded, loaded.js).
const FAILURES = [
  { page: "load-failure.html?cause=404", cause: "answered HTTP 404: serve ccbill_validate_bg.wasm" },
  { page: "load-failure.html?cause=html", cause: "is not WebAssembly (an HTML page in its place?)" },
  { page: "load-failure.html?cause=csp", cause: "add 'wasm-unsafe-eval' to its script-src" },
  { page: "load-failure.html?cause=no-wasm", cause: "this browser has no WebAssembly" },
  { page: "load-never-started.html", cause: "never loaded: call init()" },
];

let server;
const browsers = {};

before(async () => {
  server = await serve();
  const launched = await Promise.allSettled(BROWSER_NAMES.map((name) => launch(name)));
  for (const result of launched) if (result.status === "fulfilled") browsers[result.value.name] = result.value;
  const failed = launched.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
});

after(async () => {
  await Promise.allSettled(Object.values(browsers).map((b) => b.close()));
  await new Promise((done) => (server ? server.close(done) : done()));
});

/** Opens `path` in a new page, runs `body(page, seen)`, closes the page. */
async function open(browserName, path, body) {
  const page = await browsers[browserName].page();
  const seen = { problems: [], warnings: [] };
  try {
    page.on("console", (m) => {
      if (m.type() === "error") seen.problems.push(`console: ${m.text()}`);
      if (m.text().startsWith("ccbill-validate:")) seen.warnings.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => seen.problems.push(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
    return await body(page, seen);
  } finally {
    await page.close();
  }
}

/** Types `card`, clicks Pay, and returns the outcome. */
async function pay(page, card) {
  await page.$eval("[data-test=card]", (input) => (input.value = ""));
  await page.evaluate(() => {
    document.body.removeAttribute("data-result");
    document.getElementById("errors").textContent = ""; // the page's showSuccess leaves them
  });
  await page.type("[data-test=card]", card);
  await page.click("[data-test=pay]");
  await page.waitForSelector("body[data-result]");
  return page.evaluate(() => ({
    result: document.body.dataset.result,
    calls: window.widgetCalls.slice(),
    errors: [...document.querySelectorAll("#errors li")].map((li) => li.textContent),
  }));
}

/** Console messages arrive apart from the page's own state (Firefox's BiDi log): wait a little. */
async function settled(seen, count) {
  for (let waited = 0; seen.warnings.length < count && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100)); // room for one too many
}

for (const browserName of BROWSER_NAMES) {
  for (const path of ORDERS) {
    test(`${browserName} ${path}: the bad card is stopped before the widget, the valid customer reaches it once`, async () => {
      await open(browserName, path, async (page, seen) => {
        await page.waitForFunction(() => window.widget && document.documentElement.dataset.ccbillValidate === "ready");
        const bad = await pay(page, BAD_CARD);
        assert.deepEqual(bad, { result: "error", calls: [], errors: [BAD_CARD_MESSAGE] });
        const valid = await pay(page, VALID_CARD);
        assert.deepEqual(valid, { result: "success", calls: ["createPaymentToken"], errors: [] });
        assert.deepEqual(seen.problems, []);
        assert.deepEqual(seen.warnings, []);
      });
    });
  }

  test(`${browserName}: install() waited for ccbill, left it a plain property; again it changes nothing; a non-object throws`, async () => {
    await open(browserName, "order-defer.html", async (page) => {
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
    await open(browserName, "load-slow.html", async (page, seen) => {
      const early = await pay(page, VALID_CARD);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ccbillValidate), undefined, "loaded too soon");
      assert.deepEqual(early.calls, ["createPaymentToken"]);
      await page.waitForSelector("html[data-ccbill-validate=ready]");
      assert.deepEqual((await pay(page, BAD_CARD)).errors, [BAD_CARD_MESSAGE]);
      await settled(seen, 0);
      assert.deepEqual(seen.warnings, []);
      assert.deepEqual(seen.problems, []);
    });
  });

  for (const { page: path, cause } of FAILURES) {
    test(`${browserName} ${path}: the valid customer reaches the widget, one warning names the cause`, async () => {
      await open(browserName, path, async (page, seen) => {
        if (path !== "load-never-started.html") await page.waitForSelector("html[data-ccbill-validate=failed]");
        assert.deepEqual((await pay(page, VALID_CARD)).calls, ["createPaymentToken"]);
        assert.deepEqual((await pay(page, VALID_CARD)).calls, ["createPaymentToken", "createPaymentToken"]);
        await settled(seen, 1);
        assert.equal(seen.warnings.length, 1, seen.warnings.join("\n"));
        assert.match(seen.warnings[0], /^warn(ing)?: ccbill-validate: let createPaymentToken\(\) through unchecked: /);
        assert.ok(seen.warnings[0].includes(cause), seen.warnings[0]);
        // Firefox reports the CSP violation as a page error: the browser's, once (no second from us).
        const errors = seen.problems.filter((p) => p.startsWith("page error"));
        assert.deepEqual(errors.filter((e) => !e.includes("Content-Security-Policy")), []);
        assert.ok(errors.length <= 1, errors.join("\n"));
      });
    });
  }
}
