// The packed npm tarball (`npm pack` in pkg/) installed from file by a fresh Node project and a
// fresh Vite project, as merchants would install it. The Vite build is opened in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { openBrowser } from "../e2e/browser.mjs";
import { serve } from "../../scripts/serve.mjs";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../..", import.meta.url));
const work = join(repo, "target", "consumers");
let tarball;

async function project(name, extra = {}) {
  const dir = join(work, name);
  await cp(fileURLToPath(new URL(name, import.meta.url)), dir, { recursive: true });
  const manifest = { name, private: true, type: "module", dependencies: { "ccbill-validate": `file:${tarball}` }, ...extra };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir });
  return dir;
}

before(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const { stdout } = await run("npm", ["pack", "--pack-destination", work, "--loglevel=error"], { cwd: join(repo, "pkg") });
  tarball = join(work, stdout.trim().split("\n").pop());
});

after(() => process.env.KEEP_CONSUMERS || rm(work, { recursive: true, force: true }));

test("npm pack ships the package's files and nothing else", async () => {
  const { stdout } = await run("tar", ["-tzf", tarball]);
  // wasm-bindgen names the snippet folder after the crate, with a hash.
  const files = stdout.trim().split("\n").map((f) => f.replace(/snippets\/ccbill-validate-[0-9a-f]+\//, "snippets/*/"));
  assert.deepEqual(files.sort(), [
    "package/LICENSE-APACHE",
    "package/LICENSE-MIT",
    "package/README.md",
    "package/attach-announce.js",
    "package/attach-changes.js",
    "package/attach-fields.js",
    "package/attach-states.js",
    "package/attach.js",
    "package/boundary.js",
    "package/calls.d.ts",
    "package/calls.js",
    "package/ccbill-validate.classic.js",
    "package/ccbill_validate.d.ts",
    "package/ccbill_validate.js",
    "package/ccbill_validate_bg.wasm",
    "package/ccbill_validate_bg.wasm.d.ts",
    "package/ccbill_validate_tables.bin",
    "package/core.js",
    "package/dom.js",
    "package/examples/quick-start/checkout.css",
    "package/examples/quick-start/checkout.js",
    "package/examples/quick-start/index.html",
    "package/facts.js",
    "package/fields.js",
    "package/format.js",
    "package/index.d.ts",
    "package/index.js",
    "package/inline.js",
    "package/install.js",
    "package/loaded.js",
    "package/loader.js",
    ...["da", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "nl", "no", "pt-BR", "sv", "zh-Hans", "zh-Hant"]
      .flatMap((tag) => [`package/locales/${tag}.d.ts`, `package/locales/${tag}.js`]),
    "package/messages.js",
    "package/node.js",
    "package/package.json",
    "package/page.js",
    "package/ready.js",
    "package/schema.js",
    "package/snippets/*/src/boundary.js",
    "package/style.css",
    "package/tables-inline.js",
    "package/tables.js",
    "package/validate.js",
    "package/versions.js",
    "package/warn.js",
    "package/wasm-inline.js",
    "package/why.js",
    "package/workerd.js",
  ]);
});

test("a fresh Node 20 project installs the tarball and validates", async () => {
  const dir = await project("node-app");
  const { stdout } = await run("node", ["app.mjs"], { cwd: dir });
  const out = JSON.parse(stdout);
  // Widget v1.13's rules, asked for: the name on the card and the CVV are required.
  assert.deepEqual(out.fields, ["nameOnCard", "expMonth", "expYear", "cvv2", "firstName", "lastName", "country", "postalCode", "email"]);
  // No version given: only what every version requires.
  assert.deepEqual(out.unknown, ["expMonth", "expYear", "firstName", "lastName", "country", "postalCode", "email"]);
  assert.equal(out.brand, "American Express");
  assert.equal(out.first, "nameOnCard.Falta el nombre en la tarjeta");
  assert.deepEqual(out.params, {});
  // Another language through its own subpath export, `ccbill-validate/locales/de`.
  assert.match(out.de, /^nameOnCard\./);
  assert.notEqual(out.de.split(".")[1], "Name on card is required");
});

test("a fresh Vite project builds a page with it, no plugin, and the page validates in Chromium", async () => {
  const dir = await project("vite-app");
  // Vite comes from this repository's pinned dev tools (found up the tree), not the network.
  await run("node", [join(repo, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: dir });
  const assets = await readdir(join(dir, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `the .wasm is emitted as an asset: ${assets}`);
  assert.ok(assets.some((f) => f.endsWith(".bin")), `the tables are emitted as an asset: ${assets}`);

  const server = await serve({ port: 0, mounts: [["/", join(dir, "dist")]] });
  const browser = await openBrowser();
  try {
    const page = await browser.page();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById("out").textContent !== "loading");
    assert.deepEqual(JSON.parse(await page.locator("#out").textContent()), {
      brand: "visa",
      card: ["luhn"],
      postal: "postalCode.El código postal debe tener un formato como EC1Y 8SY o GIR 0AA",
    });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
});
