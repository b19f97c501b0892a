// attach() in headless Chromium, Firefox and WebKit (tests/e2e/browsers.mjs), driven
// with the keyboard as a customer would, on the fixture form of tests/e2e/attach/ served with the
// package's CSP. One browser process per browser for the file, a new page per test.
// CCBILL_PKG=<dir> serves another build of the package (e.g. one with an older dom.js).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

import { inEachBrowser } from "./browsers.mjs";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = resolve(process.env.CCBILL_PKG ?? `${root}/pkg`);
const fixture = fileURLToPath(new URL("attach", import.meta.url));

let server;
before(async () => {
  server = await serve({ port: 0, mounts: [["/pkg/", pkg], ["/", fixture]] });
});
after(() => new Promise((done) => (server ? server.close(done) : done())));

const MESSAGES = {
  expired: "The card has expired, please check the expiration date",
  visaCvv: "Visa cards have a 3-digit security code",
  visaLength: "Visa card numbers have 13, 16, 18 or 19 digits",
  luhn: "Card number is not valid, please check the digits",
  email: "Email address is not valid",
  firstName: "First name is required",
};
const LABELS = [
  ["cardNumber", "Card number"],
  ["expMonth", "Expiry month"],
  ["expYear", "Expiry year"],
  ["cvv2", "Security code"],
  ["firstName", "First name"],
  ["lastName", "Last name"],
  ["state", "State"],
  ["postalCode", "Postal code"],
  ["phoneNumber", "Phone"],
  ["email", "Email"],
];

async function open(page, query = "") {
  await page.goto(`http://127.0.0.1:${server.address().port}/${query && `?${query}`}`);
  await page.waitForSelector("body[data-ready=true]");
}

/** Focuses the field and types over its whole value (an empty text deletes it). */
async function type(page, id, text) {
  await page.$eval(`#${id}`, (el) => {
    el.focus();
    el.select();
  });
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press("Backspace");
}
const leave = (page) => page.keyboard.press("Tab");

