// The page side of ccbill-validate: read the form as CCBill's widget reads it,
// guard the widget's calls, and give live feedback per field. Plain DOM, no
// dependencies; every check is the wasm module's.
import { cardBrand, validateField } from "./core.js";
import { catalogOf } from "./messages.js";
import { fieldAttributes, formatCardNumber, formatExpiry, parseExpiry } from "./format.js";
import { FORM_FIELDS, customIdsOf, findField, learnFieldIds, learnedFieldIds, onFieldIds, readFields, rootOf } from "./fields.js";
import { CALLS, pageVersion } from "./versions.js";
import { isLoaded, loadProblem, whenLoaded } from "./loaded.js";
import { warnOnce } from "./warn.js";

export { FORM_FIELDS };

// The lookup lives in fields.js (shared with attach): custom id, data-ccbill, then _ccbillId_<name>.
const formOf = (form, caller) => rootOf(form, caller);

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
 * widget. Otherwise it returns the widget's own result untouched. A form field with no element on
 * the page is never `required` here: CCBill's widget reads the same document and reports what it
 * misses (a call let through that way warns once per widget, naming the fields and `fieldIds`).
 * `changeDefaultFieldId` is the widget's own, and teaches the guard (and attach()) the custom id.
 * Every other property is the widget's own.
 * Options: `{ locale?, now?, form?, fieldIds?, version? }`; the version defaults to the one in
 * CCBill's script URL on the page (`js.ccbill.com/v1.13.1/...`); with neither it is unknown, and
 * nothing any version accepts is rejected.
 */
