// Which widget version a page uses, and how a widget method's positional arguments map to CCBill's
// names under it. The methods and their signatures per version are the core's (facts.js, generated
// from Rust); the rules that changed with the version live in the module, which gets the version
// as `options.version`.
import { CALLS, FORM_FIELDS, WIDGET_VERSIONS } from "./facts.js";

export { WIDGET_VERSIONS };

/** The widget's methods whose calls guard() checks: the calls with a signature. */
export const METHODS = Object.freeze(Object.keys(CALLS).filter((name) => CALLS[name].method.length > 0));

/**
 * The version family of `text` ("1.13.1", "v1.2.2", "1"): one of WIDGET_VERSIONS, or null.
 * Versions newer than any known get the newest rules, as in the core (`WidgetVersion::parse`;
 * tests/js/versions.test.mjs holds the two to the same vectors). Read here, not in the module:
 * guard() reads it before the module may have loaded, and a bad option is a TypeError then.
 */
export function widgetVersion(text) {
  const match = /^\s*v?(\d{1,6})(?:\.(\d{1,6}))?(?:\.\d{1,6})*\s*$/i.exec(String(text ?? ""));
  if (!match) return null;
  const [major, minor] = [Number(match[1]), Number(match[2] ?? 0)];
  if (major === 0) return null;
  if (major > 1 || minor >= 13) return "1.13";
  if (minor >= 3) return "1.3";
  return minor === 2 ? "1.2" : "1";
}

/**
 * The version family the page uses: `option` (the merchant's `version`), else the one in CCBill's
 * script URL on the page, else undefined: unknown, and then nothing that any version accepts is
 * rejected. An option that is no version is the merchant's mistake: a TypeError naming `caller`.
 */
export function pageVersion(option, caller) {
  if (option == null) {
    const found = scriptVersion();
    return found == null ? undefined : (widgetVersion(found) ?? undefined);
  }
  const version = widgetVersion(option);
  if (!version) throw new TypeError(`${caller}: options.version must be a widget version such as "1.13.1"`);
  return version;
}

const SCRIPT_URL = /js\.ccbill\.com\/v(\d+(?:\.\d+)*)\//i;

/** The version in the URL of CCBill's widget script on the page (`js.ccbill.com/v1.13.1/...`), or null. */
export function scriptVersion(doc = globalThis.document) {
  for (const script of doc?.scripts ?? []) {
    const found = SCRIPT_URL.exec(script.src);
    if (found) return found[1];
  }
  return null;
}

/** An account number as merchants pass it: a number, or digits. */
const isAccount = (v) => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^\s*\d+\s*$/.test(v));

/** A form argument: an element, or a selector (not an account number). */
const isForm = (v) =>
  (typeof v === "string" && v.trim() !== "" && !/^\s*\d+\s*$/.test(v)) ||
  (v !== null && typeof v === "object" && typeof v.querySelector === "function");

/** What an argument in this place may hold, where signatures differ by it; `null`/`undefined` fit any. */
const FITS = { clientAccnum: isAccount, clientSubacc: isAccount, form: isForm, iframeId: (v) => typeof v === "string" };

/**
 * How badly `args` (after authToken) fit this signature: the places holding a value not of their
 * kind, or Infinity when values are given past its end. 0: they fit.
 */
const misfits = ({ arguments: names }, args) =>
  args.slice(names.length).some((v) => v !== undefined)
    ? Infinity
    : names.filter((name, i) => args[i] != null && FITS[name]?.(args[i]) === false).length;

/**
 * The signatures of `method` a call may have used under `version`: that version's (two where the
 * guide shows two orders); every version's, oldest first, when the version is unknown or has no
 * such method (the widget on the page has it, so it is another version than the one named).
 */
function signaturesOf(method, version) {
  const all = CALLS[method].method;
  const at = (since) => WIDGET_VERSIONS.indexOf(since) <= WIDGET_VERSIONS.indexOf(version);
  const current = version == null ? undefined : all.filter((s) => at(s.since)).at(-1)?.since;
  const mine = all.filter((s) => s.since === current);
  return mine.length > 0 ? mine : all;
}

/**
 * A widget method's arguments (`authToken` first) under CCBill's names, for guard(): the
 * version's signature they fit best (by the values' kinds: an account number, a form; the first
 * on a tie), so that a wrong account number is reported as one, not read as the form. With the version unknown, an argument not given is left out, so that a field
 * the page holds (v1.2's form currency) is not hidden by it. Returns `{ args, form }`: `form` is
 * the form the call narrows the lookup to, if it names one.
 */
export function readArguments(method, version, [, ...given]) {
  const candidates = signaturesOf(method, version);
  const scored = candidates.map((s) => misfits(s, given));
  const signature = candidates[scored.indexOf(Math.min(...scored))];
  const args = {};
  signature.arguments.forEach((name, i) => {
    if (version != null || given[i] !== undefined) args[name] = given[i];
  });
  return { args, form: isForm(args.form) ? args.form : undefined };
}

/**
 * The form fields `method` takes as arguments in this version (v1's currencyCode), which guard()
 * keeps `required`. With the version unknown a missing one may be the form's: none.
 */
export function argumentFields(method, version) {
  if (version == null) return [];
  const names = signaturesOf(method, version).flatMap((s) => s.arguments);
  return FORM_FIELDS.filter((name) => names.includes(name));
}
