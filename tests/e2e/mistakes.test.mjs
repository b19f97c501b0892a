// A form element, another window's form element, a FormData and a URLSearchParams as a validator's
// input, in each browser: a TypeError naming the fix (readForm(form), attach(form),
// Object.fromEntries), never a list of `required` (Node: tests/js/mistakes.test.mjs). And init()
// in a bundle whose `.wasm` is not beside it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

import { BROWSER_NAMES, launch } from "./browsers.mjs";
import { usePackageServer } from "./server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const origin = usePackageServer([
  ["/mistakes/", "tests/e2e/mistakes"],
  ["/bundled/", "target/e2e-mistakes"],
]);

const ELEMENT = /^ccbill-validate: validateCreatePaymentToken\(\): input is an element: pass readForm\(form\) .*, or the element to attach\(form\)/;

for (const name of BROWSER_NAMES) {
  test(`${name}: a form, its FormData or URLSearchParams as input is a TypeError naming the fix`, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      await page.goto(`${origin()}/mistakes/`);
      await page.waitForSelector("body[data-ready=true]");
      const out = await page.evaluate(() => window.mistakes);
      assert.equal(out.form?.name, "TypeError");
      assert.match(out.form.message, ELEMENT);
      assert.equal(out.frameForm?.name, "TypeError");
      assert.match(out.frameForm.message, ELEMENT);
      assert.equal(out.formData?.name, "TypeError");
      assert.match(out.formData.message, /^ccbill-validate: validate\(\): input is a FormData, .*: pass readForm\(form\) .*, or Object\.fromEntries\(formData\)/);
      assert.equal(out.params?.name, "TypeError");
      assert.match(out.params.message, /^ccbill-validate: validateField\(\): input is a URLSearchParams: pass Object\.fromEntries\(params\)/);
      for (const said of [out.form, out.frameForm, out.formData, out.params]) assert.doesNotMatch(said.message, /4111|123/);
      assert.ok(out.fixed.includes("cardNumber:luhn"), out.fixed.join());
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
}

// An esbuild bundle of the package, served without the `.wasm` beside it (404), and with the
// server's HTML app page in its place: init()'s error names the URL it tried and the fixes.
const bundles = join(root, "target", "e2e-mistakes");

before(async () => {
  await rm(bundles, { recursive: true, force: true });
  for (const dir of ["missing", "page"]) {
    await mkdir(join(bundles, dir), { recursive: true });
    await build({
      stdin: {
        contents: `import { init } from ${JSON.stringify(join(root, "pkg", "index.js"))};
          try {
            await init();
            window.loaded = { resolved: true };
          } catch (error) {
            window.loaded = { name: error.name, message: error.message };
          }
          document.body.dataset.ready = "true";`,
        resolveDir: root,
      },
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile: join(bundles, dir, "app.js"),
      logLevel: "error",
    });
    await writeFile(join(bundles, dir, "index.html"), '<!doctype html><title>shop</title><script type="module" src="app.js"></script>');
  }
  // A catch-all route's answer, under the .wasm's name.
  await writeFile(join(bundles, "page", "ccbill_validate_bg.wasm"), "<!doctype html><title>Shop</title><div id=app></div>");
});
after(() => rm(bundles, { recursive: true, force: true }));

const FIX = '; with a bundler, copy node_modules/ccbill-validate/ccbill_validate_bg.wasm beside the bundle, or import "ccbill-validate/inline", which needs no file';

for (const name of BROWSER_NAMES) {
  test(`${name}: a bundle without its .wasm, or with an HTML page in its place: init() names the URL and the fix`, async () => {
    const browser = await launch(name);
    try {
      const page = await browser.page();
      for (const [dir, cause] of [
        ["missing", "answered HTTP 404: serve ccbill_validate_bg.wasm next to the script, or pass its URL to init()"],
        ["page", "is not WebAssembly (an HTML page in its place?): serve ccbill_validate_bg.wasm there, or pass its URL to init()"],
      ]) {
        await page.goto(`${origin()}/bundled/${dir}/`);
        await page.waitForSelector("body[data-ready=true]");
        const loaded = await page.evaluate(() => window.loaded);
        const url = `${origin()}/bundled/${dir}/ccbill_validate_bg.wasm`;
        assert.deepEqual(loaded, {
          name: "Error",
          message: `ccbill-validate: init() could not load the module: the .wasm file (${url}) ${cause}${FIX}`,
        });
      }
    } finally {
      await browser.close();
    }
  });
}
