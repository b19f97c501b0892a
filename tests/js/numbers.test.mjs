// Numeric strings are read as JavaScript's Number() reads them (the widget is JavaScript): the
// package against Number() itself, on seeded random decimals that sit right at the edge of a
// whole number, where reading to a fixed number of digits goes wrong ("1.0000000000000001" is
// exactly 1 to Number()). Principle 1: what Number() reads as whole is never `notAnInteger`.
import { test } from "node:test";
import assert from "node:assert/strict";

import { init, validateField } from "../../pkg/index.js";

await init();

/** A small seeded generator (mulberry32), so a failure reproduces. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decimals near whole numbers: 1–9999 plus or minus tiny fractions, and the tie cases. */
function* edgeCases(rand, n) {
  const digits = (k) => Array.from({ length: k }, () => Math.floor(rand() * 10)).join("");
  for (let i = 0; i < n; i++) {
    const whole = 1 + Math.floor(rand() * 9998);
    const zeros = 10 + Math.floor(rand() * 12); // the fraction starts 10 to 21 places in
    const tail = digits(1 + Math.floor(rand() * 8)).replace(/^0*$/, "1");
    yield `${whole}.${"0".repeat(zeros)}${tail}`; // just above
    yield `${whole - 1}.${"9".repeat(zeros)}${tail}`; // just below
    yield `${whole}.${digits(1 + Math.floor(rand() * 20))}`; // anywhere
    yield `${whole}${"0".repeat(Math.floor(rand() * 3))}e-${Math.floor(rand() * 3)}`; // exponents
  }
}

test("clientSubacc: whole exactly when Number() reads a whole number (4,000 seeded cases)", () => {
  const rand = random(20261124);
  const wrong = [];
  for (const s of edgeCases(rand, 1000)) {
    const n = Number(s);
    const want = !Number.isInteger(n) ? "notAnInteger" : n >= 0 && n <= 9999 ? null : "outOfRange";
    const found = validateField("clientSubacc", s);
    const got = found[0]?.code ?? null;
    if (got !== want) wrong.push(`${s}: Number() = ${n}, want ${want}, got ${got}`);
  }
  assert.deepEqual(wrong.slice(0, 10), []);
});

test("the cases the issue named", () => {
  assert.deepEqual(validateField("expMonth", "1.0000000000000001"), []);
  assert.equal(validateField("expMonth", "1.0000000000000002")[0]?.code, "notAnInteger");
  assert.deepEqual(validateField("clientSubacc", "0.99999999999999997"), []);
  assert.deepEqual(validateField("clientSubacc", "2e-324"), []); // Number() reads 0
});
