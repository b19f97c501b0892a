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
import { catalogOf } from "./messages.js";
import { fieldAttributes, formatCardNumber, formatExpiry, parseExpiry } from "./format.js";
import { FORM_FIELDS, customIdsOf, findField, readFields, rootOf } from "./fields.js";
import { CALLS, pageVersion } from "./versions.js";
import { loadProblem } from "./loaded.js";
import { warnOnce } from "./warn.js";

export { FORM_FIELDS };

// The lookup lives in fields.js (shared with attach): custom id, data-ccbill, then _ccbillId_<name>.
const formOf = (form, caller) => rootOf(form, caller);
const fieldElement = (root, name) => findField(root, name);

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
 * CCBill's script URL on the page (`js.ccbill.com/v1.13.1/...`); with neither it is unknown, and
 * nothing any version accepts is rejected.
 */
export function guard(widget, options = {}) {
  if (widget == null || typeof widget !== "object") throw new TypeError("guard: widget must be CCBill's widget object");
  const version = pageVersion(options.version, "guard");
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
      const root = rootOf(form ?? options.form, method);
      const input = { ...readFields(root, ids), ...named };
      let violations;
      try {
        violations = call.validate(input, { locale: options.locale ?? htmlLang(), now: options.now, version });
      } catch (error) {
        // The one deliberate fail-open point. A TypeError is the caller's mistake and is thrown;
        // any other error is ours (the module not loaded yet, an internal error): it must not
        // block a sale, and CCBill's widget still validates the call itself.
        if (error instanceof TypeError) throw error;
        const problem = loadProblem();
        if (problem) warnOnce("module", `let ${method}() through unchecked: ${problem}`);
        return widget[method](...args);
      }
      if (violations.length > 0) {
        notifyForm(root, violations); // attach() on that form (or page) shows and announces them
        throw violations;
      }
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

// ---- attach(): live feedback ----------------------------------------------------------------

/** The event a guarded call that throws dispatches on its form; `attach()` listens for it. */
const VIOLATIONS_EVENT = "ccbill-violations";

/** Tells attach() what a guarded call threw: on the form searched, or on the document. */
function notifyForm(root, violations) {
  if (typeof CustomEvent !== "function" || typeof root?.dispatchEvent !== "function") return;
  root.dispatchEvent(new CustomEvent(VIOLATIONS_EVENT, { detail: violations }));
}

/** The fields re-checked when a field changes: their rules read it. */
const DEPENDENTS = { expMonth: ["expYear"], cardNumber: ["cvv2"], country: ["postalCode", "state", "phoneNumber"] };

/** The one announcement of how many fields have errors, in the catalog's language. */
const statusText = (locale, n) => {
  const { status } = catalogOf({ locale });
  return String(n === 1 ? status.one : status.other).replace("{count}", n);
};

const digitsOf = (value) => String(value ?? "").replace(/\D/g, "");

/**
 * Whether a value the customer is still typing can become valid by typing more: then it is no
 * error while the field has focus ("4111" is a Visa prefix, not yet a wrong length).
 */
function potentiallyValid(name, violation, value, context) {
  const v = String(value ?? "").trim();
  switch (violation.code) {
    case "required":
    case "tooShort":
      return true;
    case "cardLength": {
      const brand = cardBrand(v);
      return /^[\d\s-]*$/.test(v) && digitsOf(v).length < (brand ? Math.max(...brand.lengths) : 19);
    }
    case "pattern":
    case "cvvLength":
      return name === "cvv2" && /^\d*$/.test(v) && v.length < (cardBrand(context.cardNumber ?? "")?.cvvLength ?? 4);
    case "outOfRange":
      return (name === "expYear" && /^\d{1,3}$/.test(v)) || (name === "expMonth" && v === "0");
    default:
      return false;
  }
}

const isDigit = (c) => c >= "0" && c <= "9";

/**
 * Live feedback on a form, timed like CSS `:user-invalid`: a field shows its error once the
 * customer changed it and left it, or after a submit; while they type, the error clears as soon as
 * the value is valid, and a value that can still become valid is no error while the field has
 * focus. Dependent fields are re-checked with what they depend on. Each field gets
 * `aria-invalid`, `setCustomValidity()` and an error element (never inside a `<label>`; or the
 * element whose id its `data-ccbill-error` names) linked by `aria-describedby`. On a submit, or a
 * guarded call that throws, the first invalid field gets focus and a live region announces the
 * error count. With `format` (default), the card number is grouped by its brand's gaps while the
 * widget reads a hidden twin holding the digits, and fields get autocomplete/inputmode/maxlength
 * hints. One visible `MM / YY` input marked `data-ccbill-expiry` feeds hidden expMonth/expYear.
 * Returns `{ validate(), refresh(), detach() }`.
 */
export function attach(form, options = {}) {
  const root = formOf(form, "attach");
  const locale = () => options.locale ?? htmlLang();
  const call = options.call ?? "createPaymentToken";
  // The same widget version as guard(): the option, else the page's script URL, else unknown.
  const version = pageVersion(options.version, "attach");
  const format = options.format !== false;
  const saved = new Map(); // element -> Map(attribute -> its value before attach)
  const undo = []; // what detach() runs, last first

  function setAttr(el, attr, value) {
    let attrs = saved.get(el);
    if (!attrs) saved.set(el, (attrs = new Map()));
    if (!attrs.has(attr)) attrs.set(attr, el.getAttribute(attr));
    el.setAttribute(attr, value);
  }
  // A text input with the `hidden` attribute, not `type="hidden"`: a hidden input's value is
  // its `value` attribute, and the card's digits must not sit in the DOM's markup, where
  // session-replay scripts and outerHTML would find them.
  function hiddenInput(name, beside) {
    const input = document.createElement("input");
    input.hidden = true;
    input.style.setProperty("display", "none", "important"); // a page's `input { display: block }` beats `hidden`
    input.autocomplete = "off";
    input.tabIndex = -1;
    input.dataset.ccbill = name;
    // Before the label, not inside it: a label labels its first input, which must stay the visible one.
    (beside.closest("label") ?? beside).insertAdjacentElement("beforebegin", input);
    undo.push(() => input.remove());
    return input;
  }

  // One record per field the customer sees: the names it stands for, the visible input, and
  // where the widget reads each name (the input itself, or hidden inputs attach keeps in step).
  const records = [];
  const expiry = root.querySelector("input[data-ccbill-expiry]");
  if (expiry) {
    const sources = {};
    for (const name of ["expMonth", "expYear"]) sources[name] = fieldElement(root, name) ?? hiddenInput(name, expiry);
    records.push({
      names: ["expMonth", "expYear"],
      hint: "expiry",
      input: expiry,
      format: format ? formatExpiry : null,
      sources,
      sync() {
        const parsed = parseExpiry(expiry.value, { now: options.now });
        sources.expMonth.value = parsed.expMonth;
        sources.expYear.value = parsed.expYear;
      },
    });
  }
  for (const name of FORM_FIELDS) {
    if (expiry && (name === "expMonth" || name === "expYear")) continue;
    const el = fieldElement(root, name);
    if (!el || el.type === "hidden") continue;
    if (name === "cardNumber" && format) {
      // The customer sees groups; the widget reads a hidden twin with the digits only. The twin
      // carries `data-ccbill`, which the widget's lookup prefers to the `_ccbillId_` id.
      const twin = hiddenInput(name, el);
      if (el.dataset.ccbill === name) {
        setAttr(el, "data-ccbill-shown", name);
        el.removeAttribute("data-ccbill");
        undo.push(() => el.setAttribute("data-ccbill", name));
      }
      undo.push(() => (el.value = twin.value)); // after detach the widget reads this one again
      records.push({
        names: [name],
        input: el,
        sources: { [name]: twin },
        format: formatCardNumber,
        sync: () => (twin.value = digitsOf(el.value)),
      });
      continue;
    }
    records.push({ names: [name], input: el, sources: { [name]: el }, sync() {} });
  }
  const byInput = new Map(records.map((r) => [r.input, r]));
  const byName = new Map(records.flatMap((r) => r.names.map((n) => [n, r])));
  const cardRecord = byName.get("cardNumber");

  if (format) {
    for (const r of records) {
      const hints = fieldAttributes(r.hint ?? r.names[0]);
      if (!hints) continue;
      const isInput = r.input.tagName === "INPUT";
      for (const [attr, value] of [
        ["autocomplete", hints.autocomplete],
        ["inputmode", isInput ? hints.inputMode : undefined],
        ["maxlength", isInput ? hints.maxLength : undefined],
      ]) {
        if (value !== undefined && !r.input.hasAttribute(attr)) setAttr(r.input, attr, String(value));
      }
    }
  }
  for (const r of records) {
    if (r.format) r.input.value = r.format(r.input.value).value;
    r.lastDigits = digitsOf(r.input.value);
    r.sync();
  }

  // The live region that announces the error count; the merchant's own with `options.status`.
  let status = options.status == null ? null : formOf(options.status, "attach");
  if (!status) {
    status = document.createElement("p");
    status.className = "ccbill-status";
    status.setAttribute("role", "status");
    (root === document ? document.body : root).append(status);
    undo.push(() => status.remove());
  } else {
    undo.push(() => (status.textContent = ""));
  }

  function errorElement(r) {
    if (r.error) return r.error;
    const el = r.input;
    let error = el.dataset.ccbillError ? document.getElementById(el.dataset.ccbillError) : null;
    if (error) {
      undo.push(() => (error.textContent = ""));
    } else {
      error = document.createElement("span");
      error.id = `${el.id || `ccbill-${r.hint ?? r.names[0]}`}-error`;
      error.className = "ccbill-error";
      // Not a live region: announced on submit, seven of them would drown the count. A field's
      // error is read with the field, through aria-describedby, and the first one gets focus.
      // After the label, never inside it: text inside a label joins the input's accessible name.
      (el.closest("label") ?? el).insertAdjacentElement("afterend", error);
      undo.push(() => error.remove());
    }
    const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    if (!ids.includes(error.id)) setAttr(el, "aria-describedby", [...ids, error.id].join(" "));
    r.error = error;
    return error;
  }

  // Every error element exists from the start, empty: one that appeared on blur would push the
  // page down under the pointer, and a click on Pay could land beside the button.
  records.forEach(errorElement);

  let focused = null;

  /** Checks every field (cheap: microseconds each) and shows what the timing rules allow. */
  function render() {
    const context = { ...readForm(root), ...options.args };
    const opts = { locale: locale(), now: options.now, call, version };
    for (const r of records) {
      r.violation = null;
      for (const name of r.names) {
        const value = r.sources[name].value;
        const [found] = validateField(name, value, context, opts);
        if (found) {
          r.violation = found;
          r.pending = !r.forced && focused === r.input && potentiallyValid(name, found, value, context);
          break;
        }
      }
      r.input.setCustomValidity(r.violation ? text(r.violation) : "");
      if (!r.interacted) continue;
      const shown = r.pending ? null : r.violation;
      errorElement(r).textContent = shown ? text(shown) : "";
      setAttr(r.input, "aria-invalid", shown ? "true" : "false");
    }
    if (cardRecord) {
      const brand = cardBrand(cardRecord.sources.cardNumber.value);
      if (brand) setAttr(cardRecord.input, "data-card-brand", brand.brand);
      else cardRecord.input.removeAttribute("data-card-brand");
    }
  }

  // A submit or a guarded call that threw: every field shows its error, the first invalid one
  // gets focus, and the count is announced once (calls within one task are one report). The
  // browser's own validation (a form without `novalidate`) fires `invalid` instead of `submit`,
  // and focuses the field itself. `invalid` counts only after a click on a submit button (Enter
  // in a field clicks it too): a script's `checkValidity()`, e.g. to enable Pay, shows nothing.
  let reporting = null;
  let submitting = null;
  const onClick = (event) => {
    if (event.target.closest?.("button, input")?.type !== "submit") return;
    clearTimeout(submitting);
    submitting = setTimeout(() => (submitting = null));
  };
  const onInvalid = (event) => {
    if (submitting) report(event);
  };
  function report(event) {
    for (const r of records) {
      r.interacted = true;
      r.forced = true;
    }
    render();
    const invalid = records
      .filter((r) => r.violation)
      .sort((a, b) => (a.input.compareDocumentPosition(b.input) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (invalid.length === 0 || reporting) return;
    if (event?.type !== "invalid") invalid[0].input.focus();
    status.textContent = ""; // cleared first, so the same count is announced again
    reporting = setTimeout(() => {
      reporting = null;
      const count = records.filter((r) => r.violation).length;
      if (count) status.textContent = statusText(locale(), count);
    });
  }

  /** Formats the field as the customer types (card number, expiry), keeping the caret. */
  function reformat(r, event) {
    const el = r.input;
    let value = el.value;
    let caret = el.selectionStart ?? value.length;
    // Deleting a space deletes the digit beside it (the space alone would come straight back).
    if (digitsOf(value) === r.lastDigits && /^delete/.test(event.inputType ?? "")) {
      const step = event.inputType === "deleteContentBackward" ? -1 : 1;
      let i = step < 0 ? caret - 1 : caret;
      while (i >= 0 && i < value.length && !isDigit(value[i])) i += step;
      if (i >= 0 && i < value.length) {
        const rest = value.slice(i + 1);
        value = value.slice(0, i) + (/\d/.test(rest) ? rest : ""); // no separator left dangling
        if (step < 0) caret = i;
      }
    }
    const out = r.format(value, caret);
    if (out.value !== el.value) el.value = out.value;
    if (document.activeElement === el) el.setSelectionRange(out.caret, out.caret);
    r.lastDigits = digitsOf(out.value);
  }

  const onInput = (event) => {
    const r = byInput.get(event.target);
    if (!r) return;
    if (r.format) reformat(r, event);
    r.sync();
    r.dirty = true;
    r.forced = false;
    render();
  };
  const onChange = (event) => {
    const r = byInput.get(event.target);
    if (!r) return;
    r.sync();
    r.dirty = true;
    if (r.input.tagName === "SELECT") r.interacted = true;
    // What depends on this field and already holds a value is checked and shown again.
    for (const dependent of r.names.flatMap((n) => DEPENDENTS[n] ?? [])) {
      const d = byName.get(dependent);
      if (d && d !== r && d.sources[dependent].value.trim() !== "") d.interacted = true;
    }
    render();
  };
  const onFocusIn = (event) => {
    focused = event.target;
  };
  const onFocusOut = (event) => {
    focused = null;
    const r = byInput.get(event.target);
    if (!r) return;
    if (r.dirty) r.interacted = true;
    render();
  };
  const listeners = [
    ["input", onInput],
    ["change", onChange],
    ["focusin", onFocusIn],
    ["focusout", onFocusOut],
    ["submit", report],
    [VIOLATIONS_EVENT, report],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener);
  // A guard() with no form (install(), or a call that takes none) searched the whole page.
  const page = root.ownerDocument ?? root;
  const onPageViolations = (event) => event.target === page && report(event);
  if (page !== root) page.addEventListener(VIOLATIONS_EVENT, onPageViolations);
  root.addEventListener("click", onClick, true);
  root.addEventListener("invalid", onInvalid, true); // `invalid` does not bubble
  render();

  const validators = {
    createPaymentToken: validateCreatePaymentToken,
    isScaRequired: validateIsScaRequired,
    isScaRequiredForPaymentToken: validateIsScaRequiredForPaymentToken,
    authenticateCustomer: validateAuthenticateCustomer,
  };

  return {
    /** Checks the whole form (with `options.args`), shows every field's error, returns the violations. */
    validate() {
      for (const r of records) {
        r.interacted = true;
        r.forced = true;
      }
      render();
      return validators[call]({ ...readForm(root), ...options.args }, { locale: locale(), now: options.now, version });
    },
    /** Checks again, e.g. after the page's language changed or a script set a field's value. */
    refresh() {
      for (const r of records) {
        if (r.format) r.input.value = r.format(r.input.value).value;
        r.lastDigits = digitsOf(r.input.value);
        r.sync();
      }
      render();
    },
    /** Removes the listeners, the elements and the attributes `attach` added. */
    detach() {
      for (const [type, listener] of listeners) root.removeEventListener(type, listener);
      root.removeEventListener("click", onClick, true);
      root.removeEventListener("invalid", onInvalid, true);
      page.removeEventListener(VIOLATIONS_EVENT, onPageViolations);
      clearTimeout(reporting);
      clearTimeout(submitting);
      for (const r of records) r.input.setCustomValidity("");
      while (undo.length) undo.pop()();
      for (const [el, attrs] of saved) {
        for (const [attr, value] of attrs) {
          if (value === null) el.removeAttribute(attr);
          else el.setAttribute(attr, value);
        }
      }
      if (cardRecord) cardRecord.input.removeAttribute("data-card-brand");
      saved.clear();
    },
  };
}
