// How attach() tells the customer: an error element per field (linked by aria-describedby, never
// inside a label) and one live region that announces how many fields have errors.
import { catalogOf } from "./messages.js";

/**
 * The record's error element, made once: the element its field's `data-ccbill-error` names, else
 * a `<span class="ccbill-error">` after the field (after its label, if it has one).
 */
export function errorElement(r, log) {
  if (r.error) return r.error;
  const el = r.input;
  let error = el.dataset.ccbillError ? document.getElementById(el.dataset.ccbillError) : null;
  if (error) {
    log.onUndo(() => (error.textContent = ""));
  } else {
    error = document.createElement("span");
    error.id = `${el.id || `ccbill-${r.hint ?? r.names[0]}`}-error`;
    error.className = "ccbill-error";
    // Not a live region: announced on submit, seven of them would drown the count. A field's
    // error is read with the field, through aria-describedby, and the first one gets focus.
    // After the label, never inside it: text inside a label joins the input's accessible name.
    (el.closest("label") ?? el).insertAdjacentElement("afterend", error);
    log.onUndo(() => error.remove());
  }
  const described = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  if (!described.includes(error.id)) log.setAttr(el, "aria-describedby", [...described, error.id].join(" "));
  r.error = error;
  return error;
}

/** The live region that announces the error count: the merchant's own (`given`), or one at the form's end. */
export function statusRegion(root, given, log) {
  if (given) {
    log.onUndo(() => (given.textContent = ""));
    return given;
  }
  const status = document.createElement("p");
  status.className = "ccbill-status";
  status.setAttribute("role", "status");
  (root === document ? document.body : root).append(status);
  log.onUndo(() => status.remove());
  return status;
}

/** The one announcement of how many fields have errors, in the catalog's language. */
export function statusText(locale, n) {
  const { status } = catalogOf({ locale });
  return String(n === 1 ? status.one : status.other).replace("{count}", n);
}
