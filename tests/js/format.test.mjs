// The DOM-free input helpers of the built package (pkg/): formatCardNumber, parseExpiry,
// expandYear, fieldAttributes. Card numbers are published test numbers (tests/vectors/brands.json).
import { test, before } from "node:test";
import assert from "node:assert/strict";

import { init, cardBrand, formatCardNumber, formatExpiry, parseExpiry, expandYear, fieldAttributes, fieldProps, validateField } from "../../pkg/index.js";
import { FIELD_HINTS } from "../../pkg/facts.js";

before(() => init());

// A caret is written as "|" in the tables: "41|11" is "4111" with the caret at 2.
const split = (s) => ({ value: s.replace("|", ""), caret: s.includes("|") ? s.indexOf("|") : undefined });
const show = ({ value, caret }) => `${value.slice(0, caret)}|${value.slice(caret)}`;

test("formatCardNumber groups every brand by its gaps, up to its longest length", () => {
  const cases = [
    ["visa", "4111111111111111", "4111 1111 1111 1111"],
    ["visa, 13 digits", "4222222222222", "4222 2222 2222 2"],
    ["visa, 19 digits", "4111111111111111111", "4111 1111 1111 1111111"],
    ["visa, 20 digits cut to 19", "41111111111111111112", "4111 1111 1111 1111111"],
    ["mastercard", "5555555555554444", "5555 5555 5555 4444"],
    ["mastercard 2-series", "2223003122003222", "2223 0031 2200 3222"],
    ["mastercard, 17 digits cut to 16", "55555555555544441", "5555 5555 5555 4444"],
    ["american express", "378282246310005", "3782 822463 10005"],
    ["american express, 16 digits cut to 15", "3782822463100051", "3782 822463 10005"],
    ["diners club 14", "30569309025904", "3056 930902 5904"],
    ["diners club 19", "3056930902590412345", "3056 930902 590412345"],
    ["discover", "6011111111111117", "6011 1111 1111 1117"],
    ["jcb", "3530111333300000", "3530 1113 3330 0000"],
    ["unionpay", "6200000000000005", "6200 0000 0000 0005"],
    ["maestro", "6759649826438453", "6759 6498 2643 8453"],
    ["elo", "6362970000457013", "6362 9700 0045 7013"],
    ["hipercard", "6062826786276634", "6062 8267 8627 6634"],
    ["mir", "2200000000000004", "2200 0000 0000 0004"],
    ["unknown brand: groups of four, up to 19", "99999999999999999999", "9999 9999 9999 9999999"],
    ["partial amex", "37828", "3782 8"],
    ["empty", "", ""],
  ];
  for (const [what, digits, formatted] of cases) {
    assert.deepEqual(formatCardNumber(digits), { value: formatted, caret: formatted.length }, what);
    // Formatting a formatted number changes nothing; its digits are the input's (capped) digits.
    assert.equal(formatCardNumber(formatted).value, formatted, `${what}: idempotent`);
  }
});

test("formatCardNumber's gaps are cardBrand's, for every brand", () => {
  const numbers = ["4111111111111111", "5555555555554444", "378282246310005", "30569309025904", "6011111111111117",
    "3530111333300000", "6200000000000005", "6759649826438453", "6362970000457013", "6062826786276634", "2200000000000004"];
  const seen = new Set();
  for (const number of numbers) {
    const brand = cardBrand(number);
    seen.add(brand.brand);
    const groups = formatCardNumber(number).value.split(" ").map((g) => g.length);
    const ends = groups.slice(0, -1).map((_, i) => groups.slice(0, i + 1).reduce((a, b) => a + b));
    assert.deepEqual(ends, brand.gaps.filter((g) => g < number.length), brand.brand);
  }
  assert.equal(seen.size, 11, "every brand covered");
});

test("formatCardNumber keeps the caret after the same digit", () => {
  const cases = [
    ["typing the fifth digit", "41111|", "4111 1|"],
    ["typing the fourth digit: no trailing space", "4111|", "4111|"],
    ["typing in the middle", "419|11 1111", "419|1 1111 1"],
    ["typing before a space", "41112| 1111", "4111 2|111 1"],
    ["caret at the start", "|4111 1111", "|4111 1111"],
    ["caret after a space stays after the digit before it", "4111 |1111", "4111| 1111"],
    ["deleting in the middle", "41|1 1111 1", "41|11 1111"],
    ["amex gap at 10", "3782 82246|3", "3782 82246|3"],
    ["amex crossing the second gap", "3782 8224631|", "3782 822463 1|"],
    ["digits past the brand's maximum are dropped; caret at the end", "3782 822463 10005 9|", "3782 822463 10005|"],
  ];
  for (const [what, input, expected] of cases) {
    const { value, caret } = split(input);
    assert.equal(show(formatCardNumber(value, caret)), expected, what);
  }
});

