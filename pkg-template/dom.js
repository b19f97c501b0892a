// The page side of ccbill-validate: read the form as CCBill's widget reads it, guard the widget's
// calls, and give live feedback per field (attach.js). Plain DOM, no dependencies; every check is
// the wasm module's.
import { validate } from "./core.js";
import { FORM_FIELDS, customIdsOf, learnFieldIds, readFields, rootOf } from "./fields.js";
import { METHODS, argumentFields, pageVersion, readArguments } from "./versions.js";
import { loadProblem } from "./loaded.js";
import { htmlLang, leftToWidget, notifyForm } from "./page.js";
import { warnOnce } from "./warn.js";

export { FORM_FIELDS };
export { attach } from "./attach.js";
export { isViolations } from "./page.js";

/**
 * The page's fields as CCBill's widget collects them (see fields.js for the order of lookup and
 * the rule for duplicates): in the whole document, or in `form` (a selector or an element).
 * `options.fieldIds` are custom ids, as the widget's constructor takes them. Fields not on the
 * page are left out.
 */
export function readForm(form, options = {}) {
  return readFields(rootOf(form, "readForm"), customIdsOf(options.fieldIds));
}

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
 * A call made before the reference tables have loaded is checked with what is loaded (the postal
 * code, state and phone number pass, as the tables' checks do until then), never held: a guarded
 * call must throw synchronously, as the widget does, and a wait would turn that throw into a
 * rejected promise, which the usual `try { widget.createPaymentToken(...).then(...) } catch` misses.
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
  for (const method of METHODS) {
    if (!has(method)) continue;
    guarded[method] = (...args) => {
      const { args: named, form } = readArguments(method, version, args);
      const root = rootOf(form ?? options.form, method);
      const input = { ...readFields(root, ids), ...named };
      let violations;
      try {
        violations = validate(method, input, { locale: options.locale ?? htmlLang(), now: options.now, version });
      } catch (error) {
        // The one deliberate fail-open point. A TypeError is the caller's mistake and is thrown;
        // any other error is ours (the module not loaded yet, an internal error): it must not
        // block a sale, and CCBill's widget still validates the call itself.
        if (error instanceof TypeError) throw error;
        const problem = loadProblem();
        if (problem) warnOnce("module", `let ${method}() through unchecked: ${problem}`);
        return widget[method](...args);
      }
      const { kept, missing } = leftToWidget(violations, input, argumentFields(method, version));
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
