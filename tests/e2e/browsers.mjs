import { test, describe, before, after } from "node:test";
// Debian's Chromium, Firefox ESR and WebKitGTK through one API: puppeteer-core for Chromium (CDP)
// and Firefox (WebDriver BiDi), a fresh profile per launch, deleted on close; WebKit through
// WebKitWebDriver and the same page methods (tests/e2e/webkit.mjs: MiniBrowser under an Xvfb of
// its own). Chromium gets the flags that keep it off the network (this machine has none; its
// attempts fail noisily). CCBILL_BROWSERS=chromium,firefox runs the tests in fewer engines.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

import { launchWebKit } from "./webkit.mjs";

/** Chromium's flags, for every launcher here (tests/e2e/browser.mjs, playwright-core, too). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const BROWSERS = {
  chromium: {
    browser: "chrome",
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  },
  firefox: {
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    args: [],
    extraPrefsFirefox: {
      // Nothing reaches out: no updates, telemetry, captive-portal or remote-settings checks.
      "app.update.enabled": false,
      "browser.region.network.url": "",
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "services.settings.server": "http://127.0.0.1:9/",
      "toolkit.telemetry.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
    },
  },
  // WebKitGTK's MiniBrowser, started by WebKitWebDriver (webkit.mjs).
  webkit: { launch: launchWebKit },
};

/** Every engine the browser tests know (the README's "Browsers" table names them). */
export const ENGINES = Object.keys(BROWSERS);
export const BROWSER_NAMES = process.env.CCBILL_BROWSERS
  ? process.env.CCBILL_BROWSERS.split(",").filter((name) => name in BROWSERS)
  : Object.keys(BROWSERS);

/**
 * Launches `name` ("chromium", "firefox" or "webkit") headless. Returns `{ name, browser, page(),
 * newPage(), close() }`: `page()` and `newPage()` open a new page (close it when done); `close()`
 * ends the browser and deletes its profile, whatever happened before.
 */
export async function launch(name) {
  const config = BROWSERS[name];
  if (!config) throw new TypeError(`unknown browser ${JSON.stringify(name)}; one of ${Object.keys(BROWSERS).join(", ")}`);
  if (config.launch) return config.launch();
  const userDataDir = await mkdtemp(join(tmpdir(), `ccbill-${name}-`));
  let browser;
  try {
    browser = await puppeteer.launch({ ...config, headless: true, userDataDir });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const newPage = () => browser.newPage();
  return {
    name,
    browser,
    page: newPage,
    newPage,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

export const openBrowser = launch;

/**
 * playwright's fill() for any engine here: the field focused and its whole text replaced at once,
 * one `input` event (as autofill or a paste does), the caret left at the end.
 */
export const fill = (page, selector, value) =>
  page.$eval(
    selector,
    (el, value) => {
      el.focus();
      el.value = value;
      const inputType = value ? "insertText" : "deleteContentBackward";
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType, data: value || null }));
    },
    value,
  );

/**
 * For each browser of the run, `describe(name)` around `body(it, name)`: one browser process for
 * its tests, ended after them, and `it(title, fn)` a test on a fresh page, closed whatever happens.
 */
export function inEachBrowser(body) {
  for (const name of BROWSER_NAMES) {
    describe(name, { timeout: 180_000 }, () => {
      let browser;
      before(async () => {
        browser = await openBrowser(name);
      });
      after(() => browser?.close());
      const it = (title, fn) =>
        test(title, { timeout: 60_000 }, async () => {
          const page = await browser.newPage();
          try {
            await fn(page);
          } finally {
            await page.close();
          }
        });
      body(it, name);
    });
  }
}
