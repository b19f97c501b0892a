// The reference tables (ccbill_validate_tables.bin) as the package gets them: a file of their own,
// fetched beside the module and not waited for by init(); until they are there, the checks that
// need them pass; a file that cannot be had warns once and lets those checks through. Each case
// runs in a Node process of its own (the module and its tables load once per process), fetching
// from a real HTTP server in this one that holds, refuses or mangles the file as each case needs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { promisify } from "node:util";

const run = promisify(execFile);
const pkg = new URL("../../pkg/", import.meta.url);
const tables = await readFile(new URL("ccbill_validate_tables.bin", pkg));

// A postal code, a state and a phone number each wrong for the country: only the tables can tell.
const WRONG = { country: "US", postalCode: "ABC", state: "ZZ", phoneNumber: "+1 415 555 013" };
const TABLE_CODES = ["state:invalidSubdivision", "postalCode:invalidPostalCode", "phoneNumber:invalidPhone"];

// /held: answered once /release is asked for; /missing: 404; /page: an HTML page (a catch-all
// route); /cut: the file less its last byte.
let server;
let base;
let release;
const released = new Promise((resolve) => (release = resolve));
before(async () => {
  server = createServer(async (request, response) => {
    const send = (status, type, body) => response.writeHead(status, { "content-type": type }).end(body);
    if (request.url === "/release") return release(), send(200, "text/plain", "ok");
    if (request.url === "/held") return released.then(() => send(200, "application/octet-stream", tables));
    if (request.url === "/cut") return send(200, "application/octet-stream", tables.subarray(0, -1));
    if (request.url === "/page") return send(200, "text/html", "<!doctype html><title>Shop</title>");
    send(404, "text/plain", "not found");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/**
 * Runs `body` (an async function's statements, with `v` the package imported by its path, `wasm`
 * its module's bytes, `base` the server, `codes(found)` and `WRONG`) in a Node process of its
 * own; returns what it printed as JSON and the package's console warnings.
 */
async function inProcess(body) {
  const script = `
    import { readFileSync } from "node:fs";
    const v = await import(${JSON.stringify(new URL("index.js", pkg).href)});
    const wasm = readFileSync(new URL("ccbill_validate_bg.wasm", ${JSON.stringify(pkg.href)}));
    const base = ${JSON.stringify(base)};
    const WRONG = ${JSON.stringify(WRONG)};
    const codes = (found) => found.map((x) => x.propertyName + ":" + x.code);
    const pending = (promise) => Promise.race([promise, new Promise((r) => setTimeout(r, 50, "pending"))]);
    ${body}`;
  const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script]);
  const warnings = stderr.split("\n").filter((line) => line.startsWith("ccbill-validate:"));
  return { out: JSON.parse(stdout), warnings, stderr };
}

test("init() resolves before the tables arrive; until then their checks pass, then they reject", async () => {
  const { out, stderr } = await inProcess(`
    await v.init(wasm, { tables: base + "/held" });
    const before = { ready: await pending(v.tablesReady()), waited: await v.tablesReady(10) };
    before.found = codes(v.validate("createPaymentToken", { ...WRONG, postalCode: "12345678901234567" }));
    before.wrong = codes(v.validateField("postalCode", WRONG.postalCode, WRONG));
    await fetch(base + "/release");
    const ready = await v.tablesReady();
    console.log(JSON.stringify({ before, ready, after: codes(v.validate("createPaymentToken", WRONG)) }));`);
  // Before: held, a timed wait gives up, and only what needs no table is reported.
  assert.deepEqual(out.before.ready, "pending");
  assert.equal(out.before.waited, false);
  assert.ok(out.before.found.includes("postalCode:tooLong"), out.before.found.join());
  assert.deepEqual(out.before.found.filter((c) => TABLE_CODES.includes(c)), []);
  assert.deepEqual(out.before.wrong, []);
  // After: each is reported.
  assert.equal(out.ready, true);
  assert.deepEqual(out.after.filter((c) => TABLE_CODES.includes(c)), TABLE_CODES);
  assert.equal(stderr, "");
});

// (where the tables are, what the one warning says after `ccbill-validate: let postal codes,
// states and phone numbers through unchecked against their country: `)
const FAILURES = [
  ["/missing", (url) => `the tables file (${url}) answered HTTP 404: serve ccbill_validate_tables.bin next to the script, or pass its URL to init() as { tables }`],
  ["/page", (url) => `the tables file (${url}) is not this release's (an HTML page in its place, or another release's file?): serve the ccbill_validate_tables.bin that came with this script`],
  ["/cut", (url) => `the tables file (${url}) is not this release's (an HTML page in its place, or another release's file?): serve the ccbill_validate_tables.bin that came with this script`],
];

for (const [path, says] of FAILURES) {
  test(`tables at ${path}: one warning naming the cause and the fix, and their checks let through`, async () => {
    const { out, warnings } = await inProcess(`
      await v.init(wasm, { tables: base + ${JSON.stringify(path)} });
      const ready = await v.tablesReady();
      const found = [1, 2, 3].map(() => codes(v.validate("createPaymentToken", WRONG)));
      console.log(JSON.stringify({ ready, found, card: codes(v.validateField("cardNumber", "4111 1111 1111 1112")) }));`);
    assert.equal(out.ready, false);
    for (const found of out.found) assert.deepEqual(found.filter((c) => TABLE_CODES.includes(c)), []);
    assert.deepEqual(out.card, ["cardNumber:luhn"], "the module works without its tables");
    const url = `${base}${path}`;
    assert.deepEqual(warnings, [
      `ccbill-validate: let postal codes, states and phone numbers through unchecked against their country: ${says(url)}`,
    ]);
  });
}

test("a server that cannot be reached: the warning names the fetch's failure and where to serve the file", async () => {
  const closed = createServer().listen(0, "127.0.0.1");
  await once(closed, "listening");
  const url = `http://127.0.0.1:${closed.address().port}/ccbill_validate_tables.bin`;
  closed.close();
  await once(closed, "close");
  const { out, warnings } = await inProcess(`
    await v.init(wasm, { tables: ${JSON.stringify(url)} });
    console.log(JSON.stringify(await v.tablesReady()));`);
  assert.equal(out, false);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], new RegExp(`the tables file \\(${url.replace(/\./g, "\\.")}\\) could not be fetched \\(.+\\): serve it from the page's origin`));
});

