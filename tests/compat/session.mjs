// What the compatibility suites share: the cards, one server and one process per browser for a
// test file (closed in `after`, pass or fail), and a page visit that records the console.
import { before, after } from "node:test";
import assert from "node:assert/strict";

import { launch, BROWSER_NAMES } from "../e2e/browsers.mjs";
import { serve } from "./server.mjs";

export { BROWSER_NAMES };
/** The engine the control runs (the page without the package) go to: Chromium, unless left out (CCBILL_BROWSERS). */
export const CONTROL_BROWSER = BROWSER_NAMES.includes("chromium") ? "chromium" : BROWSER_NAMES[0];

export const VALID_CARD = "4111 1111 1111 1111";
// The check digit is right (the stand-in's own check passes it), the length is not Visa's: only
// ccbill-validate stops it before the widget.
export const BAD_CARD = "4111 1111 1111 14";
export const BAD_CARD_MESSAGE = "Visa card numbers have 13, 16, 18 or 19 digits";

let server;
const browsers = {};

/** Starts the server and the browsers for this test file (together: Firefox and WebKit take a few seconds). */
export function useBrowsers({ label } = {}) {
  const started = Date.now();
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
    if (label) console.log(`# ${label} wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

/** The address of `path` on this file's server. */
export const urlOf = (path) => `http://127.0.0.1:${server.address().port}/${path}`;

/** A new page of `browserName`; close it when done. */
export const newPage = (browserName) => browsers[browserName].page();

/**
 * Opens `path` in a new page of `browserName`, runs `body(page, log)` and closes the page.
 * `log.warnings`: the package's console warnings; `log.problems`: console errors, page errors
 * and any other console output of the package's.
 */
export async function visit(browserName, path, body) {
  const page = await newPage(browserName);
  const log = { warnings: [], problems: [], seen: [] };
  try {
    page.on("console", (m) => {
      log.seen.push(m.text());
      const ours = m.text().startsWith("ccbill-validate:");
      if (ours && /^warn/.test(m.type())) log.warnings.push(m.text());
      else if (ours || m.type() === "error") log.problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => log.problems.push(`page error: ${e.message}`));
    await page.goto(urlOf(path));
    return await body(page, log);
  } finally {
    await page.close();
  }
}

/** Waits until every console message the page wrote so far has reached `log` (they come in order). */
export async function flush(page, log) {
  const mark = `flush-${Math.random()}`;
  await page.evaluate((text) => console.info(text), mark);
  for (let i = 0; i < 100 && !log.seen.includes(mark); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(log.seen.includes(mark), "the console's messages arrived");
}

/** Types `card` (if given) into the emptied card field, presses Pay, and returns what the page and the widget saw. */
export async function pay(page, card) {
  if (card) {
    await page.$eval("[data-test=card]", (input) => (input.value = ""));
    await page.type("[data-test=card]", card);
  }
  await page.evaluate(() => {
    document.body.removeAttribute("data-result");
    document.getElementById("errors").textContent = ""; // the page's showSuccess leaves them
  });
  await page.click("[data-test=pay]");
  await page.waitForSelector("body[data-result]");
  return page.evaluate(() => ({
    result: document.body.dataset.result,
    calls: window.widgetCalls.slice(),
    errors: [...document.querySelectorAll("#errors li")].map((li) => li.textContent),
    focused: document.activeElement?.id ?? null,
    cardRead: window.cardRead ?? null, // a page's own fake widget: "whole" or not, never the digits
  }));
}
