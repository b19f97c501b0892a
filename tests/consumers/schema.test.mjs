// schema() in the libraries merchants use, each a fresh project installing the packed tarball with
// its own lockfile (`npm ci`): React + TanStack Form, React + react-hook-form (standardSchemaResolver)
// and Vue + VeeValidate 5, built once with Vite and opened in one Chromium; and a Hono server
// validating charge bodies through @hono/standard-validator.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { openBrowser } from "../e2e/browser.mjs";
import { serve } from "../../scripts/serve.mjs";
import { packInto, seconds, stopwatch } from "./packed.mjs";

const run = promisify(execFile);
const started = performance.now();
const repo = fileURLToPath(new URL("../..", import.meta.url));
const work = join(repo, "target", "schema-consumers");
const pages = ["tanstack-form-app", "react-hook-form-app", "vee-validate-app"];
const apps = [...pages, "hono-app"];

const { timings, timed } = stopwatch();

// Each app depends on "file:../ccbill-validate.tgz". Its lockfile holds no integrity for it (npm would
// otherwise install a cached tarball of that hash); dropping it here too keeps a re-lock harmless.
// To re-lock an app after changing its dependencies: run this file with KEEP_CONSUMERS=1, then
// `npm install --package-lock-only` in target/schema-consumers/<app> and copy the lock back.
async function install(app) {
  const dir = join(work, app);
  await cp(fileURLToPath(new URL(app, import.meta.url)), dir, { recursive: true });
  const lockPath = join(dir, "package-lock.json");
  const lock = JSON.parse(await readFile(lockPath, "utf8"));
  delete lock.packages["node_modules/ccbill-validate"].integrity;
  await writeFile(lockPath, JSON.stringify(lock, null, 2));
  await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir });
  return dir;
}

let server;
let browser;

before(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await timed("pack", () => packInto(work));
  await timed("npm ci (4 apps, in parallel)", () => Promise.all(apps.map(install)));
  // One after the other: each Vite build already uses both cores.
  await timed("vite build (3 apps)", async () => {
    for (const app of pages) {
      await run(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { cwd: join(work, app) });
    }
  });
  server = await serve({ port: 0, mounts: pages.map((app) => [`/${app}/`, join(work, app, "dist")]) });
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  if (server) await new Promise((ok) => server.close(ok));
  if (!process.env.KEEP_CONSUMERS) await rm(work, { recursive: true, force: true });
  process.stderr.write(`schema consumers: ${timings.join(", ")}; whole file ${seconds(performance.now() - started)}\n`);
});

const year = String(new Date().getFullYear() + 2);
const form = {
  nameOnCard: "Ana María Pérez",
  cardNumber: "4111 1111 1111 1111",
  expMonth: "11",
  expYear: year,
  cvv2: "123",
  firstName: "Ana María",
  lastName: "Pérez",
  country: "ES",
  postalCode: "28013",
  email: "ana@example.es",
};

// The same checkout in each app: a wrong check digit shows the schema's Spanish sentence right after
// the card field and nowhere else; corrected, the form submits the values as typed.
async function checkout(app) {
  const page = await browser.page();
  const problems = [];
  const onConsole = (m) => m.type() === "error" && problems.push(m.text());
  const onError = (e) => problems.push(e.message);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/${app}/`);
    for (const [name, value] of Object.entries({ ...form, cardNumber: "4111 1111 1111 1112" })) {
      await page.locator(`#${name}`).fill(value);
    }
    await page.locator("button[type=submit]").click();
    const error = page.locator("#cardNumber + .error"); // next to its field
    await error.waitFor();
    assert.equal(await error.textContent(), "El número de tarjeta no es válido, revise los dígitos");
    assert.equal(await page.locator(".error").count(), 1);
    if (app === "tanstack-form-app") assert.equal(await error.getAttribute("data-code"), "luhn");

    await page.locator("#cardNumber").fill(form.cardNumber);
    await page.locator("button[type=submit]").click();
    const sent = page.locator("output");
    await sent.waitFor();
    assert.deepEqual(JSON.parse(await sent.textContent()), form);
    assert.equal(await page.locator(".error").count(), 0);
    assert.deepEqual(problems, [], "no console errors, under the package's strict Content-Security-Policy");
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
}

test("React + TanStack Form: schema() as the form's validator", () => checkout("tanstack-form-app"));

test("TypeScript, strict: schema<Values>() fits TanStack Form's validator types", async () => {
  const tsc = join(repo, "node_modules/typescript/bin/tsc");
  const flags = ["--noEmit", "--strict", "--skipLibCheck", "--jsx", "react-jsx", "--target", "es2022"];
  const modules = ["--module", "nodenext", "--moduleResolution", "nodenext"];
  await run(process.execPath, [tsc, ...flags, ...modules, "types.check.tsx"], { cwd: join(work, "tanstack-form-app") });
});

test("React + react-hook-form: schema() through standardSchemaResolver", () => checkout("react-hook-form-app"));

test("Vue + VeeValidate 5: schema() as the validationSchema", () => checkout("vee-validate-app"));

test("Hono: a charge body through @hono/standard-validator, 400 with the issues or 200", async () => {
  const cwd = join(work, "hono-app");
  const child = spawn(process.execPath, ["server.mjs", "0"], { cwd, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [chunk] = await Promise.race([
      once(child.stdout, "data"),
      once(child, "exit").then(([code]) => Promise.reject(new Error(`the server exited with ${code}`))),
    ]);
    const url = `http://127.0.0.1:${Number(String(chunk).trim())}/charge`;
    const headers = { "content-type": "application/json" };
    const post = (body) => fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
    const good = {
      paymentTokenId: "01047ed6f3b440c7a2ccc6abc1ad0a84",
      clientAccnum: 900000,
      clientSubacc: 0,
      initialPrice: "9.99",
      initialPeriod: 30,
      currencyCode: 840,
    };

    const ok = await post(good);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { paymentTokenId: good.paymentTokenId });

    const posted = { ...good, paymentTokenId: "YOUR-PAYMENT-TOKEN", initialPrice: "9.999" };
    const bad = await post(posted);
    assert.equal(bad.status, 400);
    const { success, error, data } = await bad.json();
    assert.equal(success, false);
    // Hono's validator echoes the body beside the issues (the README warns: charge bodies only).
    assert.deepEqual(data, posted);
    assert.deepEqual(error, [
      {
        message: "El identificador del token de pago solo puede contener letras y dígitos",
        path: ["paymentTokenId"],
        code: "pattern",
        params: {},
      },
      {
        message: "El precio inicial puede tener como máximo 2 decimales",
        path: ["initialPrice"],
        code: "tooManyDecimals",
        params: { max: 2 },
      },
    ]);

    const notAnObject = await post(null);
    assert.equal(notAnObject.status, 400);
    const expected = [{ message: "Se esperaba un objeto con los campos", code: "notAnObject" }];
    assert.deepEqual((await notAnObject.json()).error, expected);
  } finally {
    child.kill();
    if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
  }
});