test("tables given as bytes load with the module: initSync() leaves them loaded at once", async () => {
  const { out } = await inProcess(`
    const tables = readFileSync(new URL("ccbill_validate_tables.bin", ${JSON.stringify(pkg.href)}));
    v.initSync(wasm, { tables });
    const now = codes(v.validate("createPaymentToken", WRONG));
    console.log(JSON.stringify({ now, ready: await pending(v.tablesReady()) }));`);
  assert.deepEqual(out.now.filter((c) => TABLE_CODES.includes(c)), TABLE_CODES);
  assert.equal(out.ready, true);
});

// The Node entry, the package by its path and the inline entry read or decode their tables as
// they do their module: loaded when init() resolves.
for (const entry of ["node.js", "index.js", "inline.js"]) {
  test(`${entry}: the tables are loaded when init() resolves`, async () => {
    const script = `
      const v = await import(${JSON.stringify(new URL(entry, pkg).href)});
      await v.init();
      const found = v.validate("createPaymentToken", ${JSON.stringify(WRONG)}).map((x) => x.propertyName + ":" + x.code);
      console.log(JSON.stringify({ found, ready: await Promise.race([v.tablesReady(), "pending"]) }));`;
    const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script]);
    const out = JSON.parse(stdout);
    assert.deepEqual(out.found.filter((c) => TABLE_CODES.includes(c)), TABLE_CODES);
    assert.equal(out.ready, true);
    assert.equal(stderr, "");
  });
}

test("tablesReady() takes no timeout or a number of milliseconds, 0 or more; nothing else", async () => {
  const v = await import(new URL("index.js", pkg));
  for (const bad of [-1, NaN, "100", null, {}]) {
    assert.throws(() => v.tablesReady(bad), { name: "TypeError", message: /^tablesReady: timeout must be/ }, String(bad));
  }
  // Never started here (this process never calls init()): a timed wait gives up, at 0 at once.
  assert.equal(await v.tablesReady(0), false);
});
