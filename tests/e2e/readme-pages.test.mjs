// Every page block of both READMEs (marked `<!-- page: <fixture> -->`, tests/readme-blocks.mjs)
// runs as pasted in Chromium, Firefox and WebKit, in the page tests/e2e/readme-pages/<fixture>.html
// gives it: the npm README as npm shows it (pkg/README.md: the CDN's version and integrity filled
// in by `make pkg`), the root README as it is. Two hosts are served here instead of the network:
// https://js.ccbill.com/ (CCBill's CDN: the stand-in widget) and https://cdn.jsdelivr.net/ (a CDN
// on another origin, with CORS as jsDelivr sends it): the only change made to a block. Pages are
// served under a strict Content-Security-Policy naming those origins; a bare `ccbill-validate`
// import resolves by an import map, as a bundler would.
//   install: each section of an html block (`<!-- … -->` starts one) guards the checkout's widget:
//            the bad card is stopped before the widget, the valid customer reaches it once.
//   guard:   the block guards a widget made with custom ids and shows the bad card's error.
//   attach:  the README's form (or the fixture's) gets live feedback, and the events block's
//            listeners hear the brand.
//   exports: one line per export, on a valid form: the guarded call reaches the widget.
// No console error and no warning of the package's, in any page. And the troubleshooting row: the
// CDN line with another version's integrity is refused, and the widget validates alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { blocks, root } from "../readme-blocks.mjs";
import { BAD_CARD, BAD_CARD_MESSAGE, VALID_CARD, pay } from "../compat/session.mjs";
import { inEachBrowser } from "./browsers.mjs";
import { HTML, close, file, listen, localCcbill, origin, problemsOf, shared } from "./site.mjs";

const FIXTURES = join(root, "tests/e2e/readme-pages");
const IMPORT_MAP = '{ "imports": { "ccbill-validate": "/node_modules/ccbill-validate/index.js" } }';
const IMPORT_MAP_HASH = `'sha256-${createHash("sha256").update(IMPORT_MAP).digest("base64")}'`;
const VERSION = JSON.parse(await readFile(join(root, "pkg/package.json"), "utf8")).version;

/** The pages: `{ title, fixture, html: [..], js: [..] }`, an install section or all of a README's blocks of one other fixture. */
async function pages() {
  const out = [];
  for (const file of ["README.md", "pkg/README.md"]) {
    const grouped = new Map();
    for (const block of await blocks(file)) {
      if (!block.page) continue;
      if (block.page === "install") {
        for (const section of sections(block.code)) out.push({ title: `${block.where} ${section.title}`, fixture: "install", html: [section.code], js: [] });
        continue;
      }
      if (!grouped.has(block.page)) grouped.set(block.page, { title: `${file} ${block.page}`, fixture: block.page, html: [], js: [] });
      const page = grouped.get(block.page);
      if (block.lang === "html") page.html.push(block.code);
      else if (block.lang === "js") page.js.push(block.code);
      else throw new Error(`${block.where}: a page block is html or js, not ${block.lang}`);
      page.title += ` ${block.where.split(":")[1]}`;
    }
    out.push(...grouped.values());
  }
  return out;
}

/** An html block's sections: each starts at a comment line of its own (the block is one when it has none). */
function sections(code) {
  const parts = code.split(/^(?=<!--.*-->\n)/m).filter((part) => part.trim());
  return parts.map((part) => ({ title: /^<!--\s*(.*?)\s*-->/.exec(part)?.[1] ?? "the lines", code: part }));
}

/** The block as served: the two CDNs' hosts become this test's. */
const localHosts = (code, cdn) => localCcbill(code).replaceAll("https://cdn.jsdelivr.net/", `${cdn}/`);

async function pageHtml(page, id, cdn) {
  let html = await readFile(join(FIXTURES, `${page.fixture}.html`), "utf8");
  html = html.replace("<!--importmap-->", `<script type="importmap">${IMPORT_MAP}</script>`);
  if (page.html.length > 0 && page.fixture !== "install") {
    html = html.replace(/<!--html-->[\s\S]*<!--\/html-->/, page.html.join("\n"));
  }
  const scripts = page.js.map((_, k) => `<script type="module" src="/page/${id}/block-${k}.js"></script>`);
  const block = page.fixture === "install" ? localHosts(page.html[0], cdn) : scripts.join("\n");
  return html.replace("<!--block-->", block);
}

const all = await pages();
let site;
let cdn;

