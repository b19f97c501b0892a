// Debian's Chromium and Firefox ESR through one API, puppeteer-core (Chromium over CDP, Firefox
// over WebDriver BiDi): a fresh profile per launch, deleted on close. Chromium gets the flags that
// keep it off the network (this machine has none; its attempts fail noisily).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

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
};

export const BROWSER_NAMES = Object.keys(BROWSERS);

/**
 * Launches `name` ("chromium" or "firefox") headless. Returns `{ name, browser, page(),
 * newPage(), close() }`: `page()` and `newPage()` open a new page (close it when done); `close()`
 * ends the browser and deletes its profile, whatever happened before.
 */
export async function launch(name) {
  const config = BROWSERS[name];
  if (!config) throw new TypeError(`unknown browser ${JSON.stringify(name)}; one of ${BROWSER_NAMES.join(", ")}`);
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
