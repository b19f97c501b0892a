// No card data anywhere: every card-number vector typed into the demo (attach's live feedback),
// then Pay (guard's thrown violations, shown on the page), with a CVV typed too, in Chromium,
// Firefox and WebKit. No DOM text, no attribute, no console output and no returned value may hold
// the full number or the CVV.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { BROWSER_NAMES, fill, launch } from "./browsers.mjs";
import { serve } from "../../scripts/serve.mjs";

const CVV = "8642";
const read = async (name) => JSON.parse(await readFile(new URL(`../vectors/${name}`, import.meta.url), "utf8"));
let server;

/** Every card number the vector files hold: the field cases and the brands' test numbers. */
async function cardNumbers() {
  const numbers = new Set();
  for (const file of ["fields.json", "reference.json"]) {
    for (const c of (await read(file)).cases) {
      if (c.field === "cardNumber" && typeof c.value === "string") numbers.add(c.value);
    }
  }
  for (const c of (await read("brands.json")).cases) numbers.add(c.number);
  // What leaks is a long run of the number's digits; short partial prefixes cannot.
  return [...numbers].filter((n) => n.replace(/\D/g, "").length >= 12);
}

before(async () => {
  server = await serve({ port: 0 });
});

after(() => new Promise((ok) => server?.close(ok)));

for (const name of BROWSER_NAMES) {
  const title = `${name}: no card number or CVV in the DOM, its attributes, the console, or what guard throws`;
  test(title, { timeout: 180_000 }, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const console_ = [];
      page.on("console", (m) => console_.push(m.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector("body[data-ready=true]");
      const numbers = await cardNumbers();
      assert.ok(numbers.length >= 30, `${numbers.length} card numbers`);
      // The visible fields, by id: with formatting on, the card's data-ccbill is on a hidden twin.
      await fill(page, "#cvv2", CVV);
      for (const number of numbers) {
        await fill(page, "#cardNumber", number);
        await page.$eval("#cardNumber", (el) => el.blur());
        await page.click('button[type="submit"]');
        const seen = await page.evaluate(async () => {
          const { guard } = await import("/pkg/index.js");
          let thrown = null;
          try {
            guard({ createPaymentToken: () => "called" }, { form: "#payment" }).createPaymentToken("t", 900000, 0);
          } catch (violations) {
            thrown = JSON.stringify(violations);
          }
          // outerHTML holds every attribute and text node; input values typed by the customer are
          // properties, not attributes, so they are not in it (as in any page).
          return [document.documentElement.outerHTML, document.body.innerText, thrown ?? ""].join("\n");
        });
        const digits = number.replace(/\D/g, "");
        for (const secret of [number.trim(), digits, CVV]) {
          assert.equal(seen.includes(secret), false, `${JSON.stringify(secret)} shown for ${JSON.stringify(number)}`);
          assert.equal(console_.some((line) => line.includes(secret)), false, `${JSON.stringify(secret)} logged`);
        }
      }
    } finally {
      await browser.close();
    }
  });
}
