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

/** The versions whose signatures or rules differ, oldest first; the newest is the default. */
export const WIDGET_VERSIONS = Object.freeze(["1", "1.2", "1.3", "1.13"]);
export const NEWEST = "1.13";

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

const SCRIPT_URL = /js\.ccbill\.com\/v(\d+(?:\.\d+)*)\//i;

/** The version in the URL of CCBill's widget script on the page (`js.ccbill.com/v1.13.1/...`), or null. */
export function scriptVersion(doc = globalThis.document) {
  for (const script of doc?.scripts ?? []) {
    const found = SCRIPT_URL.exec(script.src);
    if (found) return found[1];
  }
  return null;
}

const at = (version, oldest) => WIDGET_VERSIONS.indexOf(version) >= WIDGET_VERSIONS.indexOf(oldest);

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
  // v1: (authToken, clientAccnum, clientSubacc, currencyCode); from v1.2 the currency is in the form.
  isScaRequired: {
    validate: validateIsScaRequired,
    read: (v, [, clientAccnum, clientSubacc, currencyCode]) => ({
      args: { clientAccnum, clientSubacc, ...(at(v, "1.2") ? {} : given({ currencyCode })) },
    }),
  },
  // v1: (authToken, paymentTokenId, currencyCode); from v1.2 the currency is in the form.
  isScaRequiredForPaymentToken: {
    validate: validateIsScaRequiredForPaymentToken,
    read: (v, [, paymentTokenId, currencyCode]) => ({
      args: { paymentTokenId, ...(at(v, "1.2") ? {} : given({ currencyCode })) },
    }),
  },
  // v1, v1.2.x: (authToken, form?, iframeId?, paymentTokenId?). From v1.3:
  // (authToken, clientAccnum, clientSubacc, form?, iframeId?, paymentTokenId?), and the guide's
  // "all parameters" example puts the form first: (authToken, form, clientAccnum, clientSubacc, ...).
  authenticateCustomer: {
    validate: validateAuthenticateCustomer,
    read: (v, args) => {
      const [, a, b, c, d, e] = args;
      let fields;
      if (!at(v, "1.3") && (a == null || isForm(a))) fields = { form: a, iframeId: b, paymentTokenId: c };
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