export function guard(widget, options = {}) {
  if (widget == null || typeof widget !== "object") throw new TypeError("guard: widget must be CCBill's widget object");
  const version = pageVersion(options.version, "guard");
  const ids = customIdsOf(options.fieldIds);
  const page = globalThis.document;
  learnFieldIds(page, ids); // attach() on this page finds the fields by them too
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
      learnFieldIds(page, ids);
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
      const { kept, missing } = leftToWidget(violations, input, argumentFields(call, version));
      if (kept.length > 0) {
        notifyForm(root, kept); // attach() on that form (or page) shows and announces them
        throw kept;
      }
      if (missing.length > 0) warnMissing(widget, method, missing);
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
 * The violations without `required` for a form field that has no element where the call looked
 * (principle 1: CCBill's widget reads the same document and reports what it misses; the element
 * may be one we cannot find, e.g. by a custom id we were not told). A field whose element is
 * blank, and a value the call takes as an argument, stay `required`. Returns the violations kept
 * and the names left to the widget.
 */
function leftToWidget(violations, input, argumentNames) {
  const missing = [];
  const kept = violations.filter((v) => {
    const name = v.propertyName;
    const absent =
      v.code === "required" && FORM_FIELDS.includes(name) && input[name] === undefined && !argumentNames.includes(name);
    if (absent) missing.push(name);
    return !absent;
  });
  return { kept, missing };
}

/**
 * The form fields a call takes as arguments in this version (v1's currencyCode): read by handing
 * `read` a value in every place. With the version unknown a missing one may be the form's: none.
 */
const argumentFields = (call, version) =>
  version == null ? [] : Object.keys(call.read(version, Array(8).fill("0")).args).filter((n) => FORM_FIELDS.includes(n));

/** One warning per widget for the fields a guarded call could not find: names and the fix, never values. */
const warnKeys = new WeakMap(); // widget -> its key for warnOnce
let widgetsWarned = 0;
function warnMissing(widget, method, missing) {
  if (!warnKeys.has(widget)) warnKeys.set(widget, `fields-${++widgetsWarned}`);
  warnOnce(
    warnKeys.get(widget),
    `${method}() found no element for ${missing.join(", ")} and let the call through for CCBill's widget to ` +
      "check. If the widget was made with custom ids (new CCBillAdvancedWidget(appId, customIds)), pass " +
      "the same ids as guard()'s fieldIds option, or use install(), which reads them from the constructor.",
  );
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
 * Fields are found as guard() finds them: `options.fieldIds`, else the custom ids the page's
 * guarded widgets were made with. Called before the module loaded, it sets itself up once it has.
 * Nothing here can stop a sale: a failure undoes every change, leaving the form as the widget
 * reads it without us. Returns `{ validate(), refresh(), detach() }`; attaching a form again
 * replaces its earlier attach.
 */
export function attach(form, options = {}) {
  // The caller's mistakes are TypeErrors now; whatever fails later is ours, and is undone quietly.
  const root = formOf(form, "attach");
  const version = pageVersion(options.version, "attach");
  const status = options.status == null ? null : formOf(options.status, "attach");
  const page = root.ownerDocument ?? root;
  attachments.get(root)?.detach();

  const fieldIds = customIdsOf(options.fieldIds);
  const idsNow = () => ({ ...learnedFieldIds(page), ...fieldIds });
  let live = null; // the set-up form, once the module has loaded
  let ids = null; // the custom ids it was set up with
  let stopped = false;
  const stop = () => {
    stopped = true;
    live = null;
    stopListening();
    if (attachments.get(root) === handle) attachments.delete(root);
  };
  function start() {
    if (stopped || live) return;
    ids = idsNow();
    try {
      live = setUp(root, options, { version, ids, status, failed: stop });
    } catch {
      stop(); // setUp has undone its changes
    }
  }
  // A widget made (or a changeDefaultFieldId) after the set-up may name other fields: set up again.
  const stopListening = onFieldIds(page, () => {
    if (!live) return;
    const next = idsNow();
    if (FORM_FIELDS.every((name) => next[name] === ids[name])) return;
    const was = live;
    live = null;
    was.detach();
    start();
  });
  // An error of ours in validate() or refresh() undoes attach(), as one in a listener does.
  const attempt = (fn) => {
    try {
      return fn();
    } catch {
      handle.detach();
      return undefined;
    }
  };
  const handle = {
    /** Checks the whole form and shows every error; `[]` before the module loaded (nothing checked). */
    validate() {
      const call = options.call ?? "createPaymentToken";
      if (!Object.hasOwn(CALLS, call)) throw new TypeError("attach: validate() takes options.call of one of the widget's calls");
      return attempt(() => live?.validate()) ?? [];
    },
    /** Checks again, e.g. after the page's language changed or a script set a field's value. */
    refresh() {
      attempt(() => live?.refresh());
    },
    /** Removes the listeners, the elements and the attributes `attach` added; before set-up, cancels it. */
    detach() {
      const was = live;
      stop();
      was?.detach();
    },
  };
  attachments.set(root, handle);
  if (isLoaded()) start();
  else whenLoaded().then(start);
  return handle;
}

/** The attach() handle of each form, so attaching it again replaces the first (no second twin). */
const attachments = new WeakMap();
/** The inputs attach() added (twins, hidden expiry fields): never taken for the merchant's fields. */
const ours = new WeakSet();

/**
 * attach()'s work on a loaded module: finds the fields, adds what it adds, and listens. A failure,
 * now or in a listener later, undoes everything (then `failed()`); at set-up it is rethrown.
 */
function setUp(root, options, { version, ids, status: given, failed }) {
  const locale = () => options.locale ?? htmlLang();
  const call = options.call ?? "createPaymentToken";
  const format = options.format !== false;
  const page = root.ownerDocument ?? root;
  const saved = new Map(); // element -> Map(attribute -> its value before attach)
  const undo = []; // what teardown runs, last first
  const listeners = []; // [target, type, listener, capture]
  const records = [];
  let reporting = null;
  let submitting = null;

  /** Sets (or with `null` removes) an attribute, keeping its first value for teardown. */
  function setAttr(el, attr, value) {
    let attrs = saved.get(el);
    if (!attrs) saved.set(el, (attrs = new Map()));
    if (!attrs.has(attr)) attrs.set(attr, el.getAttribute(attr));
    if (value === null) el.removeAttribute(attr);
    else el.setAttribute(attr, value);
  }
  function teardown() {
    for (const [target, type, listener, capture] of listeners.splice(0)) target.removeEventListener(type, listener, capture);
    clearTimeout(reporting);
    clearTimeout(submitting);
    // Each step on its own: one that throws must not leave the rest of the page changed.
    const steps = [...records.map((r) => () => r.input.setCustomValidity("")), ...undo.splice(0).reverse()];
    for (const [el, attrs] of saved) for (const [attr, value] of attrs) steps.push(() => restoreAttr(el, attr, value));
    saved.clear();
    for (const step of steps) {
      try {
        step();
      } catch {
        // Nothing more to do: the other steps still run.
      }
    }
  }
  function fail() {
    teardown();
    failed();
  }
  /** A listener whose failure undoes attach() instead of leaving a half-changed form. */
  const safe = (fn) => (event) => {
    try {
      fn(event);
    } catch {
      fail();
    }
  };
  function listen(target, type, fn, capture = false) {
    const listener = safe(fn);
    target.addEventListener(type, listener, capture);
    listeners.push([target, type, listener, capture]);
  }

  // A text input with the `hidden` attribute, not `type="hidden"`: a hidden input's value is
  // its `value` attribute, and the card's digits must not sit in the DOM's markup, where
  // session-replay scripts and outerHTML would find them. It holds `value` from the start.
  function hiddenInput(name, beside, value) {
    const input = document.createElement("input");
    input.hidden = true;
    input.style.setProperty("display", "none", "important"); // a page's `input { display: block }` beats `hidden`
    input.autocomplete = "off";
    input.tabIndex = -1;
    input.value = value;
    input.dataset.ccbill = name;
    ours.add(input);
    // Before the label, not inside it: a label labels its first input, which must stay the visible one.
    (beside.closest("label") ?? beside).insertAdjacentElement("beforebegin", input);
    undo.push(() => input.remove());
    return input;
  }
  /** The merchant's element the widget reads for `name` (never one attach added), or null. */
  const fieldElement = (name) => {
    const el = findField(root, name, ids);
    return el && !ours.has(el) ? el : null;
  };
  /** A formatted field's text goes back as it was when its digits were not changed. */
  function keepOriginal(input, otherwise = (el) => el.value) {
    const original = input.value;
    undo.push(() => (input.value = digitsOf(input.value) === digitsOf(original) ? original : otherwise(input)));
  }

  try {
    // One record per field the customer sees: the names it stands for, the visible input, and
    // where the widget reads each name (the input itself, or hidden inputs attach keeps in step).
    const expiry = root.querySelector("input[data-ccbill-expiry]");
    if (expiry) {
      const typed = parseExpiry(expiry.value, { now: options.now });
      const sources = {};
      for (const name of ["expMonth", "expYear"]) sources[name] = fieldElement(name) ?? hiddenInput(name, expiry, typed[name]);
      if (format) keepOriginal(expiry);
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
      const el = fieldElement(name);
      if (!el || el.type === "hidden") continue;
      // The customer sees groups; the widget reads a hidden twin with the digits only. The twin
      // carries `data-ccbill`, which the widget's lookup prefers to the `_ccbillId_` id; a custom
      // id it prefers to the twin, so a card field found by one is left as the customer types it.
      if (name === "cardNumber" && format && !(ids.cardNumber && el.id === ids.cardNumber)) {
        const twin = hiddenInput(name, el, digitsOf(el.value));
        keepOriginal(el, (input) => digitsOf(input.value)); // after detach the widget reads this one again
        if (el.dataset.ccbill === name) {
          setAttr(el, "data-ccbill-shown", name);
          setAttr(el, "data-ccbill", null);
        }
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
    const syncAll = () => records.forEach((r) => r.sync());

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
    let status = given;
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
      const described = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      if (!described.includes(error.id)) setAttr(el, "aria-describedby", [...described, error.id].join(" "));
      r.error = error;
      return error;
    }

    // Every error element exists from the start, empty: one that appeared on blur would push the
    // page down under the pointer, and a click on Pay could land beside the button.
    records.forEach(errorElement);

    // Set up late (the module loaded while the customer typed), the field in use is known.
    let focused = page.activeElement ?? null;

    /** Checks every field (cheap: microseconds each) and shows what the timing rules allow. */
    function render() {
      const context = { ...readFields(root, ids), ...options.args };
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
        setAttr(cardRecord.input, "data-card-brand", brand ? brand.brand : null);
      }
    }

    // A submit or a guarded call that threw: every field shows its error, the first invalid one
    // gets focus, and the count is announced once (calls within one task are one report). The
    // browser's own validation (a form without `novalidate`) fires `invalid` instead of `submit`,
    // and focuses the field itself. `invalid` counts only after a click on a submit button (Enter
    // in a field clicks it too): a script's `checkValidity()`, e.g. to enable Pay, shows nothing.
    // A form with `novalidate` (or a `formnovalidate` button) gets no browser validation: its
    // `invalid` events come from a script's checkValidity() in the page's submit handler.
    let submitter = null;
    const onClick = (event) => {
      const button = event.target.closest?.("button, input");
      if (button?.type !== "submit") return;
      clearTimeout(submitting);
      submitter = button;
      submitting = setTimeout(() => (submitting = null));
    };
    const onInvalid = (event) => {
      if (submitting && !submitter.formNoValidate && !submitter.form?.noValidate) report(event);
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
      reporting = setTimeout(
        safe(() => {
          reporting = null;
          const count = records.filter((r) => r.violation).length;
          if (count) status.textContent = statusText(locale(), count);
        }),
      );
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
      r.sync(); // first: whatever fails next, the widget reads what the customer typed
      if (r.format) {
        reformat(r, event);
        r.sync();
      }
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
    listen(root, "input", onInput);
    listen(root, "change", onChange);
    listen(root, "focusin", onFocusIn);
    listen(root, "focusout", onFocusOut);
    listen(root, "submit", report);
    listen(root, VIOLATIONS_EVENT, report);
    // A guard() with no form (install(), or a call that takes none) searched the whole page.
    if (page !== root) listen(page, VIOLATIONS_EVENT, (event) => event.target === page && report(event));
    listen(root, "click", onClick, true);
    listen(root, "invalid", onInvalid, true); // `invalid` does not bubble
    // Before any Pay handler runs, the twins catch up with a value a script set without an event.
    listen(page, "click", syncAll, true);
    listen(page, "submit", syncAll, true);
    render();

    return {
      validate() {
        for (const r of records) {
          r.interacted = true;
          r.forced = true;
        }
        render();
        const input = { ...readFields(root, ids), ...options.args };
        return leftToWidget(CALLS[call].validate(input, { locale: locale(), now: options.now, version }), input, []).kept;
      },
      refresh() {
        for (const r of records) {
          if (r.format) r.input.value = r.format(r.input.value).value;
          r.lastDigits = digitsOf(r.input.value);
          r.sync();
        }
        render();
      },
      detach: teardown,
    };
  } catch (error) {
    teardown();
    throw error;
  }
}

function restoreAttr(el, attr, value) {
  if (value === null) el.removeAttribute(attr);
  else el.setAttribute(attr, value);
}
