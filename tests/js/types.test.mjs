// The shipped declarations as strict as the runtime (issue 23): no `any` and no stray text in any
// `.d.ts` of the built package (wasm-bindgen's output included), and isViolations(), the type
// guard for the array a guarded call throws, as the types promise. The types themselves are
// compiled by tsc (types.check.ts) and in a strict consumer project (tests/consumers/typescript.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import * as v from "../../pkg/index.js";

const pkg = fileURLToPath(new URL("../../pkg/", import.meta.url));
const files = (await readdir(pkg, { recursive: true })).filter((f) => f.endsWith(".d.ts")).sort();

test("the package ships its declarations: index, calls, the module's and each language's", () => {
  for (const name of ["index.d.ts", "calls.d.ts", "ccbill_validate.d.ts", "ccbill_validate_bg.wasm.d.ts", join("locales", "de.d.ts")]) {
    assert.ok(files.includes(name), `${name} in ${files.join(", ")}`);
  }
});

const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");

for (const file of files) {
  test(`${file}: no \`any\`, no stray text`, async () => {
    const text = await readFile(join(pkg, file), "utf8");
    const lines = code(text).split("\n");
    const anys = lines.flatMap((line, i) => (/\bany\b/.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
    assert.deepEqual(anys, [], "`any` outside comments");
    // A Rust raw string's `r"` (or `r#"`) left at the start of a doc comment or one of its lines.
    const raw = text.split("\n").flatMap((line, i) => (/^\s*(\/\*\*|\*)\s*r#*"/.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
    assert.deepEqual(raw, [], "a raw string's quote in a doc comment");
    const opened = (text.match(/\/\*/g) ?? []).length;
    const closed = (text.match(/\*\//g) ?? []).length;
    assert.equal(opened, closed, "every comment closed");
  });
}

const violation = (code) => ({ target: {}, message: "cardNumber.x", propertyName: "cardNumber", code, params: {} });

test("isViolations: true for what a guarded call throws, false for anything else thrown", async () => {
  await v.init();
  const found = v.validateCreatePaymentToken({ cardNumber: "4111 1111 1111 1112" });
  assert.ok(found.length > 0);
  assert.equal(v.isViolations(found), true);
  assert.equal(v.isViolations([violation("luhn")]), true);
  // CCBill's widget throws { target, message, propertyName } without a code: not ours.
  assert.equal(v.isViolations([{ target: {}, message: "cardNumber.Card number is not valid", propertyName: "cardNumber" }]), false);
  for (const other of [[], new Error("network"), undefined, null, "x", 5, {}, [null], [violation("luhn"), 1], { length: 1, 0: violation("luhn") }]) {
    assert.equal(v.isViolations(other), false, String(other));
  }
  const hostile = new Proxy([], { get() { throw new Error("no"); } });
  assert.equal(v.isViolations(hostile), false);
});
