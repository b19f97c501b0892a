// A merchant's usual mistakes, each an error at the call that names the fix (issue 23): a container
// of fields in place of the fields, the page-only exports in Node, and a `.wasm` that is not where
// init() looks (a bundle without it, a server answering with its app page). No message quotes a
// value, so a card number passed by mistake never reaches a log.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createServer } from "node:http";
import { promisify } from "node:util";

import * as v from "../../pkg/index.js";
import { FEATURES } from "../../pkg/why.js";

const CARD = "4111111111111111";
const fields = { clientAccnum: "900000", clientSubacc: "0", cardNumber: CARD, cvv2: "123" };

before(() => v.init());

// (what is passed, how it is made, what the message must name)
const CONTAINERS = [
  ["an array", () => [fields], /input is an array: pass one plain object/],
  ["a Map", () => new Map(Object.entries(fields)), /input is a Map: pass Object\.fromEntries\(map\)/],
  ["a URLSearchParams", () => new URLSearchParams(fields), /input is a URLSearchParams: pass Object\.fromEntries\(params\)/],
  [
    "a FormData",
    () => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    },
    /input is a FormData, .*: pass readForm\(form\) .*, or Object\.fromEntries\(formData\)/,
  ],
  // A form element as a page script holds it: `form.cardNumber` is its input named so.
  [
    "a form element",
    () => ({ nodeType: 1, querySelector() {}, cardNumber: { nodeType: 1, value: CARD } }),
    /input is an element: pass readForm\(form\) .*, or the element to attach\(form\)/,
  ],
];

for (const [what, make, says] of CONTAINERS) {
  test(`${what} as input is a TypeError naming the fix, for every validator, never twelve "required"`, () => {
    const calls = [
      ["validateCreatePaymentToken", () => v.validateCreatePaymentToken(make())],
      ["validateIsScaRequired", () => v.validateIsScaRequired(make(), { locale: "es" })],
      ["validate", () => v.validate("authenticateCustomer", make())],
      ["validate", () => v.validate("createPaymentToken", make(), { now: new Date() })], // the module's path
      ["validateCharge", () => v.validateCharge(make())],
      ["validateField", () => v.validateField("cvv2", "123", make())],
    ];
    for (const [caller, call] of calls) {
      assert.throws(call, (error) => {
        assert.ok(error instanceof TypeError, `${caller}: ${error}`);
        assert.match(error.message, new RegExp(`^ccbill-validate: ${caller}\\(\\): `));
        assert.match(error.message, says);
        assert.doesNotMatch(error.message, /4111|123/);
        return true;
      });
    }
  });
}

test("plain objects, null-prototype objects and class instances are read as before", () => {
  assert.ok(v.validateCreatePaymentToken(fields).length > 0);
  assert.ok(v.validateCreatePaymentToken(Object.assign(Object.create(null), fields)).length > 0);
  class Checkout {
    constructor() {
      Object.assign(this, fields);
    }
  }
  assert.deepEqual(v.validateCreatePaymentToken(new Checkout()), v.validateCreatePaymentToken(fields));
  assert.deepEqual(v.validateCreatePaymentToken(Object.fromEntries(new Map(Object.entries(fields)))), v.validateCreatePaymentToken(fields));
  // A Proxy that throws on every trap is still an object whose fields are "other", as before.
  const hostile = new Proxy({}, { get() { throw new Error("no"); }, getPrototypeOf() { throw new Error("no"); } });
  assert.ok(Array.isArray(v.validateCreatePaymentToken(hostile)));
});

for (const [name, call, how] of [
  ["attach", () => v.attach("#payment"), "a selector"],
  ["attach", () => v.attach(), "no form"],
  ["readForm", () => v.readForm("form"), "a selector"],
]) {
  test(`${name}() with ${how} in Node says it needs a page, and what to use on a server`, () => {
    assert.throws(call, {
      name: "TypeError",
      message: `ccbill-validate: ${name}() reads a page's form and needs its DOM, and there is none here: call it in the browser; on a server, validate the submitted fields with validate(call, input) or schema(call)`,
    });
  });
}

