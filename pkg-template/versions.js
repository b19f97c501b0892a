// Which widget version a page uses, and how each version's form-reading methods take their
// arguments (CCBill's guide, v1 of 2021 to v1.13). guard() maps a call's positional arguments to
// CCBill's field names with this table; the rules that changed with the version live in the
// wasm core, which gets the version as `options.version`.
import {
  validateAuthenticateCustomer,
  validateAuthenticateCustomerAndCreatePaymentToken,
  validateCreatePaymentToken,
  validateCreatePaymentToken3DS,
  validateIsScaRequired,
  validateIsScaRequiredForPaymentToken,
} from "./core.js";

/** The versions whose signatures or rules differ, oldest first. */
export const WIDGET_VERSIONS = Object.freeze(["1", "1.2", "1.3", "1.13"]);

/**
 * The version family of `text` ("1.13.1", "v1.2.2", "1"): one of WIDGET_VERSIONS, or null.
 * Versions newer than any known get the newest rules, as in the core.
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

// With the version unknown (undefined), neither `at` nor `before` holds: the arguments are read by their types.
const at = (version, oldest) => version != null && WIDGET_VERSIONS.indexOf(version) >= WIDGET_VERSIONS.indexOf(oldest);
const before = (version, first) => version != null && !at(version, first);

/** An account number as merchants pass it: a number, or digits. */
const isAccount = (v) => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^\s*\d+\s*$/.test(v));

/** A form argument: an element, or a selector (not an account number). */
const isForm = (v) =>
  (typeof v === "string" && v.trim() !== "" && !/^\s*\d+\s*$/.test(v)) ||
  (v !== null && typeof v === "object" && typeof v.querySelector === "function");

/** `{ name: value }` without the values not given, so a form field is not hidden by `undefined`. */
const given = (fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));

/**
 * Per method: its validator, and `read(version, args)` giving the arguments under CCBill's names
 * (`args`, laid over the page's fields) and the form the call narrows the lookup to (`form`).
 */
export const CALLS = {
  // (authToken, clientAccnum, clientSubacc, clearPaymentInfo?, clearCustomerInfo?, timeToLive?, numberOfUse?)
  createPaymentToken: {
    validate: validateCreatePaymentToken,
    read: (_v, [, clientAccnum, clientSubacc, clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse]) => ({
      args: { clientAccnum, clientSubacc, clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse },
    }),
  },
  // v1: (authToken, clientAccnum, clientSubacc, currencyCode); from v1.2 the currency is in the
  // form. Version unknown: a fourth argument given is v1's currency, none means the form's.
  isScaRequired: {
    validate: validateIsScaRequired,
    read: (v, [, clientAccnum, clientSubacc, currencyCode]) => ({
      args: { clientAccnum, clientSubacc, ...(at(v, "1.2") ? {} : given({ currencyCode })) },
    }),
  },
  // v1: (authToken, paymentTokenId, currencyCode); from v1.2 the currency is in the form (read as
  // isScaRequired's when the version is unknown).
  isScaRequiredForPaymentToken: {
    validate: validateIsScaRequiredForPaymentToken,
    read: (v, [, paymentTokenId, currencyCode]) => ({
      args: { paymentTokenId, ...(at(v, "1.2") ? {} : given({ currencyCode })) },
    }),
  },
  // v1, v1.2.x: (authToken, form?, iframeId?, paymentTokenId?). From v1.3:
  // (authToken, clientAccnum, clientSubacc, form?, iframeId?, paymentTokenId?), and the guide's
  // "all parameters" example puts the form first: (authToken, form, clientAccnum, clientSubacc, ...).
  // Version unknown: by the types. Account numbers second or third are v1.3's; otherwise v1.2's.
  authenticateCustomer: {
    validate: validateAuthenticateCustomer,
    read: (v, args) => {
      const [, a, b, c, d, e] = args;
      const v12 = before(v, "1.3") || (v == null && !isAccount(a) && !(isForm(a) && isAccount(b)));
      let fields;
      if (v12 && (a == null || isForm(a))) fields = { form: a, iframeId: b, paymentTokenId: c };
      else if (isForm(a)) fields = { form: a, clientAccnum: b, clientSubacc: c, iframeId: d, paymentTokenId: e };
      else fields = { clientAccnum: a, clientSubacc: b, form: c, iframeId: d, paymentTokenId: e };
      return { args: fields, form: isForm(fields.form) ? fields.form : undefined };
    },
  },
  // v1.13: (authToken, clientAccnum, clientSubacc)
  createPaymentToken3DS: {
    validate: validateCreatePaymentToken3DS,
    read: (_v, [, clientAccnum, clientSubacc]) => ({ args: { clientAccnum, clientSubacc } }),
  },
  // v1.13: (authToken, clientAccnum, clientSubacc), and a form and an iframe id as authenticateCustomer takes them.
  authenticateCustomerAndCreatePaymentToken: {
    validate: validateAuthenticateCustomerAndCreatePaymentToken,
    read: (_v, [, clientAccnum, clientSubacc, form, iframeId]) => ({
      args: { clientAccnum, clientSubacc, ...(isForm(form) ? { form, iframeId } : {}) },
      form: isForm(form) ? form : undefined,
    }),
  },
};
