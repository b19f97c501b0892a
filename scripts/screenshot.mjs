// Takes www/screenshot.png for the README: the demo in headless Chromium after a customer typed a
// few wrong values and pressed Pay. Run `make pkg` first, then `node scripts/screenshot.mjs`.
import { openBrowser } from "../tests/e2e/browsers.mjs";
import { serve } from "./serve.mjs";

const server = await serve({ port: 0 });
const browser = await openBrowser("chromium");
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 600 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]");
  const type = async (id, text) => {
    await page.focus(`#${id}`);
    await page.keyboard.type(text);
  };
  await type("nameOnCard", "Ana Pérez");
  await type("cardNumber", "4111111111111112");
  await type("expiry", "1025");
  await type("cvv2", "1234");
  await type("firstName", "Ana");
  await page.select("#country", "ES");
  await type("postalCode", "2801");
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[role="status"]').textContent !== "");
  await page.evaluate(() => document.activeElement.blur()); // no focus ring in the picture
  await page.screenshot({ path: new URL("../www/screenshot.png", import.meta.url).pathname, fullPage: true });
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
