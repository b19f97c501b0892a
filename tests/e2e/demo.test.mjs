// The demo checkout in headless Chromium, Firefox and WebKit (tests/e2e/browsers.mjs), served
// with the strict CSP the package must work under. A customer's path: wrong card, fix it, wrong
// postal code for the country, change the country, Spanish, Pay with errors, Pay clean.
// Fails on any console error, page error or CSP violation. One browser and one page per engine,
// the tests in order on that page.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";

import { BROWSER_NAMES, fill, launch } from "./browsers.mjs";
import { serve } from "../../scripts/serve.mjs";

const CARD = "4111 1111 1111 1111";
let server;
before(async () => {
  server = await serve({ port: 0 });
});
after(() => new Promise((ok) => server?.close(ok)));

for (const name of BROWSER_NAMES) {
  describe(name, { timeout: 180_000 }, () => {
    let browser, page, response;
    const problems = [];

    before(async () => {
      browser = await launch(name);
      page = await browser.page();
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      // Before any script of the page: record every CSP violation, whatever the console says.
      await page.evaluateOnNewDocument(() => {
        window.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      response = await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector("body[data-ready=true]");
    });
    after(() => browser?.close());

    // The visible fields, by id: attach() moves the card number's data-ccbill to a hidden twin with
    // the digits, and the one expiry field feeds hidden expMonth/expYear inputs.
    const attr = (id, attribute) => page.$eval(`#${id}`, (el, a) => el.getAttribute(a), attribute);
    const text = (selector) => page.$eval(selector, (el) => el.textContent);
    const texts = (selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent));
    // The email names its own error container with data-ccbill-error; the others get attach's.
    const errorOf = (id) => text(id === "email" ? "#email-problem" : `#${id}-error`);
    const calls = async () => Number(await text("#widget-calls"));
    const select = (id, value) => page.select(`#${id}`, value);

    /** Fills the field and leaves it. */
    async function type(id, value) {
      await fill(page, `#${id}`, value);
      await page.$eval(`#${id}`, (el) => el.blur());
    }

    test("a wrong card number is flagged on blur, linked for screen readers, with its brand", async () => {
      await type("cardNumber", "4111 1111 1111 1112");
      assert.equal(await attr("cardNumber", "aria-invalid"), "true");
      assert.equal(await attr("cardNumber", "aria-describedby"), "cardNumber-error");
      assert.equal(await errorOf("cardNumber"), "Card number is not valid, please check the digits");
      assert.equal(await attr("cardNumber", "data-card-brand"), "visa");
      assert.equal(await text("#card-brand"), "Visa");
    });

    test("fixing it clears the error while typing", async () => {
      await fill(page, "#cardNumber", CARD);
      assert.equal(await attr("cardNumber", "aria-invalid"), "false");
      assert.equal(await errorOf("cardNumber"), "");
    });

    test("a postal code wrong for the country is flagged, and changing the country clears it", async () => {
      await select("country", "GB");
      await type("postalCode", "28013");
      assert.equal(await attr("postalCode", "aria-invalid"), "true");
      assert.equal(await errorOf("postalCode"), "Postal code must look like EC1Y 8SY or GIR 0AA");
      await select("country", "ES");
      assert.equal(await attr("postalCode", "aria-invalid"), "false");
      assert.equal(await errorOf("postalCode"), "");
    });

    test("Spanish translates the page and the messages already shown", async () => {
      await type("email", "ana@");
      assert.equal(await errorOf("email"), "Email address is not valid");
      await select("lang", "es");
      assert.equal(await errorOf("email"), "El correo electrónico no es válido");
      assert.equal(await text('[data-i18n="cardNumber"]'), "Número de tarjeta");
      assert.equal(await text('#country option[value="ES"]'), "España");
    });

    test("Pay with errors lists them readably, focuses the first, announces the count; the widget is not called", async () => {
      await page.click('button[type="submit"]');
      const items = await texts("#result li");
      // Each message once, as it reads beside its field (it names the field: no label before it).
      assert.ok(items.includes("El correo electrónico no es válido"), items.join("\n"));
      assert.ok(items.includes("Falta el nombre"), items.join("\n"));
      assert.equal(new Set(items).size, items.length, items.join("\n"));
      // The one expiry field is one line, though the widget names expMonth and expYear.
      assert.equal(items.filter((item) => /caducidad/i.test(item)).length, 1, items.join("\n"));
      assert.doesNotMatch(await text("#result"), /propertyName|target|\[\{/); // no dump
      assert.doesNotMatch(await text("#result p"), /\d/); // no count beside the announced one
      assert.equal(await attr("firstName", "aria-invalid"), "true"); // every field marked
      assert.equal(await errorOf("firstName"), "Falta el nombre");
      // The first invalid field: the name on card, left empty, which widget v1.13 (the demo's) requires.
      assert.equal(await page.evaluate(() => document.activeElement.id), "nameOnCard");
      await page.waitForFunction(() => document.querySelector('[role="status"]').textContent !== "");
      assert.match(await text('[role="status"]'), /^\d+ campos tienen errores$/);
      assert.equal(await calls(), 0);
    });

    test("German: the page and the errors shown, from ccbill-validate/locales/de", async () => {
      const de = JSON.parse(await readFile(new URL("../../locales/de.json", import.meta.url), "utf8"));
      await select("lang", "de");
      // The count said on Pay, now in German.
      assert.match(await text('[role="status"]'), new RegExp(`^\\d+ ${de.status.other.replace("{count} ", "")}$`));
      assert.equal(await errorOf("email"), de.messages.invalidEmail);
      const firstName = de.messages.required.replace("{Label}", de.labels.firstName[0].toUpperCase() + de.labels.firstName.slice(1)).replace("{label}", de.labels.firstName);
      assert.equal(await errorOf("firstName"), firstName);
      assert.equal(await text('[data-i18n="cardNumber"]'), "Kartennummer");
      await page.click('button[type="submit"]');
      const items = await texts("#result li");
      assert.ok(items.includes(firstName), items.join("\n"));
      await page.waitForFunction((end) => document.querySelector('[role="status"]').textContent.endsWith(end), {}, de.status.other.split("{count}")[1]);
      assert.equal(await calls(), 0);
      await select("lang", "es"); // the tests after this one read Spanish
    });

    test("Pay on a clean form lets the call through to the widget, once", async () => {
      const clean = {
        nameOnCard: "Ana Pérez", expiry: "12 / 99", cvv2: "123", firstName: "Ana",
        lastName: "Pérez", address1: "Calle Mayor 1", city: "Madrid", state: "M", postalCode: "28013",
        email: "ana@example.es", phoneNumber: "+34 912 345 678",
      };
      for (const [id, value] of Object.entries(clean)) await fill(page, `#${id}`, value);
      // Every error fixed: the count said on Pay is no longer there.
      assert.equal(await text('[role="status"]'), "");
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => document.querySelector("#widget-calls").textContent === "1");
      assert.match(await text("#result"), /^Válido: esta llamada llegó al widget sustituto/);
      assert.equal(await page.$$eval('[aria-invalid="true"]', (els) => els.length), 0);
      // The customer sees groups and one expiry field; the widget reads what it always read.
      const read = await page.evaluate(() => ["cardNumber", "expMonth", "expYear"].map((n) => document.querySelector(`[data-ccbill="${n}"]`).value));
      assert.deepEqual(read, ["4111111111111111", "12", "2099"]);
      assert.equal(await page.$eval("#cardNumber", (el) => el.value), CARD);
      await mkdir("target", { recursive: true });
      // The README's picture, from Chromium (WebKitWebDriver's screenshot of a page never returns under Xvfb).
      if (name === "chromium") await page.screenshot({ path: "target/demo.png", fullPage: true });
    });

    test("nothing on the page shows the card number or the CVV", async () => {
      const page_ = await page.evaluate(() => document.documentElement.outerHTML + document.body.innerText);
      for (const secret of ["4111111111111111", CARD, "4111-1111-1111-1111"]) {
        assert.equal(page_.includes(secret), false, secret);
      }
      assert.doesNotMatch(await text("#result"), /"cvv2"/);
    });

    test("readForm, guard and detach on the real DOM", async () => {
      const out = await page.evaluate(async () => {
        const { readForm, guard, attach } = await import("/pkg/index.js");
        const host = document.createElement("div");
        host.innerHTML = `
          <form id="by-id"><input id="_ccbillId_cardNumber" value="4111 1111 1111 1111">
            <input id="_ccbillId_email" value="by-id@example.com"><input data-ccbill="email" value="by-attr@example.com">
            <select id="_ccbillId_country"><option value="US" selected>US</option></select>
            <div data-ccbill="city">not an input</div></form>`;
        document.body.append(host);
        const read = readForm("#by-id");
        const calledWith = [];
        const widget = { createPaymentToken: (...a) => (calledWith.push(a), "the widget's own result"), version: "1.3.0",
          isScaRequired: () => 0, isScaRequiredForPaymentToken: () => 0, authenticateCustomer: () => 0 };
        const guarded = guard(widget, { form: "#by-id", locale: "en" });
        let thrown;
        try { guarded.createPaymentToken("token", 1, 0); } catch (e) { thrown = e; }
        const passed = guard(widget, { form: "#payment" }).createPaymentToken("token", 900000, 0, null, null, null, null);
        const handle = attach("#by-id");
        const card = host.querySelector("#_ccbillId_cardNumber");
        card.focus(); card.dispatchEvent(new Event("input", { bubbles: true })); card.blur(); // changed, then left
        const attached = [card.getAttribute("aria-invalid"), host.querySelectorAll(".ccbill-error").length,
          readForm("#by-id").cardNumber]; // the hidden twin's digits: data-ccbill wins over the _ccbillId_ id
        handle.detach();
        const detached = [card.getAttribute("aria-invalid"), card.getAttribute("aria-describedby"), host.querySelectorAll(".ccbill-error").length];
        host.remove();
        return { read, thrownIsArray: Array.isArray(thrown), first: thrown?.[0]?.propertyName, passed,
          calls: calledWith.length, version: guarded.version, attached, detached };
      });
      assert.deepEqual(out.read, { cardNumber: "4111 1111 1111 1111", email: "by-attr@example.com", country: "US" });
      assert.equal(out.thrownIsArray, true);
      assert.equal(out.first, "clientAccnum");
      assert.equal(out.passed, "the widget's own result");
      assert.equal(out.calls, 1);
      assert.equal(out.version, "1.3.0");
      assert.deepEqual(out.attached, ["false", 3, "4111111111111111"]); // an error element per field, created empty
      assert.deepEqual(out.detached, [null, null, 0]);
    });

    // WebKitWebDriver here sets no viewport (tests/e2e/webkit.mjs has no setViewport).
    test("at 390 px and 1280 px: rows aligned, nothing clipped, errors in their place", { skip: name === "webkit" }, async () => {
      const fresh = await browser.page();
      try {
        for (const width of [390, 1280]) {
          await fresh.setViewport({ width, height: 900 });
          await fresh.goto(`http://127.0.0.1:${server.address().port}/`);
          await fresh.waitForSelector("body[data-ready=true]");
          const payTop = () => fresh.$eval('button[type="submit"]', (el) => el.getBoundingClientRect().top + scrollY);
          const before = await payTop();
          await fresh.select("#country", "GB");
          for (const [id, value] of [["postalCode", "28013"], ["email", "ana@"], ["cardNumber", "4111 1111 1111 1112"]]) {
            await fill(fresh, `#${id}`, value);
            await fresh.$eval(`#${id}`, (el) => el.blur());
          }
          await fresh.click('button[type="submit"]');
          await fresh.waitForFunction(() => document.querySelector('[role="status"]').textContent !== "");
          await fresh.evaluate(() => document.activeElement.blur()); // no focus ring in the picture
          const layout = await fresh.evaluate(() => {
            const box = (el) => el.getBoundingClientRect();
            const fields = [...document.querySelectorAll("#payment input:not([hidden]):not([type=hidden]), #payment select")];
            const clipped = fields.filter((el) => {
              const set = box(el.closest("fieldset"));
              return box(el).left < set.left || box(el).right > set.right;
            }).map((el) => el.id);
            // In each row, fields side by side have their inputs on one line.
            const misaligned = [...document.querySelectorAll(".row")].flatMap((row) => {
              const inputs = [...row.querySelectorAll("input:not([hidden]), select")];
              return inputs.filter((a) => inputs.some((b) => Math.abs(box(a.closest(".field")).top - box(b.closest(".field")).top) < 1 &&
                Math.abs(box(a).top - box(b).top) >= 1)).map((el) => el.id);
            });
            const postal = document.getElementById("postalCode-error");
            const lines = Math.round(box(postal).height / parseFloat(getComputedStyle(postal).lineHeight));
            return { overflow: document.documentElement.scrollWidth > innerWidth, clipped, misaligned, postal: [postal.textContent !== "", lines <= 2] };
          });
          assert.deepEqual(layout, { overflow: false, clipped: [], misaligned: [], postal: [true, true] }, `${width} px`);
          // The errors (two lines at most) took room kept for them: Pay did not move.
          assert.equal(await payTop(), before, `${width} px: Pay moved`);
          if (name === "chromium") await fresh.screenshot({ path: `target/demo-${width}.png`, fullPage: true });
        }
      } finally {
        await fresh.close();
      }
    });

    test("the page runs under the strict CSP, with no violation and no console error", async () => {
      assert.equal(
        response.headers()["content-security-policy"],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
      );
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
    });
  });
}
