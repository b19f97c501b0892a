// What guard() and attach() share about the page: its language, and how a guarded call that
// threw tells attach() (an event on the form it searched), and which violations a field with no
// element leaves to CCBill's widget.
import { FORM_FIELDS } from "./fields.js";

/** The page's language: `<html lang>`, else English. */
export const htmlLang = () => (typeof document === "object" ? document.documentElement.lang : "") || "en";

/** The text of a violation's message, without its `propertyName.` prefix. */
export const messageText = (violation) => violation.message.slice(violation.message.indexOf(".") + 1);

/** The event a guarded call that throws dispatches on its form; `attach()` listens for it. */
export const VIOLATIONS_EVENT = "ccbill-violations";

/** The event attach() dispatches on a field whose state, validity, code or brand changed (it bubbles). */
export const CHANGE_EVENT = "ccbill-validate:change";

/** The event attach() dispatches on its form when the form becomes complete, or stops being so. */
export const COMPLETE_EVENT = "ccbill-validate:complete";

/** Tells attach() what a guarded call threw: on the form searched, or on the document. */
export function notifyForm(root, violations) {
  if (typeof CustomEvent !== "function" || typeof root?.dispatchEvent !== "function") return;
  root.dispatchEvent(new CustomEvent(VIOLATIONS_EVENT, { detail: violations }));
}

/**
 * The violations without `required` for a form field that has no element where the call looked
 * (principle 1: CCBill's widget reads the same document and reports what it misses; the element
 * may be one we cannot find, e.g. by a custom id we were not told). A field whose element is
 * blank, and a value the call takes as an argument, stay `required`. Returns the violations kept
 * and the names left to the widget.
 */
export function leftToWidget(violations, input, argumentNames) {
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
 * Whether `value` is the violations array a guarded call throws (or a validator returns, when not
 * empty): narrows a `catch`'s `unknown` from CCBill's own errors and anything else thrown. Read
 * without a throw: a getter or Proxy that throws makes it `false`.
 */
export function isViolations(value) {
  try {
    return Array.isArray(value) && value.length > 0 && value.every(isViolation);
  } catch {
    return false;
  }
}

const isViolation = (item) =>
  item !== null &&
  typeof item === "object" &&
  typeof item.propertyName === "string" &&
  typeof item.message === "string" &&
  typeof item.code === "string" &&
  item.target !== null &&
  typeof item.target === "object";
