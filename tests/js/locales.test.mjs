// The page's wording (pkg-template/messages.js) with the generated catalogs: English and Spanish
// exactly as the vectors say, every other language a filled, period-free sentence for every
// finding, and `options.locale` read strictly where it is not a language tag.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";

import * as ccbill from "../../pkg/index.js";
import { decode, vector } from "./vectors.mjs";

const fields = await vector("fields");
const messages = await vector("messages");
const tags = (await readdir(new URL("../../locales/", import.meta.url))).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
const catalogs = Object.fromEntries(
  await Promise.all(tags.map(async (tag) => [tag, (await import(`../../pkg/locales/${tag}.js`)).default])),
);
const CALLS = { createPaymentToken: ccbill.validateCreatePaymentToken, isScaRequired: ccbill.validateIsScaRequired,
  isScaRequiredForPaymentToken: ccbill.validateIsScaRequiredForPaymentToken, authenticateCustomer: ccbill.validateAuthenticateCustomer };

function cases() {
  return messages.cases.map((c) => {
    const input = { ...fields.valid };
    for (const [k, v] of Object.entries(c.with ?? {})) input[k] = decode(v);
    input[c.field] = decode(c.value);
    return { c, input, validate: CALLS[c.call ?? "createPaymentToken"] };
  });
}

test("English and Spanish read exactly as before: every message vector, with tags and catalogs", async () => {
  await ccbill.init();
  for (const { c, input, validate } of cases()) {
    for (const [locale, want] of [["en", c.en], ["es", c.es], ["es-MX", c.es], [catalogs.es, c.es], [catalogs.en, c.en], [undefined, c.en]]) {
      const found = validate(input, { now: fields.now, locale });
      assert.equal(found.length, 1, JSON.stringify(c));
      assert.equal(found[0].message, want, JSON.stringify(c));
    }
  }
});

test("all fifteen languages: every vector's finding is a filled sentence without a period", async () => {
  await ccbill.init();
  assert.equal(tags.length, 15);
  for (const [tag, catalog] of Object.entries(catalogs)) {
    assert.equal(catalog.tag, tag);
    for (const { c, input, validate } of cases()) {
      const [v] = validate(input, { now: fields.now, locale: catalog });
      const text = v.message.slice(v.propertyName.length + 1);
      assert.ok(v.message.startsWith(`${v.propertyName}.`), `${tag}: ${v.message}`);
      assert.doesNotMatch(text, /[.{}]|[。।]$/u, `${tag} ${c.field}: ${text}`);
      assert.ok(text.length > 3, `${tag} ${c.field}: ${text}`);
      assert.equal(v.message.split(".")[1], text, "CCBill's sample handler reads the whole text");
    }
  }
});

test("a German page: German messages, params typed per code, the codes unchanged", async () => {
  await ccbill.init();
  const de = catalogs.de;
  const input = { ...fields.valid, cardNumber: "3782 822463 10005", cvv2: "123", postalCode: "x" };
  const found = ccbill.validateCreatePaymentToken(input, { now: fields.now, locale: de });
  const english = ccbill.validateCreatePaymentToken(input, { now: fields.now });
  assert.deepEqual(found.map((v) => [v.propertyName, v.code]), [["cvv2", "cvvLength"], ["postalCode", "invalidPostalCode"]]);
  assert.deepEqual(found[0].params, { brand: "american-express", name: "American Express", cvvLength: 4 });
  assert.ok(found[1].params.examples.length >= 1);
  found.forEach((v, i) => assert.notEqual(v.message, english[i].message, "German, not English"));
  assert.match(found[0].message, /American Express/);
  assert.match(found[0].message, /4/);
});

test("options.locale: lenient tags, strict objects", async () => {
  await ccbill.init();
  const bad = { ...fields.valid, cardNumber: "4111111111111112" };
  const message = (locale) => ccbill.validateCreatePaymentToken(bad, { now: fields.now, locale })[0].message;
  assert.equal(message("fr-CA"), message("en"), "a tag without a built-in catalog is English");
  assert.equal(message("ES_ar"), message(catalogs.es));
  for (const locale of [{}, 5, true, { labels: {}, messages: {} }, new Proxy({}, { get() { throw new Error("x"); } })]) {
    assert.throws(() => ccbill.validateCreatePaymentToken(bad, { now: fields.now, locale }), TypeError);
    // Read even when the form is valid: a wrong locale never passes silently.
    assert.throws(() => ccbill.validateCreatePaymentToken(fields.valid, { now: fields.now, locale }), TypeError);
  }
});

test("language tags read as the core reads them: the shared vectors", async () => {
  // tests/vectors/tags.json: Locale::from_tag runs the same (src/options.rs).
  const { catalogOf } = await import("../../pkg/messages.js");
  ccbill.useLocales(...Object.values(catalogs));
  const { cases } = await vector("tags");
  for (const [tag, want] of cases) assert.equal(catalogOf({ locale: tag }).tag, want, tag);
});

test("each catalog words with its own tables, however often a finding repeats (the wording is kept per catalog)", async () => {
  await ccbill.init();
  const en = catalogs.en;
  const ownMessages = { ...en, messages: { ...en.messages, required: "{Label}: fill me in" } };
  const ownLabels = { ...en, labels: { ...en.labels, cardNumber: "Plastic" } };
  const input = { ...fields.valid, cardNumber: "" };
  const want = [
    [en, "cardNumber.Card number is required"],
    [ownMessages, "cardNumber.Card number: fill me in"],
    [ownLabels, "cardNumber.Plastic is required"],
    ["es", undefined],
  ];
  const spanish = ccbill.validateCreatePaymentToken(input, { now: fields.now, locale: "es" })[0].message;
  for (let round = 0; round < 3; round++) {
    for (const [locale, message] of want) {
      const found = ccbill.validateCreatePaymentToken(input, { now: fields.now, locale });
      assert.equal(found[0].message, message ?? spanish, `${round} ${JSON.stringify(message)}`);
    }
  }
  assert.notEqual(spanish, want[0][1]);
});
