// The page side of ccbill-validate: read the form as CCBill's widget reads it,
// guard the widget's calls, and give live feedback per field. Plain DOM, no
// dependencies; every check is the wasm module's.
import {
  cardBrand,
  validateAuthenticateCustomer,
  validateCreatePaymentToken,
  validateField,
  validateIsScaRequired,
  validateIsScaRequiredForPaymentToken,
} from "./core.js";

/** The fields the widget reads from the form (the rest come as arguments). */
export const FORM_FIELDS = Object.freeze([
  "nameOnCard",
  "cardNumber",
  "expMonth",
  "expYear",
  "cvv2",
  "firstName",
  "lastName",
  "address1",
  "address2",
  "city",
  "country",
  "state",
  "postalCode",
  "phoneNumber",
  "email",
  "currencyCode",
  "ipAddress",
  "browserHttpAccept",
  "browserHttpAcceptEncoding",
  "browserHttpAcceptLanguage",
]);

const ID_PREFIX = "_ccbillId_";

function formOf(form, caller) {
  if (form == null) return document.forms[0] ?? document;
  // Neither message quotes the value: a card number passed by mistake must not reach a log.
  if (typeof form === "string") {
    let found;
    try {
      found = document.querySelector(form);
    } catch {
      throw new TypeError(`${caller}: form is not a valid CSS selector`);
    }
    if (!found) throw new TypeError(`${caller}: no element matches the form selector`);
    return found;
  }
  let element = false;
  try {
    element = typeof form.querySelector === "function";
  } catch {
    // A Proxy or getter that throws is not an element either.
  }
  if (!element) throw new TypeError(`${caller}: form must be a selector or an element`);
  return form;
}

/** The input or select CCBill's widget reads for `name`: `data-ccbill` first, then the default id. */
function fieldElement(root, name) {
  return (
    root.querySelector(`input[data-ccbill="${name}"], select[data-ccbill="${name}"]`) ??
    root.querySelector(`input#${ID_PREFIX}${name}, select#${ID_PREFIX}${name}`)
  );
}

function fieldName(el) {
  const name = el?.dataset?.ccbill ?? (el?.id?.startsWith(ID_PREFIX) ? el.id.slice(ID_PREFIX.length) : null);
  return FORM_FIELDS.includes(name) ? name : null;
}

/**
 * The form's fields as CCBill's widget collects them: for each field, the input or select with
 * `data-ccbill="<name>"`, else the one with id `_ccbillId_<name>`. `form` is a selector or an
 * element; by default the document's first form. Fields not on the page are left out.
 */
export function readForm(form) {
  const root = formOf(form, "readForm");
  const out = {};
  for (const name of FORM_FIELDS) {
    const el = fieldElement(root, name);
    if (el) out[name] = el.value;
  }
  return out;
}

const htmlLang = () => (typeof document === "object" ? document.documentElement.lang : "") || "en";

/** The text of a violation's message, without its `propertyName.` prefix. */
const text = (violation) => violation.message.slice(violation.message.indexOf(".") + 1);

// The widget's methods, their positional arguments, and where each reads its form.
const CALLS = {
  createPaymentToken: {
    validate: validateCreatePaymentToken,
    args: (_auth, clientAccnum, clientSubacc, clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse) => ({
      clientAccnum,
      clientSubacc,
      clearPaymentInfo,
      clearCustomerInfo,
      timeToLive,
      numberOfUse,
    }),
  },
  isScaRequired: {
    validate: validateIsScaRequired,
    args: (_auth, clientAccnum, clientSubacc) => ({ clientAccnum, clientSubacc }),
  },
  isScaRequiredForPaymentToken: {
    validate: validateIsScaRequiredForPaymentToken,
    args: (_auth, paymentTokenId) => ({ paymentTokenId }),
  },
  authenticateCustomer: {
    validate: validateAuthenticateCustomer,
    args: (_auth, clientAccnum, clientSubacc, form, iframeId, paymentTokenId) => ({
      clientAccnum,
      clientSubacc,
      form,
      iframeId,
      paymentTokenId,
    }),
    form: (_auth, _accnum, _subacc, form) => form,
  },
};

/**
 * The widget with its four calls guarded: each reads the form, adds its arguments, validates,
 * and on any violation throws the violations array synchronously, as the widget does, without
 * calling the widget. Otherwise it returns the widget's own result untouched. Every other
 * property is the widget's own.
 */