before(async () => {
  const pkg = join(root, "pkg");
  // A public npm CDN: the package at /npm/<name>@<version>/, readable from any origin.
  // Under /wasm-swapped/ or /tables-swapped/, that file is another build's (see SWAPPED).
  cdn = await listen(
    async (path) => {
      const at = /^(?:\/(wasm|tables)-swapped)?\/npm\/ccbill-validate@([^/]+)\/(.+)$/.exec(path);
      if (!at || at[2] !== VERSION) return null;
      const found = await file(pkg, at[3]);
      if (found && at[1] && at[3] === SWAPPED[at[1]]) found.body = Buffer.concat([found.body, SWAP[at[1]]]);
      return found;
    },
    () => ({ "access-control-allow-origin": "*" }),
  );
  site = await listen(
    async (path) => {
      const at = /^\/page\/(\d+)\/(?:block-(\d+)\.js)?$/.exec(path);
      if (at && all[at[1]]) {
        if (at[2] === undefined) return { body: await pageHtml(all[at[1]], at[1], origin(cdn)), type: HTML };
        return { body: all[at[1]].js[at[2]], type: "text/javascript" };
      }
      if (path.startsWith("/fixture/")) return file(FIXTURES, path.slice("/fixture/".length));
      return shared(path);
    },
    () => ({
      "content-security-policy":
        `default-src 'self'; img-src 'self' data:; style-src 'self'; ` +
        `script-src 'self' 'wasm-unsafe-eval' ${IMPORT_MAP_HASH} ${origin(cdn)}; connect-src 'self' ${origin(cdn)}`,
    }),
  );
});
after(() => close(site, cdn));

// What each fixture's page must do once its blocks ran.
const CHECKS = {
  async install(page) {
    await page.waitForFunction(() => window.ccbill && window.CCBillValidate, { timeout: 20_000 });
    await page.evaluate(() => CCBillValidate.init().then(() => undefined));
    const bad = await pay(page, BAD_CARD);
    assert.deepEqual([bad.result, bad.calls, bad.errors], ["error", [], [BAD_CARD_MESSAGE]]);
    const valid = await pay(page, VALID_CARD);
    assert.deepEqual([valid.result, valid.calls, valid.errors], ["success", ["createPaymentToken"], []]);
  },
  async guard(page) {
    await page.waitForSelector("#errors li", { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      errors: [...document.querySelectorAll("#errors li")].map((li) => li.textContent),
      calls: window.widgetCalls,
    }));
    assert.deepEqual(seen, { errors: [BAD_CARD_MESSAGE], calls: [] });
  },
  async exports(page) {
    // Each line ran (the last one's import of validateCharge included); the guarded call on the
    // valid form reached the widget once.
    await page.waitForFunction(() => window.widgetCalls.length > 0 && document.querySelector("#payment[data-ccbill-complete]"), { timeout: 20_000 });
    assert.deepEqual(await page.evaluate(() => window.widgetCalls), ["createPaymentToken"]);
  },
  async attach(page, blocksRun) {
    await page.waitForSelector("#payment[data-ccbill-complete]", { timeout: 20_000 });
    // The visible card field (attach() moved its data-ccbill to a hidden twin), typed and left.
    await page.$eval("#payment label input", (el) => el.focus());
    await page.keyboard.type("4111 1111 1111 1112");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.querySelector("#payment label input").dataset.ccbillState === "invalid");
    const seen = await page.evaluate(() => ({
      error: document.querySelector(".ccbill-error")?.textContent,
      twin: document.querySelector('#payment input[hidden][data-ccbill="cardNumber"]')?.value.length,
      brand: document.querySelector("#payment").dataset.brand ?? null,
      complete: document.querySelector("#payment").classList.contains("complete"),
    }));
    assert.equal(seen.error, "Card number is not valid, please check the digits");
    assert.equal(seen.twin, 16);
    // The events block, where the README has one: its listeners set the brand and Pay's readiness.
    const events = blocksRun.some((code) => code.includes("ccbill-validate:change"));
    assert.deepEqual([seen.brand, seen.complete], events ? ["visa", false] : [null, false]);
  },
};

// The CDN line with another version's integrity: the browser refuses our script (its console
// error is expected), and the page's widget works unguarded: CCBill's validates alone.
const cdnPage = all.find((page) => page.fixture === "install" && page.html[0].includes("integrity="));
const WRONG = all.push({ ...cdnPage, title: "the CDN line, its integrity another version's", html: [cdnPage.html[0].replace(/sha384-[\w+/=]+/, `sha384-${"A".repeat(64)}`)] }) - 1;

