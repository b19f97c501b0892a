// The quick-start checkout (examples/quick-start: one page, one stylesheet, one script) as a
// merchant's site serves it: the package copied to /assets/ccbill-validate/, the page's files at
// its root, under a strict Content-Security-Policy, CCBill's script from the stand-in (the one
// change to the page: CCBill's host is served here). In Chromium, Firefox and WebKit: a typed
// wrong card shows its error and brand, Pay on an empty form reaches no widget and focuses the
// first field, a customer filled in by autofill is complete and reaches the widget once. The npm
// README shows the page and the script verbatim. No console error, no warning of the package's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { inEachBrowser } from "./browsers.mjs";
import { HTML, close, file, listen, localCcbill, origin, problemsOf, shared } from "./site.mjs";
import { blocks, root } from "../readme-blocks.mjs";

const EXAMPLE = join(root, "examples/quick-start");
let site;
before(async () => {
  site = await listen(
    async (path) => {
      if (path === "/") return { body: localCcbill(await readFile(join(EXAMPLE, "index.html"), "utf8")), type: HTML };
      if (path === "/favicon.ico") return { body: "", type: "image/x-icon" }; // the site's own, not the example's
      return (await shared(path)) ?? file(EXAMPLE, path.slice(1));
    },
    () => ({ "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" }),
  );
});
after(() => close(site));

/** Opens the checkout, recording problems; resolves once attach() has set up the form. */
async function open(page) {
  const problems = problemsOf(page);
  await page.goto(`${origin(site)}/`);
  await page.waitForSelector("#payment[data-ccbill-complete=false]", { timeout: 20_000 });
  await page.evaluate(() => CCBillValidate.init().then(() => undefined));
  return problems;
}

const seen = (page) =>
  page.evaluate(() => ({
    calls: window.widgetCalls.slice(),
    complete: document.getElementById("payment").classList.contains("complete"),
    focused: document.activeElement?.id ?? null,
    outcome: document.getElementById("outcome").textContent,
    errors: [...document.querySelectorAll(".ccbill-error")].map((el) => el.textContent).filter(Boolean),
  }));

inEachBrowser((it) => {
  it("a wrong card typed and left shows its error and brand; Pay on an empty form reaches no widget", async (page) => {
    const problems = await open(page);
    await page.$eval("#cardNumber", (el) => el.focus());
    await page.keyboard.type("4111 1111 1111 1112");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.getElementById("cardNumber").dataset.ccbillState === "invalid");
    assert.equal(await page.$eval("#card-brand", (el) => el.textContent), "visa");
    assert.deepEqual((await seen(page)).errors, ["Card number is not valid, please check the digits"]);

    await page.$eval("#payment button", (el) => el.click());
    await page.waitForFunction(() => document.activeElement?.id === "nameOnCard");
    const after = await seen(page);
    assert.deepEqual([after.calls, after.complete, after.outcome], [[], false, ""]);
    assert.ok(after.errors.length >= 6, after.errors.join("; "));
    assert.deepEqual(problems, []);
  });

  it("a customer filled in by autofill is complete, and Pay reaches CCBill's widget once", async (page) => {
    const problems = await open(page);
    await page.evaluate(() => {
      const filled = {
        nameOnCard: "Ana Pérez", cardNumber: "4111111111111111", expiry: "12/30", cvv2: "123", firstName: "Ana",
        lastName: "Pérez", address1: "Calle Mayor 1", city: "Madrid", state: "M", postalCode: "28013", country: "ES",
        email: "ana@example.com", phoneNumber: "+34 912 345 678",
      };
      const els = Object.keys(filled).map((id) => document.getElementById(id));
      els.forEach((el) => (el.value = filled[el.id]));
      for (const el of els) {
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    await page.waitForFunction(() => document.getElementById("payment").classList.contains("complete"));
    await page.$eval("#payment button", (el) => el.click());
    await page.waitForFunction(() => document.getElementById("outcome").textContent !== "");
    const after = await seen(page);
    assert.deepEqual([after.calls, after.outcome, after.errors], [["createPaymentToken"], "Card accepted.", []]);
    assert.deepEqual(problems, []);
  });
});

test("the npm README shows the quick-start's page and script as they are", async () => {
  const shown = (await blocks("pkg-template/README.md")).filter((b) => /^examples\/quick-start\//.test(b.notRun ?? ""));
  assert.deepEqual(shown.map((b) => b.notRun.split(",")[0]), ["examples/quick-start/index.html", "examples/quick-start/checkout.js"]);
  for (const block of shown) {
    assert.equal(block.code, await readFile(join(root, block.notRun.split(",")[0]), "utf8"), block.where);
  }
});

test("the README's copy command copies the page's files, as pasted into a POSIX shell", async () => {
  const [copy] = (await blocks("pkg-template/README.md")).filter((b) => b.lang === "sh" && b.code.includes("public/assets/ccbill-validate"));
  const project = await mkdtemp(join(tmpdir(), "ccbill-validate-copy-"));
  try {
    await mkdir(join(project, "node_modules"));
    await symlink(join(root, "pkg"), join(project, "node_modules", "ccbill-validate"));
    // `sh`, not bash: on Debian it is dash, which has no brace expansion.
    execFileSync("sh", ["-euc", copy.code], { cwd: project });
    const copied = await readdir(join(project, "public", "assets", "ccbill-validate"));
    assert.deepEqual(copied.sort(), ["ccbill-validate.classic.js", "ccbill_validate_bg.wasm", "ccbill_validate_tables.bin", "style.css"]);
    for (const name of copied) {
      assert.ok((await readFile(join(project, "public", "assets", "ccbill-validate", name))).equals(await readFile(join(root, "pkg", name))), name);
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
