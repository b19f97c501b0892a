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
import { FORM_FIELDS, customIdsOf, fieldNameOf, findField, readFields, rootOf } from "./fields.js";
import { CALLS, NEWEST, scriptVersion, widgetVersion } from "./versions.js";

export { FORM_FIELDS };

// The lookup lives in fields.js (shared with attach): custom id, data-ccbill, then _ccbillId_<name>.
const formOf = (form, caller) => rootOf(form, caller);
const fieldElement = (root, name) => findField(root, name);
const fieldName = (el) => fieldNameOf(el);

/**
 * The page's fields as CCBill's widget collects them (see fields.js for the order of lookup and
 * the rule for duplicates): in the whole document, or in `form` (a selector or an element).
 * `options.fieldIds` are custom ids, as the widget's constructor takes them. Fields not on the
 * page are left out.
 */
export function readForm(form, options = {}) {
  return readFields(rootOf(form, "readForm"), customIdsOf(options.fieldIds));
}

const htmlLang = () => (typeof document === "object" ? document.documentElement.lang : "") || "en";

/** The text of a violation's message, without its `propertyName.` prefix. */
const text = (violation) => violation.message.slice(violation.message.indexOf(".") + 1);

/**
 * The widget with its form-reading calls guarded (every version's: createPaymentToken,
 * isScaRequired, isScaRequiredForPaymentToken, authenticateCustomer, createPaymentToken3DS,
 * authenticateCustomerAndCreatePaymentToken, with that version's arguments). Each reads the page
 * as the widget does, adds its arguments, validates under the version's rules, and on any
 * violation throws the violations array synchronously, as the widget does, without calling the
 * widget. Otherwise it returns the widget's own result untouched. `changeDefaultFieldId` is the
 * widget's own, and teaches the guard the custom id. Every other property is the widget's own.
 * Options: `{ locale?, now?, form?, fieldIds?, version? }`; the version defaults to the one in
 * CCBill's script URL on the page (`js.ccbill.com/v1.13.1/...`), else the newest.
 */
export function guard(widget, options = {}) {
  if (widget == null || typeof widget !== "object") throw new TypeError("guard: widget must be CCBill's widget object");
  const version = widgetVersion(options.version ?? scriptVersion() ?? NEWEST);
  if (!version) throw new TypeError(`guard: options.version must be a widget version such as "1.13.1"`);
  const ids = customIdsOf(options.fieldIds);
  const guarded = {};
  // Which methods this version's widget has (a hostile object's throwing getter: none).
  const has = (method) => {
    try {
      return typeof widget[method] === "function";
    } catch {
      return false;
    }
  };
  if (has("changeDefaultFieldId")) {
    guarded.changeDefaultFieldId = (field, id) => {
      Object.assign(ids, customIdsOf({ [field]: id }));
      return widget.changeDefaultFieldId(field, id);
    };
  }
  for (const [method, call] of Object.entries(CALLS)) {
    if (!has(method)) continue;
    guarded[method] = (...args) => {
      const { args: named, form } = call.read(version, args);
      const input = { ...readFields(rootOf(form ?? options.form, method), ids), ...named };
      let violations;
      try {
        violations = call.validate(input, { locale: options.locale ?? htmlLang(), now: options.now, version });
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