// init() from a URL that answers 404 (a bundle without the .wasm beside it), the server's app page
// (a catch-all route), or the .wasm damaged by a text loader: each in a Node process of its own,
// as the module loads once per process.
const run = promisify(execFile);
const index = new URL("../../pkg/index.js", import.meta.url).href;
let server;
let base;
before(async () => {
  server = createServer((request, response) => {
    if (request.url === "/text/ccbill_validate_bg.wasm") {
      // What a bundler's text loader makes of it: the bytes read as UTF-8 and written back.
      const text = readFileSync(new URL("../../pkg/ccbill_validate_bg.wasm", import.meta.url)).toString("utf8");
      return response.writeHead(200, { "content-type": "application/wasm" }).end(Buffer.from(text, "utf8"));
    }
    if (request.url.startsWith("/app/")) {
      return response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Shop</title><div id=app></div>");
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function initFrom(url) {
  const script = `
    const v = await import(${JSON.stringify(index)});
    try {
      await v.init(${JSON.stringify(url)});
      console.log(JSON.stringify({ resolved: true }));
    } catch (error) {
      console.log(JSON.stringify({ name: error.name, message: error.message, cause: String(error.cause) }));
    }`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  return JSON.parse(stdout);
}

const BUNDLER_FIX =
  '; with a bundler, copy node_modules/ccbill-validate/ccbill_validate_bg.wasm beside the bundle, or import "ccbill-validate/inline", which needs no file';

// (the URL's path on the test server, what it is, the sentence after the file's URL, the cause kept)
const LOAD_ERRORS = [
  ["/assets/ccbill_validate_bg.wasm", "answers 404", () => "answered HTTP 404: serve ccbill_validate_bg.wasm next to the script, or pass its URL to init()", /failed to fetch Wasm: 404/],
  ["/app/ccbill_validate_bg.wasm", "is answered by an app's HTML page", () => "is not WebAssembly (an HTML page in its place?): serve ccbill_validate_bg.wasm there, or pass its URL to init()", /CompileError/],
  // Not an engine too old: this one compiles the probe of the module's features (why.js).
  [
    "/text/ccbill_validate_bg.wasm",
    "serves bytes a bundler read as text",
    (cause) => `is damaged ("${cause.replace(/^CompileError: /, "").slice(0, 120)}"): its bytes changed on the way (read as text by a bundler, or cut short?): serve ccbill_validate_bg.wasm byte for byte as the package has it, or pass its URL to init()`,
    /^CompileError: /,
  ],
];

for (const [path, what, sentence, cause] of LOAD_ERRORS) {
  test(`init() from a URL that ${what}: the error names the URL, the cause and the fixes`, async () => {
    const url = `${base}${path}`;
    const out = await initFrom(url);
    assert.equal(out.name, "Error");
    assert.match(out.cause, cause, "the glue's error is kept as the cause");
    assert.equal(out.message, `ccbill-validate: init() could not load the module: the .wasm file (${url}) ${sentence(out.cause)}${BUNDLER_FIX}`);
  });
}

// why.js tells a damaged file from an engine too old by compiling FEATURES: it must need every
// wasm feature the module needs, and the module no other (else an engine without it would be told
// its file is damaged). Checked with binaryen's validator, feature by feature.
const FEATURE_NAMES = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "reference-types", "multivalue"];
const wasmOpt = new URL("../../node_modules/.bin/wasm-opt", import.meta.url).pathname;
const validates = (file, features) => {
  try {
    execFileSync(wasmOpt, ["--mvp-features", ...features.map((f) => `--enable-${f}`), file, "-o", "/dev/null"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

test("the engine probe needs each wasm feature the module needs, and the module needs no other", async (t) => {
  const probe = join(await mkdtemp(join(tmpdir(), "ccbill-validate-probe-")), "probe.wasm");
  t.after(() => rm(dirname(probe), { recursive: true, force: true }));
  writeFileSync(probe, FEATURES);
  assert.ok(new WebAssembly.Module(FEATURES), "compiles here");
  assert.ok(validates(probe, FEATURE_NAMES));
  for (const without of FEATURE_NAMES) {
    assert.equal(validates(probe, FEATURE_NAMES.filter((f) => f !== without)), false, `the probe without ${without}`);
  }
  assert.ok(validates(new URL("../../pkg/ccbill_validate_bg.wasm", import.meta.url).pathname, FEATURE_NAMES), "the module with these alone");
});

test("telling a FormData from the fields never loads Node's fetch (about 15 ms on a first call)", async () => {
  // Reading the FormData global makes Node load undici; the check reads each input's tag instead.
  const script = `const m = await import(${JSON.stringify(new URL("../../pkg/node.js", import.meta.url).href)});
    await m.init(); m.validateCreatePaymentToken({ clientAccnum: 1 }); try { m.validateCharge(new Map()); } catch {}
    console.log(process.moduleLoadList.some((name) => name.includes("undici")));`;
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]).catch((e) => e);
  assert.equal(stdout.trim(), "false");
});
