// The demo page in headless Chromium (Debian's, driven by playwright-core),
// served with the package's strict CSP: live feedback, Spanish, and Pay.
// Fails on any console error or CSP violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { serve } from "../../scripts/serve.mjs";

let server, browser, context, page, url, profile;
const problems = [];

before(async () => {
  server = await serve({ port: 0 });
  url = `http://127.0.0.1:${server.address().port}/`;
  profile = await mkdtemp(join(tmpdir(), "ccbill-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("#payment"));
});

after(async () => {
  await context?.close();
  await new Promise((ok) => server?.close(ok));
  await rm(profile, { recursive: true, force: true });
});

const card = () => page.locator('[data-ccbill="cardNumber"]');
const cardError = () => page.locator("#cardNumber-error");

test("a wrong card number is flagged when the customer leaves the field", async () => {
  await card().fill("4111 1111 1111 1112");
  await card().blur();
  await assert.doesNotReject(page.waitForSelector('[data-ccbill="cardNumber"][aria-invalid="true"]'));
  assert.equal(await cardError().textContent(), "Card number is not valid, please check the digits");
  assert.equal(await card().getAttribute("aria-describedby"), "cardNumber-error");
});

test("fixing it clears the error while typing", async () => {
  await card().fill("4111 1111 1111 1111");
  assert.equal(await card().getAttribute("aria-invalid"), "false");
  assert.equal(await cardError().textContent(), "");
});

test("Spanish rewords the messages shown", async () => {
  await card().fill("4111");
  await page.selectOption("#lang", "es");
  assert.equal(await cardError().textContent(), "Los números de tarjeta Visa tienen 13, 16, 18 o 19 dígitos");
});

test("Pay on a form with errors shows the violations, masked; a clean form passes", async () => {
  await page.click('button[type="submit"]');
  const shown = await page.locator("#result").textContent();
  assert.match(shown, /"propertyName": "cardNumber"/);
  assert.match(shown, /"code": "cardLength"/);
  assert.doesNotMatch(shown, /"cvv2"/);

  const fill = {
    nameOnCard: "Ana Pérez", cardNumber: "4111 1111 1111 1111", expMonth: "12", expYear: "2099",
    cvv2: "123", firstName: "Ana", lastName: "Pérez", address1: "Calle Mayor 1", city: "Madrid",
    state: "M", postalCode: "28013", email: "ana@example.es", phoneNumber: "+34 600 000 000",
  };
  for (const [name, value] of Object.entries(fill)) await page.fill(`[data-ccbill="${name}"]`, value);
  await page.selectOption('[data-ccbill="country"]', "ES");
  await page.click('button[type="submit"]');
  assert.match(await page.locator("#result").textContent(), /^Valid/);
  await mkdir("target", { recursive: true });
  await page.screenshot({ path: "target/demo.png", fullPage: true });
});

test("no console error and no CSP violation", () => {
  assert.deepEqual(problems, []);
});
