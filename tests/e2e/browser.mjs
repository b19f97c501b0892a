// Debian's Chromium through playwright-core: a fresh profile each time, and the flags that keep
// it from reaching out to the network (this machine has none; without them Chromium's attempts
// fail noisily).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "./browsers.mjs";

export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), "ccbill-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", ...CHROMIUM_ARGS],
  });
  return {
    page: async () => context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