export function guard(widget, options = {}) {
  if (widget == null || typeof widget !== "object") throw new TypeError("guard: widget must be CCBill's widget object");
  const guarded = {};
  for (const [method, call] of Object.entries(CALLS)) {
    guarded[method] = (...args) => {
      const form = call.form?.(...args) ?? options.form;
      const input = { ...readForm(form), ...call.args(...args) };
      let violations;
      try {
        violations = call.validate(input, { locale: options.locale ?? htmlLang(), now: options.now });
      } catch (error) {
        // The one deliberate fail-open point. A TypeError is the caller's mistake and is thrown;
        // any other error is ours (the module not loaded yet, an internal error): it must not
        // block a sale, and CCBill's widget still validates the call itself.
        if (error instanceof TypeError) throw error;
        return widget[method](...args);
      }
      if (violations.length > 0) throw violations;
      return widget[method](...args);
    };
  }
  return new Proxy(widget, {
    get(target, prop) {
      if (Object.hasOwn(guarded, prop)) return guarded[prop];
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Live feedback on a form: a field is checked when the customer leaves it, then on every input;
 * it gets `aria-invalid` and an error element linked by `aria-describedby`. The postal code is
 * checked again when the country changes, and the card field carries `data-card-brand`.
 * Returns `{ validate(), refresh(), detach() }`.
 */
export function attach(form, options = {}) {
  const root = formOf(form, "attach");
  const touched = new Set();
  const created = new Map(); // element -> its error element
  const previous = new Map(); // element -> its aria attributes before attach
  const locale = () => options.locale ?? htmlLang();
  const call = options.call ?? "createPaymentToken";
  const context = () => ({ ...readForm(root), ...options.args });

  function errorElement(el, name) {
    if (created.has(el)) return created.get(el);
    const error = document.createElement("span");
    error.id = `${el.id || `ccbill-${name}`}-error`;
    error.className = "ccbill-error";
    error.setAttribute("aria-live", "polite");
    el.insertAdjacentElement("afterend", error);
    previous.set(el, {
      invalid: el.getAttribute("aria-invalid"),
      describedby: el.getAttribute("aria-describedby"),
    });
    const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    el.setAttribute("aria-describedby", [...ids, error.id].join(" "));
    created.set(el, error);
    return error;
  }

  function show(el, name, violation) {
    // The error element first: it records the attributes as they were before attach touched them.
    errorElement(el, name).textContent = violation ? text(violation) : "";
    el.setAttribute("aria-invalid", violation ? "true" : "false");
  }

  function brand(el) {
    const found = cardBrand(el.value);
    if (found) el.dataset.cardBrand = found.brand;
    else delete el.dataset.cardBrand;
  }

  function check(el) {
    const name = fieldName(el);
    if (!name || el.type === "hidden") return [];
    const violations = validateField(name, el.value, context(), { locale: locale(), now: options.now, call });
    show(el, name, violations[0]);
    return violations;
  }

  const onFocusOut = (event) => {
    if (!fieldName(event.target)) return;
    touched.add(event.target);
    check(event.target);
  };
  const onInput = (event) => {
    const el = event.target;
    if (fieldName(el) === "cardNumber") brand(el);
    if (touched.has(el)) check(el);
  };
  const onChange = (event) => {
    const el = event.target;
    if (!fieldName(el)) return;
    if (el.tagName === "SELECT") {
      touched.add(el);
      check(el);
    }
    if (fieldName(el) === "country") {
      const postal = fieldElement(root, "postalCode");
      if (postal && (touched.has(postal) || postal.value)) {
        touched.add(postal);
        check(postal);
      }
      const state = fieldElement(root, "state");
      if (state && touched.has(state)) check(state);
    }
  };
  root.addEventListener("focusout", onFocusOut);
  root.addEventListener("input", onInput);
  root.addEventListener("change", onChange);
  const card = fieldElement(root, "cardNumber");
  if (card) brand(card);

  const validators = {
    createPaymentToken: validateCreatePaymentToken,
    isScaRequired: validateIsScaRequired,
    isScaRequiredForPaymentToken: validateIsScaRequiredForPaymentToken,
    authenticateCustomer: validateAuthenticateCustomer,
  };

  return {
    /** Checks the whole form (with `options.args`), marks every field, returns the violations. */
    validate() {
      const violations = validators[call](context(), { locale: locale(), now: options.now });
      for (const name of FORM_FIELDS) {
        const el = fieldElement(root, name);
        if (!el || el.type === "hidden") continue;
        touched.add(el);
        show(el, name, violations.find((v) => v.propertyName === name));
      }
      return violations;
    },
    /** Checks the fields already checked once again, e.g. after the page's language changed. */
    refresh() {
      touched.forEach(check);
    },
    /** Removes the listeners, the error elements and the attributes `attach` added. */
    detach() {
      root.removeEventListener("focusout", onFocusOut);
      root.removeEventListener("input", onInput);
      root.removeEventListener("change", onChange);
      for (const [el, error] of created) {
        error.remove();
        const before = previous.get(el);
        for (const [attr, value] of [
          ["aria-invalid", before.invalid],
          ["aria-describedby", before.describedby],
        ]) {
          if (value === null) el.removeAttribute(attr);
          else el.setAttribute(attr, value);
        }
      }
      if (card) delete card.dataset.cardBrand;
      created.clear();
      touched.clear();
    },
  };
}
