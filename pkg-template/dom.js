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
import { fieldAttributes, formatCardNumber, formatExpiry, parseExpiry } from "./format.js";

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
      if (violations.length > 0) {
        notifyForm(form, violations); // attach() on that form shows and announces them
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

function notifyForm(form, violations) {
  if (typeof CustomEvent !== "function" || typeof document !== "object") return;
  const root = formOf(form, "guard");
  if (typeof root.dispatchEvent !== "function") return;
  root.dispatchEvent(new CustomEvent(VIOLATIONS_EVENT, { detail: violations }));
}

/** The fields re-checked when a field changes: their rules read it. */
const DEPENDENTS = { expMonth: ["expYear"], cardNumber: ["cvv2"], country: ["postalCode", "state", "phoneNumber"] };

const STATUS = {
  en: (n) => (n === 1 ? "1 field has an error" : `${n} fields have errors`),
  es: (n) => (n === 1 ? "1 campo tiene un error" : `${n} campos tienen errores`),
};
const language = (locale) => (/^es\b/i.test(String(locale)) ? "es" : "en");

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
    const opts = { locale: locale(), now: options.now, call };
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
      if (count) status.textContent = STATUS[language(locale())](count);
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
      return validators[call]({ ...readForm(root), ...options.args }, { locale: locale(), now: options.now });
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
