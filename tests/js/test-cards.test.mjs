// The npm README's test cards: each row of its table, run through the validator, gives the code
// the table says (so the table cannot drift from the rules).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as ccbill from "../../pkg/node.js";

const README = await readFile(new URL("../../pkg-template/README.md", import.meta.url), "utf8");
const section = README.split("### Test cards")[1].split("\n### ")[0];
const rows = [...section.matchAll(/^\| (\w+) \| (.+?) \| (.+?) \|$/gm)]
  .filter(([, field]) => field !== "field")
  .map(([, field, value, code]) => ({
    field,
    value: value.startsWith("(empty)") ? "" : value.match(/`([^`]*)`/)[1],
    note: value,
    code: code === "none" ? null : code.replaceAll("`", ""),
  }));
const AMEX = "378282246310005";
const valid = {
  clientAccnum: 900000, clientSubacc: 0, nameOnCard: "Tyler Thomas", cardNumber: "4111111111111111",
  expMonth: "12", expYear: "2030", cvv2: "123", firstName: "Tyler", lastName: "Thomas", country: "US",
  postalCode: "85281", email: "t@example.com",
};

test("every test card of the README gives its code, and only on its field", async () => {
  await ccbill.init();
  assert.ok(rows.length >= 15, `${rows.length} rows read`);
  const options = { version: "1.13", now: Date.parse("2026-12-05T12:00:00Z") };
  for (const { field, value, note, code } of rows) {
    const input = { ...valid, [field]: value };
    // The American Express rows: its number with a 4-digit code, or the 3-digit code with its number.
    if (note.includes("American Express")) Object.assign(input, field === "cvv2" ? { cardNumber: AMEX } : { cvv2: "1234" });
    const found = ccbill.validateCreatePaymentToken(input, options);
    assert.deepEqual(found.map((v) => [v.propertyName, v.code]), code ? [[field, code]] : [], `${field} ${note}`);
  }
});
