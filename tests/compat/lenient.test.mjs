// Issue 19, in Chromium, Firefox and WebKit: nothing the package does to the page stops a sale.
//   lenient-guard.html             guard() not told the constructor's custom ids: the fields it
//                                  cannot find are left to the widget (one console warning per
//                                  widget), and a bad card it can see is still stopped;
//   lenient-attach.html            attach() finds custom-id fields with the ids the guarded widget
//                                  learned (install's constructor, guard's fieldIds,
//                                  changeDefaultFieldId), set up after the module loaded, and
//                                  again when a widget made later names other fields;
//   lenient-attach-options.html    the same with attach's own fieldIds option;
//   lenient-prefilled.html         attach() before init() on a form whose card the server filled:
//                                  the widget reads the whole number; a set-up that fails, or a
//                                  detach(), leaves the form as it was.
// One browser process per browser for the file; a new page per run, closed in finally.
import { test } from "node:test";
import assert from "node:assert/strict";

import { BAD_CARD, BAD_CARD_MESSAGE, BROWSER_NAMES, CONTROL_BROWSER, VALID_CARD, flush, pay, useBrowsers, visit } from "./session.mjs";

/** The fields lenient-guard.html marks with custom ids only. */
const CUSTOM_ID_FIELDS = ["nameOnCard", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "postalCode", "email"];

useBrowsers();

