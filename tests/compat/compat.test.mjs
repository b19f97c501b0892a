// Compatibility suite: re-creations of real CCBill integrations (tests/compat/pages), each with a
// stand-in widget that looks fields up as CCBill's guide describes and records its calls. Every
// page runs in Chromium, Firefox and WebKit, guarded by the one-line install() and by guard() written in
// the merchant's code, for two customers:
//   valid: each widget method the page uses is called exactly once, the page's own success path
//          runs, and no console error or page error appears;
//   bad card: the widget is never called and the page shows the readable message.
// One browser process per browser for the whole suite; a new page per run, closed in finally.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BAD_CARD, BAD_CARD_MESSAGE, BROWSER_NAMES, CONTROL_BROWSER, VALID_CARD, newPage, urlOf, useBrowsers } from "./session.mjs";

/** Each page, and the widget methods its valid customer goes through, in order. */
const PAGES = [
  { page: "woo-classic.html", calls: ["createPaymentToken"] },
  { page: "woo-blocks.html", calls: ["createPaymentToken"] },
  { page: "custom-ids.html", calls: ["createPaymentToken"] },
  { page: "v1-merchantconnect.html", calls: ["isScaRequired", "createPaymentToken"] },
  { page: "v1-2-signatures.html", calls: ["isScaRequired", "authenticateCustomer", "createPaymentToken"] },
  { page: "v1-3-await.html", calls: ["isScaRequired", "authenticateCustomer", "createPaymentToken"] },
  { page: "v1-13-one-step.html", calls: ["isScaRequired", "authenticateCustomerAndCreatePaymentToken"] },
  { page: "v1-13-token-3ds.html", calls: ["createPaymentToken3DS", "isScaRequiredForPaymentToken"] },
  { page: "react-ts-app.html", calls: ["isScaRequired", "createPaymentToken3DS"] },
  // Issue 19: the version unknown (the widget bundled, no CCBill URL on the page), and CCBill's
  // two documents disagreeing: each valid customer passes, each bad card is still stopped.
  { page: "bundled-v1-2-form.html", calls: ["createPaymentToken"] },
  { page: "bundled-v1-currency-argument.html", calls: ["isScaRequired", "createPaymentToken"] },
  { page: "bundled-v1-2-authenticate.html", calls: ["isScaRequired", "authenticateCustomer", "createPaymentToken"] },
  { page: "v1-13-deferred-charges.html", calls: ["isScaRequired", "createPaymentToken3DS"] },
];
const MODES = ["install", "guard"];
// Pages that make their widget on the customer's click also run with install() imported as a module.
const MODULE_PAGES = ["woo-classic.html", "woo-blocks.html", "v1-13-one-step.html", "react-ts-app.html"];

useBrowsers({ label: "compat suite" });

/** Opens `page` in `browser` in `mode`, pays with `card`, and returns what happened. */
async function pay(browserName, { page: path }, mode, card) {
  const page = await newPage(browserName);
  const problems = [];
  try {
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(urlOf(`${path}?mode=${mode}`));
    // The module loads while the customer types; until then the widget's own checks apply.
    await page.waitForSelector("html[data-ccbill-validate=ready]");
    await page.type("[data-test=card]", card);
    await page.click("[data-test=pay]");
    await page.waitForSelector("body[data-result]");
    return await page.evaluate(() => ({
      result: document.body.dataset.result,
      calls: window.widgetCalls.slice(),
      errors: [...document.querySelectorAll("#errors li")].map((li) => li.textContent),
      text: document.body.innerText,
      problems: [],
    })).then((found) => ({ ...found, problems }));
  } finally {
    await page.close();
  }
}

for (const entry of PAGES) {
  test(`control, ${CONTROL_BROWSER} ${entry.page} without the package: the bad card reaches the widget`, async () => {
    const found = await pay(CONTROL_BROWSER, entry, "none", BAD_CARD);
    assert.deepEqual(found.calls, entry.calls);
    assert.equal(found.result, "success");
  });
}

for (const browserName of BROWSER_NAMES) {
  test(`${browserName}: readForm finds each field as the widget does`, async () => {
    const page = await newPage(browserName);
    try {
      await page.goto(urlOf("lookup.html?mode=guard"));
      await page.waitForSelector("html[data-ccbill-validate=ready]");
      const found = await page.evaluate(() => ({
        document: CCBillValidate.readForm(),
        custom: CCBillValidate.readForm(null, { fieldIds: { email: "my-email", city: "nowhere" } }).email,
        second: CCBillValidate.readForm("#second"),
        first: CCBillValidate.readForm(document.forms[0]),
      }));
      assert.deepEqual(found.document, {
        firstName: "hidden copy",
        lastName: "Pérez",
        address1: "Calle Mayor 1",
        city: "by data-ccbill",
        email: "by-data@example.com",
        expMonth: "11",
        postalCode: "28013",
      });
      assert.equal(found.custom, "by-custom-id@example.com");
      assert.deepEqual(found.second, { firstName: "in the second form", postalCode: "28013" });
      assert.deepEqual(found.first, {});
    } finally {
      await page.close();
    }
  });

  test(`${browserName}: install keeps the constructors' identity, instanceof, v1's alias and every property`, async () => {
    const page = await newPage(browserName);
    try {
      await page.goto(urlOf("v1-merchantconnect.html?mode=install"));
      await page.waitForSelector("html[data-ccbill-validate=ready]");
      const found = await page.evaluate(() => {
        const ids = { cardNumber: "_ccbillId_cardNumber" };
        const w = new ccbill.MerchantConnectWidget("app-1", ids);
        class Mine extends ccbill.CCBillAdvancedWidget {}
        const mine = new Mine("app-2");
        return {
          alias: ccbill.MerchantConnectWidget === ccbill.CCBillAdvancedWidget,
          instance: w instanceof ccbill.MerchantConnectWidget && w instanceof ccbill.CCBillAdvancedWidget,
          subclass: mine instanceof Mine && mine instanceof ccbill.CCBillAdvancedWidget && mine.applicationId === "app-2",
          props: [w.applicationId, w.customIds.cardNumber, ccbill.CCBillAdvancedWidget.VERSION, ccbill.CCBillAdvancedWidget.name],
          twice: (CCBillValidate.install(ccbill), ccbill.CCBillAdvancedWidget === ccbill.MerchantConnectWidget),
        };
      });
      assert.deepEqual(found, {
        alias: true,
        instance: true,
        subclass: true,
        props: ["app-1", "_ccbillId_cardNumber", "1", "Widget"],
        twice: true,
      });
    } finally {
      await page.close();
    }
  });
  for (const entry of PAGES) {
    for (const mode of MODULE_PAGES.includes(entry.page) ? [...MODES, "module"] : MODES) {
      test(`${browserName} ${entry.page} ${mode}: a valid customer pays, each call made once`, async () => {
        const found = await pay(browserName, entry, mode, VALID_CARD);
        assert.deepEqual(found.errors, []);
        assert.equal(found.result, "success");
        assert.deepEqual(found.calls, entry.calls);
        assert.deepEqual(found.problems, []);
        assert.ok(!found.text.includes(VALID_CARD.replaceAll(" ", "")), "no card number on the page");
      });
      test(`${browserName} ${entry.page} ${mode}: a bad card never reaches the widget`, async () => {
        const found = await pay(browserName, entry, mode, BAD_CARD);
        assert.deepEqual(found.calls, []);
        assert.equal(found.result, "error");
        assert.ok(found.errors.includes(BAD_CARD_MESSAGE), JSON.stringify(found.errors));
      });
    }
  }
}
