// Debian's Chromium and Firefox ESR through one API, puppeteer-core (Chromium over CDP, Firefox
// over WebDriver BiDi): a fresh profile per launch, deleted on close. Chromium gets the flags that
// keep it off the network (this machine has none; its attempts fail noisily).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const BROWSERS = {
  chromium: {
    browser: "chrome",
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
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

/** Launches `name` ("chromium" or "firefox") headless; `close()` ends it and deletes its profile. */
export async function launch(name) {
  const config = BROWSERS[name];
  if (!config) throw new Error(`unknown browser ${name}; one of ${BROWSER_NAMES.join(", ")}`);
  const userDataDir = await mkdtemp(join(tmpdir(), `ccbill-${name}-`));
  let browser;
  try {
    browser = await puppeteer.launch({ headless: true, userDataDir, ...config });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name,
    browser,
    /** A new page; close it when done. */
    page: () => browser.newPage(),
    close: async () => {
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