// The CDN's script with its right integrity, but another build's .wasm or tables beside it: the
// script fetches them held to its own hashes. Each swapped file is valid all the same (a .wasm one
// custom section longer, which compiles; tables one byte longer), so that the hash refuses it, not
// the engine or the module. Another .wasm: init() rejects naming the file and the fix, the one
// warning says so, and the widget validates alone. Other tables: one warning, and every check that
// needs no table still runs (the bad card is stopped).
const SWAPPED = { wasm: "ccbill_validate_bg.wasm", tables: "ccbill_validate_tables.bin" };
const SWAP = { wasm: Buffer.from([0, 2, 1, 0x78]), tables: Buffer.from([0]) };
const swapped = (what) =>
  all.push({ ...cdnPage, title: `the CDN line, its ${what} another build's`, html: [cdnPage.html[0].replace("https://cdn.jsdelivr.net/", `https://cdn.jsdelivr.net/${what}-swapped/`)] }) - 1;
const SWAPPED_WASM = swapped("wasm");
const SWAPPED_TABLES = swapped("tables");
const NOT_HASHED = /is not the one its integrity hash names .*: serve the ccbill_validate_(bg\.wasm|tables\.bin) that came with this script/;
// The engine's own report of a failed check, where it reaches the console (Chromium's does).
const ENGINE_REFUSAL = /integrity|digest|sha384|SHA-384/i;

/** A swapped page, open once its scripts ran: what it writes to the console, from the start. */
async function openSwapped(tab, id) {
  const problems = problemsOf(tab);
  await tab.goto(`${origin(site)}/page/${id}/`);
  await tab.waitForFunction(() => window.ccbill && window.CCBillValidate, { timeout: 20_000 });
  return problems;
}

/** One warning of ours, naming the file its hash refused; else only the engine's own report. */
function oneWarningNotHashed(problems) {
  const ours = problems.filter((p) => p.includes("ccbill-validate:"));
  assert.equal(ours.length, 1, problems.join("\n"));
  assert.match(ours[0], NOT_HASHED);
  assert.ok(problems.every((p) => ours.includes(p) || ENGINE_REFUSAL.test(p)), problems.join("\n"));
}

inEachBrowser((it) => {
  it("the CDN's .wasm another build's: refused by the script's hash, one warning, the widget validates alone", async (tab) => {
    const problems = await openSwapped(tab, SWAPPED_WASM);
    const error = await tab.evaluate(() => CCBillValidate.init().then(() => "loaded", (e) => e.message));
    assert.match(error, /wasm-swapped\/npm\/ccbill-validate@[^/]+\/ccbill_validate_bg\.wasm\)/);
    assert.match(error, NOT_HASHED);
    const bad = await pay(tab, BAD_CARD);
    assert.deepEqual([bad.result, bad.calls], ["success", ["createPaymentToken"]]);
    oneWarningNotHashed(problems);
  });
  it("the CDN's tables another build's: refused by the script's hash, one warning, the bad card still stopped", async (tab) => {
    const problems = await openSwapped(tab, SWAPPED_TABLES);
    await tab.evaluate(() => CCBillValidate.init().then(() => undefined));
    assert.equal(await tab.evaluate(() => CCBillValidate.tablesReady(10_000)), false);
    const bad = await pay(tab, BAD_CARD);
    assert.deepEqual([bad.result, bad.calls, bad.errors], ["error", [], [BAD_CARD_MESSAGE]]);
    oneWarningNotHashed(problems);
  });
  it("the CDN line with another version's integrity: our script refused, the widget validates alone", async (tab) => {
    const problems = problemsOf(tab);
    await tab.goto(`${origin(site)}/page/${WRONG}/`);
    await tab.waitForFunction(() => document.readyState === "complete" && window.ccbill, { timeout: 20_000 });
    assert.equal(await tab.evaluate(() => typeof window.CCBillValidate), "undefined");
    const bad = await pay(tab, BAD_CARD);
    assert.deepEqual([bad.result, bad.calls], ["success", ["createPaymentToken"]]);
    // The engine's own refusal, where it reaches the console (Chromium's does); nothing else.
    assert.ok(problems.every((p) => /integrity|digest|sha384/i.test(p)), problems.join("\n"));
  });
  for (const [id, page] of all.entries()) {
    if ([WRONG, SWAPPED_WASM, SWAPPED_TABLES].includes(id)) continue;
    it(page.title, async (tab) => {
      const problems = problemsOf(tab);
      await tab.goto(`${origin(site)}/page/${id}/`);
      await CHECKS[page.fixture](tab, page.js);
      assert.deepEqual(problems, []);
    });
  }
});

test("the READMEs' page blocks: every fixture is checked, and there are as many as written", () => {
  for (const page of all) assert.ok(CHECKS[page.fixture], `${page.title}: no fixture ${page.fixture}`);
  assert.ok(all.length >= 8, `only ${all.length} pages`);
});
