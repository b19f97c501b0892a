// The page's wording: the module returns findings (propertyName, code, params) and this file words
// them, once, for every export. The catalogs are generated from locales/<tag>.json, the same
// sources as the Rust catalogs (scripts/locales.py); English and Spanish are built in, every
// other language is a module of its own (`ccbill-validate/locales/<tag>`), passed as
// `options.locale`, so a page pays only for the languages it imports.
import en from "./locales/en.js";
import es from "./locales/es.js";

/** The catalogs a language tag may name: English, Spanish, and those given to useLocales(). */
const known = new Map([
  ["en", en],
  ["es", es],
]);

/**
 * Lets language tags name these catalogs too, so that a page whose `<html lang>` is "de" gets
 * German from attach() and guard(): `useLocales(de, fr)` with the default exports of
 * `ccbill-validate/locales/<tag>`. Explicit on purpose: importing a locale has no side effect.
 */
export function useLocales(...catalogs) {
  for (const value of catalogs) {
    const catalog = readCatalog(value);
    if (typeof catalog?.tag !== "string") {
      throw new TypeError("useLocales() takes catalogs from ccbill-validate/locales/<tag>");
    }
    known.set(catalog.tag.toLowerCase(), catalog);
  }
}

/**
 * The catalog of a language tag, read leniently as `<html lang>` is passed straight through:
 * "es-MX" is Spanish, "zh-TW" Traditional Chinese, "nb" Norwegian, "pt" Brazilian Portuguese
 * (as src/options.rs `Locale::from_tag` reads them); a language with no catalog here is English.
 */
function catalogOfTag(tag) {
  const parts = tag.toLowerCase().split(/[-_]/);
  const lang = parts[0];
  const wanted =
    lang === "zh"
      ? parts.some((p) => ["hant", "tw", "hk", "mo"].includes(p)) ? "zh-hant" : "zh-hans"
      : lang === "pt" ? "pt-br" : lang === "nb" || lang === "nn" ? "no" : lang;
  return known.get(wanted) ?? en;
}

/**
 * The catalog `options.locale` names: a catalog module's default export, or a language tag
 * (see catalogOfTag). Anything else is the caller's mistake: a TypeError.
 */
export function catalogOf(options) {
  let locale;
  try {
    locale = options?.locale;
  } catch {
    locale = undefined; // a throwing getter: the module already read these options
  }
  if (locale === undefined || locale === null) return en;
  if (typeof locale === "string") return catalogOfTag(locale);
  const catalog = readCatalog(locale);
  if (!catalog) {
    throw new TypeError(
      'options.locale must be a language tag ("en", "es") or a catalog from ccbill-validate/locales/<tag>',
    );
  }
  return catalog;
}

/** A catalog's tables, read once (a hostile object throws nothing out of here). */
function readCatalog(value) {
  try {
    const { tag, labels, messages, lengths, status } = value;
    const isTable = (t) => typeof t === "object" && t !== null;
    const all = [labels, messages, lengths, status].every(isTable);
    return all ? { tag, labels, messages, lengths, status } : null;
  } catch {
    return null;
  }
}

/** Words each violation the module returned (`message` is `"<propertyName>.<text>"`). */
export function word(violations, options) {
  const catalog = catalogOf(options); // read even when there is nothing to word: a bad locale throws
  if (violations.length === 0) return violations;
  const memo = memoOf(catalog);
  for (const v of violations) {
    // Everything text() reads: a finding's params are JSON, from the module.
    const key = `${v.propertyName}\0${v.code}\0${v[VARIANT]}\0${JSON.stringify(v.params)}`;
    let message = memo.get(key);
    if (message === undefined) {
      message = `${v.propertyName}.${text(catalog, v)}`;
      if (memo.size < MEMO_SIZE) memo.set(key, message);
    }
    v.message = message;
  }
  return violations;
}

/**
 * Each catalog's sentences as worded, by finding: a form's findings repeat (a few dozen kinds
 * across the bench's 10,000 forms), and wording one again cost more than finding it. Keyed by the
 * catalog's own `messages` table (an object locale is read into a new catalog at each call), and
 * bounded: the params (a postal code's examples, a card's lengths) make some keys rare. A catalog
 * is read once: one changed in place after its first use keeps its old sentences.
 */
const memos = new WeakMap();
const MEMO_SIZE = 1024;

function memoOf({ messages, labels, lengths }) {
  let entry = memos.get(messages);
  if (entry === undefined || entry.labels !== labels || entry.lengths !== lengths) {
    entry = { labels, lengths, words: new Map() };
    memos.set(messages, entry);
  }
  return entry.words;
}

/** Which of its code's sentences words a violation: the core says (src/boundary.js puts it here). */
const VARIANT = Symbol.for("ccbill-validate.variant");

/** The sentence of `<code>.<propertyName>`, `<code>.<variant>` or `<code>`, filled in. */
function text({ labels, messages, lengths }, violation) {
  const { propertyName, code, params } = violation;
  const own = (key) => (Object.hasOwn(messages, key) ? String(messages[key]) : undefined);
  const v = violation[VARIANT];
  const sentence = own(`${code}.${propertyName}`) ?? (v && own(`${code}.${v}`)) ?? own(code) ?? code;
  const label = (name) => (Object.hasOwn(labels, name) ? String(labels[name]) : name);
  return sentence.replace(/\{(\w+)\}/g, (whole, name) => {
    switch (name) {
      case "label":
        return label(propertyName);
      case "Label":
        return capitalize(label(propertyName));
      case "other":
        return label(params.other);
      case "otherLower":
        return label(params.other).toLowerCase();
      case "example":
        return params.examples[0];
      case "example2":
        return params.examples[1];
      case "lengths":
        return list(params.lengths, lengths);
      default:
        return Object.hasOwn(params, name) ? String(params[name]) : whole;
    }
  });
}

/** A sentence's start: the first letter upper-cased (a whole code point). */
function capitalize(s) {
  const first = String.fromCodePoint(s.codePointAt(0) ?? 32);
  return s ? first.toUpperCase() + s.slice(first.length) : s;
}

/** `15`, `16 or 19`, `13, 16, 18 or 19`, or a run of three or more as `16 to 19`. */
function list(ns, { from, to, comma, or }) {
  const run = ns.length >= 3 && ns.every((n, i) => i === 0 || n === ns[i - 1] + 1);
  if (run) return `${from}${ns[0]}${to}${ns.at(-1)}`;
  return ns.map((n, i) => (i === 0 ? "" : i === ns.length - 1 ? or : comma) + n).join("");
}