test("formatCardNumber reformats pasted text, whatever its separators", () => {
  const cases = [
    ["dashes", "4111-1111-1111-1111|", "4111 1111 1111 1111|"],
    ["dots and spaces", " 4111.1111 1111.1111 |", "4111 1111 1111 1111|"],
    ["amex as printed", "3782-822463-10005|", "3782 822463 10005|"],
    ["pasted in the middle of other digits", "41111111 1111|", "4111 1111 1111|"],
    ["letters dropped", "4111abc1111|", "4111 1111|"],
    ["full-width digits are not digits the widget reads: dropped", "４１１１|", "|"],
  ];
  for (const [what, input, expected] of cases) {
    const { value, caret } = split(input);
    assert.equal(show(formatCardNumber(value, caret)), expected, what);
  }
});

test("the digits of a formatted number are what CCBill's rules accept", () => {
  for (const number of ["4111 1111 1111 1111", "3782-822463-10005"]) {
    const digits = formatCardNumber(number).value.replace(/\D/g, "");
    assert.match(digits, /^\d+$/);
    assert.deepEqual(validateField("cardNumber", digits), []);
  }
});

test("formatExpiry shows MM / YY as the customer types, caret kept", () => {
  const cases = [
    ["1|", "1|"],
    ["12|", "12 / |"],
    ["122|", "12 / 2|"],
    ["1227|", "12 / 27|"],
    ["122027|", "12 / 2027|"],
    ["1220271|", "12 / 2027|"], // six digits at most
    ["2|", "02 / |"], // no month starts with 2–9
    ["1/|", "01 / |"],
    ["1 |", "01 / |"],
    ["0|", "0|"],
    ["0/|", "0|"], // not month 00
    ["12 / 27|", "12 / 27|"], // already formatted: unchanged
    ["12/27|", "12 / 27|"], // pasted or autofilled
    ["1|2 / 27", "1|2 / 27"], // caret inside the month
    ["12| / 27", "12 / |27"], // after the month: typing goes on in the year
    ["12 / 2|7", "12 / 2|7"],
    ["|", "|"],
  ];
  for (const [input, expected] of cases) {
    const { value, caret } = split(input);
    assert.equal(show(formatExpiry(value, caret)), expected, input);
  }
});

const NOW_2026 = "2026-11-24T12:00:00Z";
const NOW_2095 = "2095-06-01T12:00:00Z";

test("parseExpiry reads MM/YY, MM / YYYY, MMYY and partial input", () => {
  const cases = [
    ["12/27", NOW_2026, "12", "2027"],
    ["12 / 27", NOW_2026, "12", "2027"],
    ["12 / 2027", NOW_2026, "12", "2027"],
    ["12/2027", NOW_2026, "12", "2027"],
    ["1227", NOW_2026, "12", "2027"],
    ["122027", NOW_2026, "12", "2027"],
    ["1/27", NOW_2026, "01", "2027"],
    ["01-27", NOW_2026, "01", "2027"],
    ["12.27", NOW_2026, "12", "2027"],
    ["227", NOW_2026, "02", "2027"], // a first digit of 2–9 is a one-digit month
    ["", NOW_2026, "", ""],
    ["1", NOW_2026, "1", ""], // 1 or 10–12: not decided yet
    ["0", NOW_2026, "0", ""],
    ["2", NOW_2026, "02", ""],
    ["12", NOW_2026, "12", ""],
    ["12/", NOW_2026, "12", ""],
    ["12 / 2", NOW_2026, "12", "2"], // one or three year digits pass as typed
    ["12 / 202", NOW_2026, "12", "202"],
    ["122", NOW_2026, "12", "2"],
    ["13/27", NOW_2026, "13", "2027"], // reported by the validator, not guessed
    ["ab/cd", NOW_2026, "ab/cd", ""],
  ];
  for (const [text, now, expMonth, expYear] of cases) {
    assert.deepEqual(parseExpiry(text, { now }), { expMonth, expYear }, JSON.stringify(text));
  }
});

