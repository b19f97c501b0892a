// attach()'s states, events, fields added later, autofill and style.css, in headless Chromium,
// Firefox and WebKit (tests/e2e/browsers.mjs), on the fixture form of tests/e2e/attach/ (the page
// records every ccbill-validate:change and :complete event in window.stateEvents, by listeners
// added on the line after attach()). One browser process per engine, a new page per test.
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

async function open(page, query = "") {
  await page.goto(`http://127.0.0.1:${server.address().port}/${query && `?${query}`}`);
  await page.waitForSelector("body[data-ready=true]");
  // The first set-up's events come a task after attach(): wait for the form's first one.
  await page.waitForFunction(() => window.stateEvents.some((e) => e.type === "ccbill-validate:complete"), { timeout: 5000 });
}
async function type(page, id, text) {
  await page.$eval(`#${id}`, (el) => {
    el.focus();
    el.select();
  });
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press("Backspace");
}
const leave = (page) => page.keyboard.press("Tab");
const stateOf = (page, id) => page.$eval(`#${id}`, (el) => el.getAttribute("data-ccbill-state"));
const complete = (page) => page.$eval("#payment", (el) => el.getAttribute("data-ccbill-complete"));
/** The events recorded since the last call (and forgets them). */
const takeEvents = (page) => page.evaluate(() => window.stateEvents.splice(0));
const changesOf = (events, field) => events.filter((e) => e.type === "ccbill-validate:change" && e.field === field);
const FIELDS = ["cardNumber", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "state", "postalCode", "phoneNumber", "email"];
const CLEAN = [["cardNumber", "4111111111111111"], ["expMonth", "12"], ["expYear", "2030"], ["cvv2", "123"],
  ["firstName", "Ana"], ["lastName", "Pérez"], ["postalCode", "28013"], ["email", "ana@example.es"]];

