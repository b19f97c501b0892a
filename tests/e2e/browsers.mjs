// Debian's Chromium and Firefox ESR through one API, puppeteer-core (Chromium over CDP, Firefox
// over WebDriver BiDi): a fresh profile each time, headless, and no reaching out to the network.
// `openBrowser(name)` returns `{ name, newPage(), close() }`; close() ends the browser and removes
// its profile, whatever happened before.
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
    // No updates, telemetry or remote settings: this machine has no network for them.
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "network.captive-portal-service.enabled": false,
    },
  },
};

export async function openBrowser(name) {
  const config = BROWSERS[name];
  if (!config) throw new TypeError(`openBrowser: unknown browser ${JSON.stringify(name)}`);
  const profile = await mkdtemp(join(tmpdir(), `ccbill-${name}-`));
  let browser;
  try {
    browser = await puppeteer.launch({ ...config, headless: true, userDataDir: profile });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    name,
    newPage: () => browser.newPage(),
    close: async () => {
      try {
        await browser.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
