// The package's entries and build steps (scripts/build-pkg.mjs): the glue patched to log nothing,
// initSync, the inline entry, require() from CommonJS. Runs on pkg/ as `make pkg` leaves it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import { promisify } from "node:util";

import { patchGlue } from "../../scripts/patch-glue.mjs";

const run = promisify(execFile);
const pkg = new URL("../../pkg/", import.meta.url);

// wasm-bindgen 0.2's web glue, the lines that log (the rest of each function elided).
const GLUE = `
                if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                    console.warn("\`WebAssembly.instantiateStreaming\` failed because your server does not serve Wasm with \`application/wasm\` MIME type. Falling back to \`WebAssembly.instantiate\` which is slower. Original error:\\n", e);

                } else { throw e; }
            console.warn('using deprecated parameters for \`initSync()\`; pass a single object instead')
`;

test("patchGlue turns every console.warn of wasm-bindgen's glue into a comment, keeping the fallback", () => {
  const out = patchGlue(GLUE);
  assert.equal(/console\./.test(out), false);
  assert.match(out, /\} else \{ throw e; \}/);
  assert.equal(out.split("\n").length, GLUE.split("\n").length);
  assert.equal(patchGlue(out), out);
});

test("patchGlue throws when the glue changed shape rather than shipping a logging package", () => {
  assert.throws(() => patchGlue("export function f() {}"), /MIME-type warning was not found/);
  assert.throws(() => patchGlue(`${GLUE}\n  if (x) console.error(y);`), /console call remains/);
});

// The package's one console call: warn.js's warnOnce (a call let through, once per cause).
const CONSOLE = /\bconsole\s*(?:\?\.|\.|\[)/g;
const CONSOLE_CALLS = { "warn.js": 1, "ccbill-validate.classic.js": 1 };

test("no JavaScript file the package ships calls console, but warn.js's one console.warn", async () => {
  const { files } = JSON.parse(await readFile(new URL("package.json", pkg), "utf8"));
  const js = files.filter((f) => f.endsWith(".js"));
  assert.ok(js.includes("ccbill_validate.js") && js.includes("ccbill-validate.classic.js") && js.includes("warn.js"));
  for (const file of js) {
    const source = await readFile(new URL(file, pkg), "utf8");
    assert.equal(source.match(CONSOLE)?.length ?? 0, CONSOLE_CALLS[file] ?? 0, file);
    if (CONSOLE_CALLS[file]) assert.match(source, /\bconsole\?\.warn\?\.\(`ccbill-validate: \$\{/, file);
  }
  for (const dir of await readdir(new URL("snippets/", pkg), { recursive: true })) {
    if (dir.endsWith(".js")) assert.doesNotMatch(await readFile(new URL(`snippets/${dir}`, pkg), "utf8"), CONSOLE);
  }
});

test("initSync loads the module from its bytes; the validators work at once and init() resolves", async () => {
  const script = `
    import { readFileSync } from "node:fs";
    import * as v from ${JSON.stringify(new URL("index.js", pkg).href)};
    v.initSync(readFileSync(new URL("ccbill_validate_bg.wasm", ${JSON.stringify(pkg.href)})));
    const codes = v.validateField("cardNumber", "4111 1111 1111 1112").map((x) => x.code);
    await v.init();
    console.log(JSON.stringify(codes));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  assert.deepEqual(JSON.parse(stdout), ["luhn"]);
});

test("the inline entry loads with no fetch and no argument", async () => {
  const script = `
    globalThis.fetch = () => { throw new Error("fetched"); };
    const v = await import(${JSON.stringify(new URL("inline.js", pkg).href)});
    await v.init();
    console.log(JSON.stringify(v.validateField("cvv2", "12").map((x) => x.code)));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  assert.deepEqual(JSON.parse(stdout), ["pattern"]);
});

test("CommonJS require()s the package (Node >= 20.19), with no warning", async () => {
  const script = `
    const v = require(${JSON.stringify(new URL("index.js", pkg).pathname)});
    v.init().then(() => console.log(JSON.stringify(v.validateField("expMonth", "13").map((x) => x.code))));`;
  const { stdout, stderr } = await run(process.execPath, ["--input-type=commonjs", "-e", script]);
  assert.equal(stderr, "");
  assert.deepEqual(JSON.parse(stdout), ["outOfRange"]);
});

test("the inline entry is a third larger than the .wasm (README), a little more gzipped", async () => {
  const { gzipSync } = await import("node:zlib");
  const wasm = await readFile(new URL("ccbill_validate_bg.wasm", pkg));
  const inline = await readFile(new URL("wasm-inline.js", pkg));
  const ratio = inline.length / wasm.length;
  assert.ok(ratio > 1.3 && ratio < 1.4, `raw ${ratio}`);
  const gzipped = gzipSync(inline, { level: 9 }).length / gzipSync(wasm, { level: 9 }).length;
  assert.ok(gzipped > 1 && gzipped < 1.4, `gzip -9 ${gzipped}`);
});

test("package.json exports: Node's import and require() get node.js (one file), workerd workerd.js", async () => {
  const cwd = new URL(".", pkg).pathname; // the package resolving its own name
  const resolve = async (flags, code) => (await run(process.execPath, [...flags, "-e", code], { cwd })).stdout.trim();
  const base = pkg.href;
  assert.equal(await resolve(["--input-type=module"], `console.log(import.meta.resolve("ccbill-validate"))`), `${base}node.js`);
  assert.equal(await resolve(["--input-type=commonjs"], `console.log(require.resolve("ccbill-validate"))`), new URL("node.js", pkg).pathname);
  const workerd = ["--conditions=workerd", "--input-type=module"];
  assert.equal(await resolve(workerd, `console.log(import.meta.resolve("ccbill-validate"))`), `${base}workerd.js`);
  const inline = `console.log(import.meta.resolve("ccbill-validate/inline"))`;
  assert.equal(await resolve(["--input-type=module"], inline), `${base}inline.js`);
});