/** What the customer sees of a field: its error (through aria-describedby) and aria-invalid. */
const shown = (page, id) =>
  page.$eval(`#${id}`, (el) => ({
    error: (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((ref) => document.getElementById(ref)?.textContent ?? "")
      .join(" "),
    invalid: el.getAttribute("aria-invalid"),
  }));

/** Types `text` into the field and leaves it, as a customer would. */
async function typeAndLeave(page, id, text) {
  await page.focus(`#${id}`);
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

const ready = (page) => page.waitForSelector("html[data-ccbill-validate=ready]");
const attached = (page) => page.waitForSelector("#checkout .ccbill-status");

test(`control, ${CONTROL_BROWSER} lenient-guard.html without the package: the valid customer pays`, async () => {
  const found = await visit(CONTROL_BROWSER, "lenient-guard.html?mode=none", async (page) => pay(page, VALID_CARD));
  assert.deepEqual([found.result, found.calls], ["success", ["createPaymentToken"]]);
});

for (const browserName of BROWSER_NAMES) {
  // (a) guard() with no fieldIds on a widget made with the constructor's customIds.
  test(`${browserName} lenient-guard guard: the valid customer reaches the widget once; one warning names the fields`, async () => {
    await visit(browserName, "lenient-guard.html?mode=guard", async (page, log) => {
      await ready(page);
      const found = await pay(page, VALID_CARD);
      assert.deepEqual([found.result, found.calls, found.errors], ["success", ["createPaymentToken"], []]);
      await flush(page, log);
      assert.equal(log.warnings.length, 1, JSON.stringify(log.warnings));
      const [warning] = log.warnings;
      for (const name of [...CUSTOM_ID_FIELDS, "fieldIds"]) assert.ok(warning.includes(name), `names ${name}`);
      for (const value of ["Ana", "Pérez", "28013", "ana@", "4111", "123"]) assert.ok(!warning.includes(value), "no value");
      assert.deepEqual(log.problems, []);
      // The same widget again: paid again, no second warning.
      assert.deepEqual((await pay(page)).calls, ["createPaymentToken", "createPaymentToken"]);
      await flush(page, log);
      assert.equal(log.warnings.length, 1);
    });
  });

  test(`${browserName} lenient-guard guard: a bad card in the field it can see is stopped`, async () => {
    await visit(browserName, "lenient-guard.html?mode=guard", async (page, log) => {
      await ready(page);
      const found = await pay(page, BAD_CARD);
      assert.deepEqual([found.result, found.calls, found.errors], ["error", [], [BAD_CARD_MESSAGE]]);
      await flush(page, log);
      assert.deepEqual(log.warnings, []); // nothing was let through
    });
  });

  test(`${browserName} lenient-guard install: the constructor's ids are known, no warning`, async () => {
    await visit(browserName, "lenient-guard.html?mode=install", async (page, log) => {
      await ready(page);
      assert.deepEqual((await pay(page, BAD_CARD)).errors, [BAD_CARD_MESSAGE]);
      await page.$eval("[data-test=card]", (el) => (el.value = ""));
      const found = await pay(page, VALID_CARD);
      assert.deepEqual([found.result, found.calls], ["success", ["createPaymentToken"]]);
      await flush(page, log);
      assert.deepEqual([log.warnings, log.problems], [[], []]);
    });
  });

  test(`${browserName} guard: only a field with no element is left to the widget`, async () => {
    // A page with no CCBill URL: the version is unknown unless given.
    await visit(browserName, "lenient-prefilled.html?mode=none&cancel", async (page) => {
      await page.waitForSelector("body[data-loaded]");
      const found = await page.evaluate(() => {
        const form = document.createElement("form");
        form.innerHTML = '<input data-ccbill="cardNumber" value="4111111111111111"><input data-ccbill="email" value="">';
        document.body.append(form);
        const codes = (version, method, ...args) => {
          const widget = CCBillValidate.guard({ [method]: () => "called" }, { form, version });
          try {
            return widget[method]("token", ...args);
          } catch (violations) {
            return violations.map((v) => `${v.propertyName}:${v.code}`);
          }
        };
        return {
          blank: codes("1.13.1", "createPaymentToken", 900000, 0), // email's element is there, blank
          argument: codes("1.13.1", "createPaymentToken", undefined, 0), // an argument is no page element
          v1Currency: codes("1", "isScaRequired", 900000, 0), // v1 takes the currency as an argument
          unknownCurrency: codes(undefined, "isScaRequired", 900000, 0), // v1's argument or v1.2's field
        };
      });
      assert.deepEqual(found, {
        blank: ["email:required"],
        argument: ["clientAccnum:required", "email:required"],
        v1Currency: ["currencyCode:required"],
        unknownCurrency: "called",
      });
    });
  });

  // (b) attach() on a custom-id form, the ids learned from the guarded widget.
  for (const mode of ["install", "guard"]) {
    test(`${browserName} lenient-attach ${mode}: feedback on the custom-id card; Pay focuses it`, async () => {
      await visit(browserName, `lenient-attach.html?mode=${mode}`, async (page, log) => {
        await ready(page);
        await attached(page);
        await typeAndLeave(page, "cc-number", BAD_CARD);
        assert.deepEqual(await shown(page, "cc-number"), { error: BAD_CARD_MESSAGE, invalid: "true" });
        // The widget reads the card by its custom id: no twin, the value as typed.
        assert.deepEqual(
          await page.evaluate(() => [document.querySelectorAll("[data-ccbill]").length, document.getElementById("cc-number").value]),
          [0, BAD_CARD],
        );
        await page.focus("#mail");
        const found = await pay(page);
        assert.deepEqual([found.calls, found.errors, found.focused], [[], [BAD_CARD_MESSAGE], "cc-number"]);
        assert.deepEqual(log.problems, []);
      });
    });

    test(`${browserName} lenient-attach ${mode}: the valid customer pays`, async () => {
      await visit(browserName, `lenient-attach.html?mode=${mode}`, async (page, log) => {
        await ready(page);
        await attached(page);
        const found = await pay(page, VALID_CARD);
        assert.deepEqual([found.result, found.calls], ["success", ["createPaymentToken"]]);
        await flush(page, log);
        assert.deepEqual([log.warnings, log.problems], [[], []]);
      });
    });
  }

  test(`${browserName} lenient-attach install late: a widget made on Pay teaches attach its ids at once`, async () => {
    await visit(browserName, "lenient-attach.html?mode=install&late", async (page, log) => {
      await ready(page);
      await attached(page);
      await typeAndLeave(page, "cc-number", BAD_CARD);
      assert.deepEqual(await shown(page, "cc-number"), { error: "", invalid: null }); // no ids known yet
      await page.focus("#mail");
      const found = await pay(page);
      assert.deepEqual([found.calls, found.errors, found.focused], [[], [BAD_CARD_MESSAGE], "cc-number"]);
      assert.deepEqual(await shown(page, "cc-number"), { error: BAD_CARD_MESSAGE, invalid: "true" });
      assert.deepEqual(log.problems, []);
    });
  });

  test(`${browserName} lenient-attach-options: attach's fieldIds find the card; Pay focuses it, the valid card pays`, async () => {
    await visit(browserName, "lenient-attach-options.html?mode=none", async (page, log) => {
      await page.waitForSelector("body[data-loaded]");
      await attached(page);
      await typeAndLeave(page, "cc-number", BAD_CARD);
      assert.deepEqual(await shown(page, "cc-number"), { error: BAD_CARD_MESSAGE, invalid: "true" });
      await page.focus("#mail");
      let found = await pay(page);
      assert.deepEqual([found.calls, found.focused], [[], "cc-number"]);
      await page.$eval("#cc-number", (el) => (el.value = ""));
      found = await pay(page, VALID_CARD);
      assert.deepEqual([found.result, found.calls], ["success", ["createPaymentToken"]]);
      assert.deepEqual(log.problems, []);
    });
  });

  // (c) attach() before init() on a form whose card the server filled in.
  test(`${browserName} lenient-prefilled: attach before init, the widget reads the whole card; detach restores the markup`, async () => {
    await visit(browserName, "lenient-prefilled.html?mode=none", async (page, log) => {
      await page.waitForSelector("body[data-loaded]");
      await attached(page);
      const set = await page.evaluate(() => ({
        beforeLoad: window.beforeLoad,
        shown: document.getElementById("card").value.replace(/\d/g, "#"),
      }));
      assert.deepEqual(set, { beforeLoad: { violations: 0, unchanged: true }, shown: "#### #### #### ####" });
      const found = await pay(page);
      assert.deepEqual([found.result, found.calls, found.cardRead], ["success", ["createPaymentToken"], "whole"]);
      const detached = await page.evaluate(() => (window.handle.detach(), [window.unchanged(), window.snapshot(), window.original]));
      assert.equal(detached[0], true, `${detached[1]}\n---\n${detached[2]}`);
      await flush(page, log);
      assert.deepEqual([log.warnings, log.problems], [[], []]);
    });
  });

  for (const variant of ["fail", "cancel"]) {
    test(`${browserName} lenient-prefilled ${variant}: the form is left as it was, and the widget reads the whole card`, async () => {
      await visit(browserName, `lenient-prefilled.html?mode=none&${variant}`, async (page, log) => {
        await page.waitForSelector("body[data-loaded]");
        const state = await page.evaluate(() => [window.unchanged(), window.snapshot(), window.original, window.handle.validate()]);
        assert.equal(state[0], true, `${state[1]}\n---\n${state[2]}`);
        assert.deepEqual(state[3], []);
        const found = await pay(page);
        assert.deepEqual([found.result, found.cardRead], ["success", "whole"]);
        assert.deepEqual(log.problems, []);
      });
    });
  }
}
