// The fields attach() works on, as the customer sees them: one record per visible input, the
// names it stands for, and where CCBill's widget reads each name (the input itself, or a hidden
// input attach() keeps in step). Formatting lives here: the card number grouped while a hidden
// twin holds its digits, one MM / YY field feeding the two expiry fields, the input hints, and
// the caret kept as the customer types.
import { fieldAttributes, formatCardNumber, formatExpiry, parseExpiry } from "./format.js";
import { FORM_FIELDS, findField } from "./fields.js";

/** The inputs attach() added (twins, hidden expiry fields): never taken for the merchant's fields. */
const ours = new WeakSet();

/** Whether attach() added `el` (a twin, a hidden expiry field): no reason to set up again. */
export const isOurs = (el) => ours.has(el);

export const digitsOf = (value) => String(value ?? "").replace(/\D/g, "");

const isDigit = (c) => c >= "0" && c <= "9";

/**
 * The records of `root`'s fields (found by `ids`, as guard() finds them), with what `format`
 * adds: twins, hints, the formatted text. Every change goes into `log`.
 */
export function fieldRecords(root, { now, format, ids, log }) {
  const records = [];

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
    log.onUndo(() => input.remove());
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
    log.onUndo(() => (input.value = digitsOf(input.value) === digitsOf(original) ? original : otherwise(input)));
  }

  const expiry = root.querySelector("input[data-ccbill-expiry]");
  if (expiry) {
    const typed = parseExpiry(expiry.value, { now });
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
        const parsed = parseExpiry(expiry.value, { now });
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
        log.setAttr(el, "data-ccbill-shown", name);
        log.setAttr(el, "data-ccbill", null);
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
        if (value !== undefined && !r.input.hasAttribute(attr)) log.setAttr(r.input, attr, String(value));
      }
    }
  }
  records.forEach(reformatAll);
  return records;
}

/** The record's text formatted as a whole (at set-up, on refresh()), and its sources in step. */
export function reformatAll(r) {
  if (r.format) r.input.value = r.format(r.input.value).value;
  r.lastDigits = digitsOf(r.input.value);
  r.sync();
}

/** Formats the field as the customer types (card number, expiry), keeping the caret. */
export function reformat(r, event) {
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
