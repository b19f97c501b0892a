// A strict TypeScript project (tests/consumers/typescript-app: `strict`, `exactOptionalPropertyTypes`,
// `noUncheckedIndexedAccess`, no skipLibCheck) installing the packed tarball as a merchant would:
// typical merchant code (the six widget calls, narrowing on `code`, CCBill's global, install, guard,
// attach, isViolations) compiles, its misspelt keys do not, and the compiled backend part runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { packInto, repo, seconds, stopwatch } from "./packed.mjs";

const run = promisify(execFile);
const started = performance.now();
const work = join(repo, "target", "typescript-consumer");
const app = join(work, "typescript-app");
const tsc = join(repo, "node_modules/typescript/bin/tsc");
const { timings, timed } = stopwatch();

before(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await timed("pack", () => packInto(work));
  await cp(fileURLToPath(new URL("typescript-app", import.meta.url)), app, { recursive: true });
  const manifest = { name: "typescript-app", private: true, type: "module", dependencies: { "ccbill-validate": "file:../ccbill-validate.tgz" } };
  await writeFile(join(app, "package.json"), JSON.stringify(manifest, null, 2));
  await timed("npm install", () => run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: app }));
});

after(async () => {
  if (!process.env.KEEP_CONSUMERS) await rm(work, { recursive: true, force: true });
  process.stderr.write(`typescript consumer: ${timings.join(", ")}; whole file ${seconds(performance.now() - started)}\n`);
});

/** tsc's diagnostics for the project in `dir` (`[]` when it compiles). */
async function compile(dir) {
  try {
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir });
    return [];
  } catch (error) {
    if (typeof error.stdout !== "string") throw error;
    return error.stdout.trim().split("\n").filter((line) => /error TS\d+/.test(line));
  }
}

test("typical merchant code compiles under strict, its @ts-expect-error lines included, and runs", async () => {
  assert.deepEqual(await timed("tsc", () => compile(app)), []);
  const { stdout } = await run(process.execPath, ["dist/server.js"], { cwd: app });
  const out = JSON.parse(stdout);
  // The wrong check digit, in each call that reads the card; the token-only calls are clean.
  assert.deepEqual(out.calls.createPaymentToken, ["cardNumber:luhn"]);
  assert.deepEqual(out.calls.isScaRequired, ["cardNumber:luhn"]);
  assert.deepEqual(out.calls.isScaRequiredForPaymentToken, []);
  assert.deepEqual(out.calls.authenticateCustomer, []);
  assert.deepEqual(out.calls.createPaymentToken3DS, ["cardNumber:luhn"]);
  assert.deepEqual(out.calls.authenticateCustomerAndCreatePaymentToken, ["cardNumber:luhn"]);
  assert.equal(out.field, null);
  assert.equal(out.charge, 0);
});

test("without @ts-expect-error, each misspelt key is a compile error naming the key", async () => {
  const copy = join(work, "typescript-app-unchecked");
  await cp(app, copy, { recursive: true, filter: (path) => !path.includes("/dist") });
  for (const file of ["checkout.ts", "page.ts"]) {
    const path = join(copy, file);
    await writeFile(path, (await readFile(path, "utf8")).replace(/^(\s*)\/\/ @ts-expect-error.*$/gm, "$1//"));
  }
  const errors = await timed("tsc (unchecked)", () => compile(copy));
  assert.equal(errors.length, 4, errors.join("\n"));
  assert.match(errors[0], /checkout\.ts.*'cardnumber' does not exist/);
  assert.match(errors[1], /checkout\.ts.*'browserUserAgnet' does not exist/);
  assert.match(errors[2], /checkout\.ts.*'postalCode' does not exist/);
  assert.match(errors[3], /page\.ts.*TS2554/); // the widget's constructor without its application id
});