/** What a screen reader and the page's styles see of a field. */
const state = (page, id) =>
  page.$eval(`#${id}`, (el) => ({
    value: el.value,
    invalid: el.getAttribute("aria-invalid"),
    error: (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((ref) => document.getElementById(ref)?.textContent ?? "")
      .join(" ")
      .trim(),
    validity: el.validationMessage,
    userInvalid: el.matches(":user-invalid"),
  }));
const shows = async (page, id, message) => {
  const s = await state(page, id);
  assert.equal(s.error, message, `${id}'s error`);
  assert.equal(s.invalid, message ? "true" : s.invalid === null ? null : "false", `${id}'s aria-invalid`);
};
/**
 * The id of the text field whose accessible name is `label` (`id`: the one expected): puppeteer's
 * ARIA query in Chromium and Firefox. WebKit differs: its computed name of a field inside its
 * <label> goes on with the field's value or, when empty, its placeholder ("Card number 4111 1111
 * 1111 1112", "Expiry MM / YY"), whatever the package does (its accessibility tree's own way;
 * VoiceOver speaks the value apart). There the name must be the label, then exactly that.
 */
async function textboxNamed(page, browserName, label, id) {
  if (browserName !== "webkit") return (await page.$(`aria/${label}[role="textbox"]`))?.evaluate((el) => el.id);
  const { role, name } = await page.accessibility(`#${id}`);
  const rest = await page.$eval(`#${id}`, (el) => el.value || el.placeholder);
  assert.equal(name, [label, rest].filter(Boolean).join(" "), `${id}'s accessible name in WebKit`);
  return role === "textbox" ? id : undefined;
}
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

/** Records each text the live region announces (null when the page has none). */
const watchAnnouncements = (page) =>
  page.evaluate(() => {
    const region = document.querySelector('[role="status"]');
    window.announced = region ? [] : null;
    if (!region) return;
    new MutationObserver(() => region.textContent && window.announced.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
const announcements = async (page, count) => {
  await page.waitForFunction((n) => window.announced?.length >= n, { timeout: 5000 }, count);
  return page.evaluate(() => window.announced);
};

inEachBrowser((it, name) => {
  it("the expiry year is re-checked when the month changes", async (page) => {
    await open(page);
    await type(page, "expMonth", "10");
    await leave(page);
    await type(page, "expYear", "2026");
    await leave(page);
    await shows(page, "expYear", MESSAGES.expired);
    await type(page, "expMonth", "12"); // still in the month field
    await shows(page, "expYear", "");
  });

  it("the security code is re-checked when the card number changes brand", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111111111111111");
    await leave(page);
    await type(page, "cvv2", "1234");
    await leave(page);
    await shows(page, "cvv2", MESSAGES.visaCvv);
    await type(page, "cardNumber", "378282246310005"); // American Express: 4 digits
    await shows(page, "cvv2", "");
  });

  it("postal code, state and phone are re-checked when the country changes", async (page) => {
    await open(page);
    await page.select("#country", "CA");
    for (const [id, value] of [["state", "M"], ["postalCode", "28013"], ["phoneNumber", "912 345 678"]]) {
      await type(page, id, value);
      await leave(page);
    }
    for (const id of ["state", "postalCode", "phoneNumber"]) assert.equal((await state(page, id)).invalid, "true", id);
    await page.select("#country", "ES");
    for (const id of ["state", "postalCode", "phoneNumber"]) await shows(page, id, "");
    await page.select("#country", "CA");
    for (const id of ["state", "postalCode", "phoneNumber"]) assert.equal((await state(page, id)).invalid, "true", id);
  });

  it("errors come after the customer changed and left a field, and clear while typing", async (page) => {
    await open(page);
    // The timing is CSS :user-invalid's, which the three engines agree on (a field the customer
    // changed and left; WebKit since Safari 16.5): the page's styles and the errors go together.
    // Tabbing through empty required fields shows nothing.
    await page.focus("#firstName");
    await leave(page);
    await leave(page);
    for (const id of ["firstName", "lastName"]) {
      const s = await state(page, id);
      assert.equal(s.error, "", id);
      assert.notEqual(s.invalid, "true", id);
      assert.equal(s.userInvalid, false, `${id} :user-invalid`);
    }
    // Typing shows nothing until the customer leaves the field.
    await type(page, "email", "ana@");
    await shows(page, "email", "");
    assert.equal((await state(page, "email")).userInvalid, false);
    await leave(page);
    await shows(page, "email", MESSAGES.email);
    assert.equal((await state(page, "email")).userInvalid, true);
    // Back in the field: the error clears with the first keystroke that makes it valid.
    await page.focus("#email");
    await page.keyboard.press("End");
    await page.keyboard.type("e");
    await shows(page, "email", "");
    assert.equal((await state(page, "email")).userInvalid, false);
  });

  it("a number that can still become valid is no error while the field has focus", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111");
    await shows(page, "cardNumber", "");
    await leave(page);
    await shows(page, "cardNumber", MESSAGES.visaLength);
    await page.focus("#cardNumber");
    await page.keyboard.press("End");
    await page.keyboard.type("1"); // 41111: still a prefix of a Visa number
    await shows(page, "cardNumber", "");
    // 16 digits, a wrong check digit: Visa numbers run to 19 digits, so typing on may still
    // fix it (as card-validator's isPotentiallyValid says); the error shows on leaving.
    await page.keyboard.type("11111111112");
    await shows(page, "cardNumber", "");
    await leave(page);
    await shows(page, "cardNumber", MESSAGES.luhn);
    await page.focus("#cardNumber");
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace"); // 15 digits: a prefix again
    await shows(page, "cardNumber", "");
    await page.keyboard.type("1");
    await shows(page, "cardNumber", "");
    await leave(page);
    await shows(page, "cardNumber", "");
  });

  it("setCustomValidity follows the errors, so :invalid and checkValidity() agree", async (page) => {
    await open(page);
    const validity = () =>
      page.evaluate(() => ({
        form: document.getElementById("payment").checkValidity(),
        firstName: document.getElementById("firstName").validationMessage,
        invalid: [...document.querySelectorAll("input:invalid, select:invalid")].map((el) => el.id),
      }));
    let v = await validity();
    assert.equal(v.form, false);
    assert.equal(v.firstName, MESSAGES.firstName);
    assert.ok(v.invalid.includes("firstName"));
    await shows(page, "firstName", ""); // a script's checkValidity() is no submit: nothing shown
    await type(page, "email", "ana@");
    await leave(page);
    assert.equal((await state(page, "email")).validity, MESSAGES.email);
    const clean = [["cardNumber", "4111111111111111"], ["expMonth", "12"], ["expYear", "2030"], ["cvv2", "123"],
      ["firstName", "Ana"], ["lastName", "Pérez"], ["postalCode", "28013"], ["email", "ana@example.es"]];
    for (const [id, value] of clean) await type(page, id, value);
    await page.select("#country", "ES");
    v = await validity();
    assert.deepEqual(v.invalid, []);
    assert.equal(v.form, true);
  });

  it("a submit shows every error, focuses the first invalid field, and announces the count once", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111111111111111");
    await watchAnnouncements(page);
    await page.click("#pay");
    // The guarded call inside the submit handler threw too: still one announcement.
    assert.deepEqual(await announcements(page, 1), ["7 fields have errors"]);
    assert.equal(await focusedId(page), "expMonth");
    await shows(page, "firstName", MESSAGES.firstName);
    assert.deepEqual(await page.evaluate(() => [window.thrown.length, window.calls.length]), [1, 0]);
    assert.equal(await page.$eval('[role="status"]', (el) => el.closest("label")), null);
    // The count is the one thing spoken: the field errors are no live regions of their own.
    const live = await page.$$eval('[aria-live], [role="status"], [role="alert"]', (els) => els.map((el) => el.className));
    assert.deepEqual(live, ["ccbill-status"]);
    // A second submit announces again.
    await page.click("#pay");
    assert.deepEqual(await announcements(page, 2), ["7 fields have errors", "7 fields have errors"]);
  });

  it("without novalidate the browser blocks the submit with our messages, and the errors show", async (page) => {
    await open(page, "native");
    await type(page, "cardNumber", "4111111111111111");
    await watchAnnouncements(page);
    await page.click("#pay");
    assert.deepEqual(await announcements(page, 1), ["7 fields have errors"]);
    assert.equal(await focusedId(page), "expMonth"); // the browser's choice: the first invalid field
    await shows(page, "firstName", MESSAGES.firstName);
    assert.equal((await state(page, "firstName")).validity, MESSAGES.firstName);
    assert.deepEqual(await page.evaluate(() => [window.thrown.length, window.calls.length]), [0, 0]); // no submit
    // Enter in a field submits too (the browser clicks the default button).
    await open(page, "native");
    await watchAnnouncements(page);
    await type(page, "email", "ana@");
    await page.keyboard.press("Enter");
    assert.deepEqual(await announcements(page, 1), ["8 fields have errors"]);
    await shows(page, "email", MESSAGES.email);
  });

  it("a guarded call that throws outside a submit focuses the first invalid field and announces", async (page) => {
    await open(page);
    await watchAnnouncements(page);
    await page.evaluate(() => {
      window.events = [];
      document.getElementById("payment").addEventListener("ccbill-violations", (e) => window.events.push(e.detail.length));
    });
    await page.click("#check");
    const [said] = await announcements(page, 1);
    const shown = await page.$$eval('[aria-invalid="true"]', (els) => els.length);
    assert.equal(said, `${shown} fields have errors`);
    assert.equal(await focusedId(page), "cardNumber");
    // guard() told the form, with the violations it threw.
    const [thrown, events] = await page.evaluate(() => [window.thrown, window.events]);
    assert.deepEqual(events, thrown);
    assert.equal(thrown.length, 1);
  });

  it("errors sit outside the labels: accessible names stay, aria-describedby links them", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111111111111112");
    await leave(page);
    await page.click("#pay");
    await page.waitForFunction(() => document.activeElement?.id === "cardNumber", { timeout: 5000 });
    for (const [id, label] of LABELS) {
      // The accessibility tree's name: the label's text alone.
      assert.equal(await textboxNamed(page, name, label, id), id, `${id} is named "${label}"`);
      const link = await page.$eval(`#${id}`, (el) => {
        const error = document.getElementById(el.getAttribute("aria-describedby"));
        return { inLabel: error.closest("label") !== null, afterLabel: el.closest("label").nextElementSibling === error };
      });
      assert.deepEqual(link, { inLabel: false, afterLabel: true }, id);
    }
    await shows(page, "cardNumber", MESSAGES.luhn);
    // No text of the page holds the number.
    const text = await page.evaluate(() => document.documentElement.outerHTML + document.body.innerText);
    assert.equal(text.includes("4111111111111112"), false);
    assert.equal(text.includes("4111 1111 1111 1112"), false);
  });

  it("a field can name its own error container with data-ccbill-error", async (page) => {
    await open(page, "ownError");
    await type(page, "email", "ana@");
    await leave(page);
    const out = await page.$eval("#email", (el) => ({
      describedby: el.getAttribute("aria-describedby"),
      text: document.getElementById("email-problem").textContent,
      created: document.querySelectorAll("#email-error").length,
    }));
    assert.deepEqual(out, { describedby: "email-problem", text: MESSAGES.email, created: 0 });
    // The page's own live region, with the status option.
    await page.click("#pay");
    await page.waitForFunction(() => document.getElementById("announce").textContent !== "", { timeout: 5000 });
    assert.match(await page.$eval("#announce", (el) => el.textContent), /^\d+ fields have errors$/);
    assert.equal(await page.$$eval(".ccbill-status", (els) => els.length), 0);
  });

  it("one MM / YY field fills the merchant's own expMonth and expYear fields, adding none", async (page) => {
    await open(page, "expiry=own");
    await type(page, "expiry", "0528");
    const out = await page.evaluate(() => ({
      own: [document.getElementById("own-month").value, document.getElementById("own-year").value],
      fields: document.querySelectorAll("[data-ccbill=expMonth], [data-ccbill=expYear]").length,
    }));
    assert.deepEqual(out, { own: ["05", "2028"], fields: 2 });
  });

  it("the card number is grouped by its brand, the caret kept, and the widget reads the digits", async (page) => {
    await open(page);
    const card = () =>
      page.evaluate(async () => {
        const { readForm } = await import("/pkg/index.js");
        const visible = document.getElementById("cardNumber");
        const read = document.querySelector('[data-ccbill="cardNumber"]'); // the widget's lookup
        return {
          shown: visible.value,
          caret: visible.selectionStart,
          widget: read.value,
          // Not type=hidden (its value would be markup), and not shown, even under the page's
          // `input { display: block }` (attach/style.css).
          widgetHidden: read.type === "text" && read.getClientRects().length === 0,
          visibleHasDataCcbill: visible.hasAttribute("data-ccbill"),
          shownAs: visible.getAttribute("data-ccbill-shown"),
          readForm: readForm("#payment").cardNumber,
          brand: visible.getAttribute("data-card-brand"),
        };
      });
    await type(page, "cardNumber", "4111111111111111");
    assert.deepEqual(await card(), {
      shown: "4111 1111 1111 1111", caret: 19, widget: "4111111111111111", widgetHidden: true,
      visibleHasDataCcbill: false, shownAs: "cardNumber", readForm: "4111111111111111", brand: "visa",
    });
    // Typing in the middle: the caret stays after the typed digit.
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.type("9");
    assert.deepEqual(
      [(await card()).shown, (await card()).caret, (await card()).widget],
      ["4111 1111 1111 91111", 16, "41111111111191111"],
    );
    await page.keyboard.press("Backspace");
    assert.deepEqual([(await card()).shown, (await card()).caret], ["4111 1111 1111 1111", 14]);
    // Backspace just after a space deletes the digit before it.
    await page.$eval("#cardNumber", (el) => el.setSelectionRange(5, 5));
    await page.keyboard.press("Backspace");
    assert.deepEqual([(await card()).shown, (await card()).caret], ["4111 1111 1111 111", 3]);
    // American Express: 4-6-5, and no more than 15 digits.
    await type(page, "cardNumber", "3782822463100059");
    assert.deepEqual([(await card()).shown, (await card()).widget, (await card()).brand],
      ["3782 822463 10005", "378282246310005", "american-express"]);
    // Pasted text with dashes is reformatted.
    await page.$eval("#cardNumber", (el) => {
      el.value = "5555-5555-5555-4444";
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    });
    assert.deepEqual([(await card()).shown, (await card()).widget], ["5555 5555 5555 4444", "5555555555554444"]);
  });

  it("fields get autocomplete, inputmode and maxlength hints; format: false opts out", async (page) => {
    const hints = () =>
      page.evaluate(() =>
        Object.fromEntries(
          ["cardNumber", "cvv2", "email", "phoneNumber", "country"].map((id) => {
            const el = document.getElementById(id);
            return [id, ["autocomplete", "inputmode", "maxlength"].map((a) => el.getAttribute(a))];
          }),
        ),
      );
    await open(page);
    assert.deepEqual(await hints(), {
      cardNumber: ["cc-number", "numeric", null],
      cvv2: ["cc-csc", "numeric", "4"],
      email: ["email", "email", "254"],
      phoneNumber: ["tel", "tel", null],
      country: ["country", null, null],
    });
    await open(page, "format=0");
    const none = [null, null, null];
    assert.deepEqual(await hints(), { cardNumber: none, cvv2: none, email: none, phoneNumber: none, country: none });
    await type(page, "cardNumber", "4111111111111111");
    const card = await page.$eval("#cardNumber", (el) => [el.value, el.getAttribute("data-ccbill"),
      document.querySelectorAll('[data-ccbill="cardNumber"]').length]);
    assert.deepEqual(card, ["4111111111111111", "cardNumber", 1]);
  });

  it("one MM / YY field feeds the widget's expMonth and expYear", async (page) => {
    await open(page, "expiry");
    const widget = () =>
      page.evaluate(() =>
        ["expMonth", "expYear"].map((n) => {
          const el = document.querySelector(`[data-ccbill="${n}"]`);
          return el && `${el.getClientRects().length === 0 ? "hidden" : "shown"}:${el.value}`;
        }),
      );
    const shown = () => page.$eval("#expiry", (el) => [el.value, el.selectionStart]);
    await type(page, "expiry", "12/27");
    assert.deepEqual(await widget(), ["hidden:12", "hidden:2027"]);
    assert.deepEqual(await shown(), ["12 / 27", 7]);
    await type(page, "expiry", "2");
    assert.deepEqual(await shown(), ["02 / ", 5]);
    await page.keyboard.press("Backspace"); // through the separator: the month's digit goes
    assert.deepEqual(await shown(), ["0", 1]);
    await type(page, "expiry", "10 / 26");
    await leave(page);
    await shows(page, "expiry", MESSAGES.expired);
    assert.equal(await textboxNamed(page, name, "Expiry", "expiry"), "expiry");
    assert.equal(await page.$eval("#expiry", (el) => el.getAttribute("autocomplete")), "cc-exp");
    await type(page, "expiry", "1"); // not a whole expiry yet, but can become one
    await shows(page, "expiry", "");
    await page.keyboard.type("2 / 2030");
    assert.deepEqual(await widget(), ["hidden:12", "hidden:2030"]);
    assert.deepEqual(await shown(), ["12 / 2030", 9]);
    await leave(page);
    await shows(page, "expiry", "");
  });

  it("detach puts the page back: the widget reads the visible field again, digits only", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111111111111112");
    await leave(page);
    const out = await page.evaluate(() => {
      window.handle.detach();
      const card = document.getElementById("cardNumber");
      return {
        value: card.value,
        attributes: card.getAttributeNames().sort(),
        read: document.querySelectorAll('[data-ccbill="cardNumber"]').length,
        added: document.querySelectorAll('.ccbill-error, [role="status"], input[hidden]').length,
        validity: card.validationMessage,
      };
    });
    assert.deepEqual(out, { value: "4111111111111112", attributes: ["data-ccbill", "id"], read: 1, added: 0, validity: "" });
  });
});
