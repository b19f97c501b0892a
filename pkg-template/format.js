// Input helpers with no DOM, for any framework (React, Vue, Svelte, plain inputs): they take and
// return plain values. Formatting is for the customer's eyes only: what CCBill's widget reads is
// the card number's digits and the two expiry fields, never the formatted text.
import { cardBrand } from "./core.js";
import { CARD, FIELD_HINTS } from "./facts.js";

const isDigit = (c) => c >= "0" && c <= "9";

/**
 * A value as the validators read a field: a string as it is, a number or boolean as JavaScript
 * writes it, `null`/`undefined` as `""`. Anything else is a TypeError, never converted: its
 * `toString` could throw, or hand over what it likes.
 */
function textOf(value, caller) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new TypeError(`${caller}: the value must be a string or a number`);
}

/** The UTC year of `now` (a Date, a time value or a date string; default: the current time). */
function utcYear(now, caller) {
  let ms;
  if (now == null) ms = Date.now();
  else if (typeof now === "number") ms = now;
  else if (typeof now === "string") ms = Date.parse(now);
  else {
    try {
      ms = Date.prototype.getTime.call(now); // a real Date only, never a conversion
    } catch {
      ms = NaN;
    }
  }
  const year = new Date(ms).getUTCFullYear();
  if (Number.isNaN(year)) throw new TypeError(`${caller}: now must be a Date, a time value or a date string`);
  return year;
}

/** `options[key]`, for an options object that may be anything a page passes. */
function optionOf(options, key, caller) {
  if (options == null) return undefined;
  if (typeof options !== "object") throw new TypeError(`${caller}: options must be an object`);
  try {
    return options[key];
  } catch {
    throw new TypeError(`${caller}: options.${key} could not be read`);
  }
}

/**
 * The card number grouped by its brand's gaps (`4111 1111 1111 1111`, `3782 822463 10005`), with
 * the caret kept after the same digit. Everything but ASCII digits is dropped (pasted dashes,
 * spaces, letters), and the digits stop at the brand's longest length (19 when the brand is
 * unknown). `caret` is an index into `value` (default: its end). Returns `{ value, caret }`.
 * The digits alone, `value.replace(/\D/g, "")`, are what the widget should read.
 */
export function formatCardNumber(value, caret) {
  const raw = textOf(value, "formatCardNumber");
  const at = Math.min(Math.max(Number.isInteger(caret) ? caret : raw.length, 0), raw.length);
  let digits = "";
  let before = 0; // digits left of the caret
  for (let i = 0; i < raw.length; i++) {
    if (!isDigit(raw[i])) continue;
    digits += raw[i];
    if (i < at) before++;
  }
  const brand = digits ? cardBrand(digits) : null;
  const max = brand ? Math.max(...brand.lengths) : CARD.maxDigits;
  digits = digits.slice(0, max);
  before = Math.min(before, digits.length);
  const gaps = brand?.gaps ?? CARD.gaps;
  let out = "";
  let caretOut = 0;
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && gaps.includes(i)) out += " ";
    out += digits[i];
    if (i + 1 === before) caretOut = out.length;
  }
  return { value: out, caret: caretOut };
}

/**
 * One expiry field as `MM / YY` (or `MM / YYYY`) while the customer types, with the caret kept
 * after the same digit: `1227` shows `12 / 27`, `2` shows `02 / ` (no month starts with 2–9),
 * and `1/` shows `01 / `. Digits past six are dropped. `parseExpiry` reads the result.
 * Returns `{ value, caret }`.
 */
export function formatExpiry(value, caret) {
  const raw = textOf(value, "formatExpiry");
  const at = Math.min(Math.max(Number.isInteger(caret) ? caret : raw.length, 0), raw.length);
  let digits = "";
  let before = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isDigit(raw[i])) continue;
    digits += raw[i];
    if (i < at) before++;
  }
  // A first digit of 2–9, or one digit and a separator: a one-digit month.
  if (digits && (digits[0] >= "2" || /^\s*[1-9]\s*[/\-.\s]/.test(raw))) {
    digits = `0${digits}`;
    if (before > 0) before++;
  }
  digits = digits.slice(0, 6);
  before = Math.min(before, digits.length);
  if (digits.length < 2) return { value: digits, caret: before };
  const out = `${digits.slice(0, 2)} / ${digits.slice(2)}`;
  return { value: out, caret: before < 2 ? before : before + 3 };
}