inEachBrowser((it, name) => {
  it("each field carries its state, timed as its error; the form its completeness", async (page) => {
    await open(page);
    for (const id of FIELDS) assert.equal(await stateOf(page, id), "empty", id);
    assert.equal(await complete(page), "false");
    await type(page, "cardNumber", "4111");
    assert.equal(await stateOf(page, "cardNumber"), "potentially-valid"); // being typed: no error yet
    await leave(page);
    assert.equal(await stateOf(page, "cardNumber"), "invalid"); // changed and left: the error shows
    await type(page, "cardNumber", "4111111111111111");
    assert.equal(await stateOf(page, "cardNumber"), "valid");
    await type(page, "email", "ana@");
    assert.equal(await stateOf(page, "email"), "potentially-valid");
    await leave(page);
    assert.equal(await stateOf(page, "email"), "invalid");
    // A submit shows every error: the empty required fields are invalid, the optional ones empty.
    await page.click("#pay");
    assert.equal(await stateOf(page, "firstName"), "invalid");
    assert.equal(await stateOf(page, "phoneNumber"), "empty");
  });

  it("change events say field, state, validity, code and brand, once per change, never a value", async (page) => {
    await open(page);
    const first = await takeEvents(page);
    // At set-up, one per field and one for the form, heard by listeners added after attach().
    assert.deepEqual(first.filter((e) => e.type === "ccbill-validate:change").map((e) => e.field).sort(), [...FIELDS].sort());
    assert.deepEqual(changesOf(first, "cardNumber")[0], {
      type: "ccbill-validate:change", target: "cardNumber", field: "cardNumber", state: "empty",
      valid: false, potentiallyValid: true, code: "required", brand: null,
    });
    assert.deepEqual(changesOf(first, "phoneNumber")[0], {
      type: "ccbill-validate:change", target: "phoneNumber", field: "phoneNumber", state: "empty",
      valid: true, potentiallyValid: true, code: null, // optional, and no brand but the card's
    });
    assert.deepEqual(first.filter((e) => e.type === "ccbill-validate:complete"), [{ type: "ccbill-validate:complete", complete: false }]);
    // Four keystrokes, one change: empty to a Visa number being typed.
    await type(page, "cardNumber", "4111");
    assert.deepEqual(changesOf(await takeEvents(page), "cardNumber").map(({ state, code, brand }) => [state, code, brand]), [
      ["potentially-valid", "cardLength", "visa"],
    ]);
    await page.keyboard.type("111111111112");
    await leave(page);
    const wrong = changesOf(await takeEvents(page), "cardNumber").at(-1);
    assert.deepEqual(wrong, {
      type: "ccbill-validate:change", target: "cardNumber", field: "cardNumber", state: "invalid",
      valid: false, potentiallyValid: true, code: "luhn", brand: "visa", // Visa runs to 19 digits
    });
    await type(page, "cvv2", "1234");
    await leave(page);
    await type(page, "email", "ana@");
    const events = await takeEvents(page);
    assert.deepEqual(changesOf(events, "cvv2").at(-1), {
      type: "ccbill-validate:change", target: "cvv2", field: "cvv2", state: "invalid", valid: false,
      potentiallyValid: false, code: "cvvLength", // Visa's is 3 digits: typing more cannot fix 4
    });
    assert.equal(changesOf(events, "email").at(-1).potentiallyValid, false); // no more typing fixes "ana@"
    // No detail holds a value: no run of digits (field names have one: cvv2), no key but these.
    const all = JSON.stringify([first, events, wrong]);
    assert.doesNotMatch(all, /\d\d/);
    for (const e of [...first, ...events]) {
      for (const key of Object.keys(e)) assert.ok(["type", "target", "field", "state", "valid", "potentiallyValid", "code", "brand", "complete"].includes(key), key);
    }
  });

  it("the form's complete event fires when it becomes complete and when it stops being so; the count clears", async (page) => {
    await open(page);
    await page.click("#pay"); // every error shown, the count announced
    await page.waitForFunction(() => document.querySelector(".ccbill-status").textContent !== "", { timeout: 5000 });
    await takeEvents(page);
    for (const [id, value] of CLEAN) await type(page, id, value);
    await page.select("#country", "ES");
    assert.equal(await complete(page), "true");
    // Every error fixed: the count said on Pay is cleared.
    assert.equal(await page.$eval(".ccbill-status", (el) => el.textContent), "");
    await type(page, "firstName", "");
    assert.equal(await complete(page), "false");
    const said = (await takeEvents(page)).filter((e) => e.type === "ccbill-validate:complete").map((e) => e.complete);
    assert.deepEqual(said, [true, false]);
    // Complete means what Pay would find: nothing, so the guarded call reaches the widget.
    await type(page, "firstName", "Ana");
    assert.equal(await complete(page), "true");
    await page.click("#pay");
    assert.deepEqual(await page.evaluate(() => [window.thrown.length, window.calls.length]), [1, 1]); // the first Pay threw
  });

  it("a field added after attach() is set up (once), one removed is let go, detach() stops watching", async (page) => {
    await open(page);
    await type(page, "cardNumber", "4111111111111112");
    await leave(page);
    // As React renders a field after attach(): a new label and input in the form.
    await page.evaluate(() => {
      const label = document.createElement("label");
      label.innerHTML = 'Address <input id="address1" data-ccbill="address1">';
      document.getElementById("pay").before(label);
    });
    await page.waitForFunction(() => document.getElementById("address1").hasAttribute("data-ccbill-state"), { timeout: 5000 });
    const count = () =>
      page.evaluate(() => ({
        errors: document.querySelectorAll(".ccbill-error").length,
        fields: document.querySelectorAll("#payment input:not([hidden]), #payment select").length,
        twins: document.querySelectorAll('[data-ccbill="cardNumber"]').length,
        status: document.querySelectorAll(".ccbill-status").length,
        address: [document.getElementById("address1").getAttribute("aria-describedby"), document.querySelectorAll("#address1-error").length],
      }));
    assert.deepEqual(await count(), { errors: 12, fields: 12, twins: 1, status: 1, address: ["address1-error", 1] });
    // The card's error, shown before, still shows: the field's timing was kept.
    assert.equal(await page.$eval("#cardNumber-error", (el) => el.textContent), "Card number is not valid, please check the digits");
    await type(page, "address1", "Calle Mayor 1");
    await leave(page);
    assert.equal(await stateOf(page, "address1"), "valid");
    // Attaching again replaces the first: still one error element per field, one twin.
    await page.evaluate(async () => {
      const { attach } = await import("/pkg/index.js");
      window.handle = attach("#payment", { locale: "en", now: "2026-11-15T12:00:00Z", version: "1.12.2" });
    });
    assert.deepEqual(await count(), { errors: 12, fields: 12, twins: 1, status: 1, address: ["address1-error", 1] });
    // A field removed: its error element goes with the set-up it belonged to.
    await page.evaluate(() => document.getElementById("address1").closest("label").remove());
    await page.waitForFunction(() => !document.getElementById("address1-error"), { timeout: 5000 });
    // detach(): no state left anywhere, and a field added afterwards is not set up.
    const after = await page.evaluate(async () => {
      window.handle.detach();
      const label = document.createElement("label");
      label.innerHTML = 'City <input id="city" data-ccbill="city">';
      document.getElementById("pay").before(label);
      await new Promise((done) => setTimeout(done, 50));
      return {
        states: document.querySelectorAll("[data-ccbill-state], [data-ccbill-complete], [data-card-brand]").length,
        added: document.querySelectorAll('.ccbill-error, .ccbill-status, input[hidden]').length,
      };
    });
    assert.deepEqual(after, { states: 0, added: 0 });
  });

  it("autofill: every field set at once with no focus is formatted, copied, checked and shown", async (page) => {
    await open(page, "autofill");
    await takeEvents(page);
    // As a browser's autofill does: the values set, then input and change on each, no focus.
    const filled = {
      nameOnCard: "Ana Pérez", cardNumber: "4111111111111111", expiry: "12/30", cvv2: "123", firstName: "Ana",
      lastName: "Pérez", address1: "Calle Mayor 1", city: "Madrid", country: "ES", state: "M", postalCode: "28013",
      phoneNumber: "+34 912 345 678", email: "ana@",
    };
    const out = await page.evaluate((filled) => {
      const els = Object.keys(filled).map((id) => document.getElementById(id));
      els.forEach((el) => (el.value = filled[el.id]));
      for (const el of els) {
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
      const read = (n) => document.querySelector(`[data-ccbill="${n}"]`).value;
      return {
        focused: document.activeElement === document.body,
        shown: [document.getElementById("cardNumber").value, document.getElementById("expiry").value],
        read: [read("cardNumber"), read("expMonth"), read("expYear")],
        states: Object.fromEntries(els.map((el) => [el.id, el.getAttribute("data-ccbill-state")])),
        email: [document.getElementById("email-error").textContent, document.getElementById("email").getAttribute("aria-invalid")],
        complete: document.getElementById("payment").getAttribute("data-ccbill-complete"),
      };
    }, filled);
    assert.deepEqual(out.shown, ["4111 1111 1111 1111", "12 / 30"]);
    assert.deepEqual(out.read, ["4111111111111111", "12", "2030"]);
    assert.equal(out.focused, true);
    const states = Object.fromEntries(Object.keys(filled).map((id) => [id, "valid"]));
    assert.deepEqual(out.states, { ...states, email: "invalid" }); // shown at once: nobody will leave the field
    assert.deepEqual(out.email, ["Email address is not valid", "true"]);
    assert.equal(out.complete, "false");
    // The one wrong value filled again, with `change` alone (some autofill sends no `input`).
    await page.evaluate(() => {
      const email = document.getElementById("email");
      email.value = "ana@example.es";
      email.dispatchEvent(new Event("change", { bubbles: true }));
      const card = document.getElementById("cardNumber");
      card.value = "5555555555554444";
      card.dispatchEvent(new Event("change", { bubbles: true }));
    });
    assert.deepEqual(await page.evaluate(() => [document.getElementById("cardNumber").value, document.querySelector('[data-ccbill="cardNumber"]').value]),
      ["5555 5555 5555 4444", "5555555555554444"]);
    assert.equal(await complete(page), "true");
    const events = await takeEvents(page);
    assert.deepEqual(events.filter((e) => e.type === "ccbill-validate:complete").map((e) => e.complete), [true]);
    assert.deepEqual(changesOf(events, "cardNumber").at(-1).brand, "mastercard");
    assert.deepEqual(changesOf(events, "expiry").at(-1), {
      type: "ccbill-validate:change", target: "expiry", field: "expiry", state: "valid", valid: true, potentiallyValid: true, code: null,
    });
    assert.doesNotMatch(JSON.stringify(events), /\d\d/);
    // Pay reads what the customer would have typed.
    await page.click("#pay");
    assert.deepEqual(await page.evaluate(() => [window.thrown.length, window.calls.length]), [0, 1]);
  });

  it("style.css: each error on its own line under its field, states in colour, light and dark", async (page) => {
    await open(page, "style");
    await type(page, "cardNumber", "4111111111111112");
    await leave(page);
    await type(page, "cvv2", "123");
    await leave(page);
    const look = () =>
      page.evaluate(() => {
        const box = (el) => el.getBoundingClientRect();
        const card = document.getElementById("cardNumber");
        const error = document.getElementById("cardNumber-error");
        const next = document.getElementById("expMonth").closest("label");
        const colour = (el, p) => getComputedStyle(el)[p];
        return {
          below: box(error).top >= box(card).bottom && box(next).top >= box(error).bottom,
          emptyHeld: box(document.getElementById("firstName-error")).height > 0,
          error: colour(error, "color"),
          invalid: colour(card, "borderTopColor"),
          valid: colour(document.getElementById("cvv2"), "borderTopColor"),
        };
      });
    assert.deepEqual(await look(), {
      below: true, emptyHeld: true, error: "rgb(179, 38, 30)", invalid: "rgb(179, 38, 30)", valid: "rgb(46, 125, 50)",
    });
    // Dark: the browser asked for it where the driver can (Chromium); the rules are there in every engine.
    if (name === "chromium") {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      assert.deepEqual(await look(), {
        below: true, emptyHeld: true, error: "rgb(242, 184, 181)", invalid: "rgb(242, 184, 181)", valid: "rgb(129, 201, 149)",
      });
    }
    const rules = await page.evaluate(() => {
      const all = [...document.styleSheets[0].cssRules];
      return {
        dark: all.some((r) => r.media?.mediaText.includes("prefers-color-scheme: dark")),
        selectors: all.flatMap((r) => [r, ...(r.cssRules ?? [])]).flatMap((r) => r.selectorText?.split(",") ?? []).map((s) => s.trim()),
      };
    });
    assert.equal(rules.dark, true);
    // One class or attribute deep: the page's own rules of the same weight, loaded after, win.
    for (const selector of rules.selectors) assert.match(selector, /^(\.[\w-]+|\[[\w-]+(="[\w-]+")?\])$/, selector);
  });
});