test("two-digit years map into [now − 20, now + 79], across a century boundary", () => {
  const cases = [
    // In 2026: 2006–2105.
    ["27", NOW_2026, "2027"],
    ["06", NOW_2026, "2006"],
    ["05", NOW_2026, "2105"],
    ["99", NOW_2026, "2099"],
    ["00", NOW_2026, "2100"],
    ["18", NOW_2026, "2018"],
    // In 2095: 2075–2174. A card from 2096 to 2100 and one past 2100 both read as meant.
    ["95", NOW_2095, "2095"],
    ["99", NOW_2095, "2099"],
    ["00", NOW_2095, "2100"],
    ["03", NOW_2095, "2103"],
    ["75", NOW_2095, "2075"],
    ["74", NOW_2095, "2174"],
  ];
  for (const [yy, now, year] of cases) {
    assert.equal(expandYear(yy, now), year, `${yy} in ${now.slice(0, 4)}`);
    assert.deepEqual(parseExpiry(`12/${yy}`, { now }), { expMonth: "12", expYear: year });
  }
  // Four digits are never remapped.
  assert.deepEqual(parseExpiry("12 / 2103", { now: NOW_2026 }), { expMonth: "12", expYear: "2103" });
  assert.deepEqual(parseExpiry("12 / 1999", { now: NOW_2095 }), { expMonth: "12", expYear: "1999" });
});

test("parseExpiry never rejects an expiry CCBill accepts: every month to 2100, in two and four digits", () => {
  for (const now of [NOW_2026, "2021-01-01T12:00:00Z", "2038-12-31T12:00:00Z"]) {
    const from = new Date(now).getUTCFullYear();
    for (let year = from; year <= 2100; year++) {
      for (const month of ["01", "06", "12"]) {
        for (const text of [`${month}/${String(year).slice(2)}`, `${month} / ${year}`, `${month}${String(year).slice(2)}`]) {
          const parsed = parseExpiry(text, { now });
          assert.equal(parsed.expYear, String(year), `${text} in ${from}`);
          const input = { expMonth: parsed.expMonth, expYear: parsed.expYear };
          assert.deepEqual(validateField("expYear", parsed.expYear, input, { now: `${from}-01-01T12:00:00Z` }), [], text);
          assert.deepEqual(validateField("expMonth", parsed.expMonth, input), [], text);
        }
      }
    }
  }
});

test("fieldAttributes gives autocomplete, inputmode and maxlength per CCBill field", () => {
  const cases = [
    ["cardNumber", { autocomplete: "cc-number", inputMode: "numeric" }],
    ["nameOnCard", { autocomplete: "cc-name", maxLength: 45 }],
    ["expMonth", { autocomplete: "cc-exp-month", inputMode: "numeric", maxLength: 2 }],
    ["expYear", { autocomplete: "cc-exp-year", inputMode: "numeric", maxLength: 4 }],
    ["expiry", { autocomplete: "cc-exp", inputMode: "numeric" }],
    ["cvv2", { autocomplete: "cc-csc", inputMode: "numeric", maxLength: 4 }],
    ["postalCode", { autocomplete: "postal-code", maxLength: 16 }],
    ["phoneNumber", { autocomplete: "tel", inputMode: "tel" }],
    ["email", { autocomplete: "email", inputMode: "email", maxLength: 254 }],
    ["country", { autocomplete: "country" }],
    ["currencyCode", null],
    ["ipAddress", null],
    ["toString", null],
  ];
  for (const [name, expected] of cases) assert.deepEqual(fieldAttributes(name), expected, name);
  // A fresh object each time: a caller may change it.
  fieldAttributes("cvv2").maxLength = 99;
  assert.equal(fieldAttributes("cvv2").maxLength, 4);
});

test("fieldProps gives the same hints under JSX's names, for every field", () => {
  assert.deepEqual(fieldProps("cvv2"), { autoComplete: "cc-csc", inputMode: "numeric", maxLength: 4 });
  assert.deepEqual(fieldProps("nameOnCard"), { autoComplete: "cc-name", maxLength: 45 });
  assert.equal(fieldProps("ipAddress"), null);
  assert.equal(fieldProps("toString"), null);
  // React 19 warns on any DOM property it does not know, `autocomplete` among them: JSX names only.
  const jsx = new Set(["autoComplete", "inputMode", "maxLength"]);
  for (const name of [...Object.keys(FIELD_HINTS)]) {
    const attributes = fieldAttributes(name);
    const props = fieldProps(name);
    assert.ok(Object.keys(props).every((key) => jsx.has(key)), name);
    assert.deepEqual(props, { autoComplete: attributes.autocomplete, ...(({ autocomplete, ...rest }) => rest)(attributes) }, name);
  }
});

test("each maxlength is CCBill's own bound: at the bound valid, one more rejected", () => {
  for (const name of ["nameOnCard", "address1", "address2", "city"]) {
    const max = fieldAttributes(name).maxLength;
    const at = "a".repeat(max);
    assert.equal(at.length, max, name);
    assert.deepEqual(validateField(name, at), [], `${name} at ${max}`);
    assert.notDeepEqual(validateField(name, `${at}a`), [], `${name} at ${max + 1}`);
  }
});