/**
 * The year the customer means by two digits: the one ending in them within [now − 20, now + 79]
 * (UTC year of `now`). In 2026 that is 2006–2105: `27` is 2027, `99` 2099, `00` 2100 (CCBill
 * accepts up to 2100) and `05` 2105. In 2095 it is 2075–2174: `03` is 2103. Every year CCBill
 * accepts (the current one to 2100) is reachable with two digits from 2021 on, and four digits
 * always pass through as typed.
 */
export function expandYear(twoDigits, now) {
  const yy = Number(textOf(twoDigits, "expandYear"));
  const current = utcYear(now, "expandYear");
  const low = current - 20;
  return String(low + ((((yy - low) % 100) + 100) % 100));
}

/**
 * The widget's `expMonth` and `expYear` from what a customer types in one expiry field:
 * `MM/YY`, `MM / YYYY`, `M/YY`, `MMYY`, `MMYYYY`, or a part of one while typing. A two-digit year
 * becomes four digits (`expandYear`); one or three year digits are passed on as typed, and so is
 * anything that is not digits and separators, for the validator to report. Without a separator, a
 * first digit of 2–9 is a one-digit month (`227` is February 2027). `options.now` (a Date,
 * timestamp or date string) sets the century window; default: the current time.
 * Returns `{ expMonth, expYear }`, strings, `""` for a part not typed yet.
 */
export function parseExpiry(text, options) {
  const raw = textOf(text, "parseExpiry").trim();
  const now = optionOf(options, "now", "parseExpiry");
  let month = raw;
  let year = "";
  const separated = /^(\d{1,2})\s*[/\-.\s]\s*(\d*)$/.exec(raw);
  if (separated) {
    [, month, year] = separated;
    month = month.padStart(2, "0");
  } else if (/^\d+$/.test(raw)) {
    const split = raw[0] >= "2" ? 1 : 2;
    month = raw.slice(0, split);
    year = raw.slice(split);
    if (month.length === 1 && (year || raw[0] >= "2")) month = `0${month}`;
  }
  if (year.length === 2) year = expandYear(year, now);
  return { expMonth: month, expYear: year };
}

// The hints each field gets (FIELD_HINTS, from the core): `autocomplete` tokens from the HTML
// standard's autofill list, and `maxLength` only where every call bounds the plain value (the
// longest any accepts, in UTF-16 units as the browser counts): never on the card number, whose
// formatted text is capped by `formatCardNumber` instead, so a number pasted with extra
// separators is not cut short.

/**
 * The input hints for a CCBill field name (plus `"expiry"` for one `MM / YY` field):
 * `{ autocomplete, inputMode?, maxLength? }`, or `null` for a field the customer does not type
 * (`currencyCode`, `ipAddress`, the `browserHttp*` fields). Set them as the `autocomplete`,
 * `inputmode` and `maxlength` attributes; for JSX, `fieldProps` names them as JSX does.
 */
export function fieldAttributes(name) {
  const found = typeof name === "string" && Object.hasOwn(FIELD_HINTS, name) ? FIELD_HINTS[name] : null;
  return found ? { ...found } : null;
}

/**
 * The same hints under JSX's names, to spread into an input (`<input {...fieldProps("cardNumber")} />`):
 * `{ autoComplete, inputMode?, maxLength? }`, or `null`. React warns on `autocomplete`.
 */
export function fieldProps(name) {
  const hints = fieldAttributes(name);
  if (hints === null) return null;
  const { autocomplete, ...rest } = hints;
  return { autoComplete: autocomplete, ...rest };
}
