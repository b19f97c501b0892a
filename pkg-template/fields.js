// Where CCBill's widget finds each field of the payment form, as one small module that readForm,
// guard and attach share. The widget's guide (v1 to v1.13) gives three ways to mark a field, and
// this is the order a field is looked up in:
//   1. a custom id: `new CCBillAdvancedWidget(appId, customIds)`, replaced for a field by a later
//      `widget.changeDefaultFieldId(field, id)`;
//   2. the attribute `data-ccbill="<field>"`;
//   3. the default id `_ccbillId_<field>`.
// Only inputs, selects and textareas count. A field is looked up in the whole document (the
// calls that take no form), or inside the form given. When a step matches more than one element
// (WooCommerce renders hidden copies of the billing fields), the first in document order wins,
// as `document.querySelector` and `document.getElementById`, which the widget and CCBill's own
// WooCommerce plugin use, return it.

import { FORM_FIELDS } from "./facts.js";

/** The fields the widget reads from the page (the rest come as arguments): the core's list. */
export { FORM_FIELDS };

export const ID_PREFIX = "_ccbillId_";
const KINDS = ["input", "select", "textarea"];

/** An attribute selector's quoted value: `"` and `\` escaped, so any id or name is safe. */
const quoted = (value) => `"${String(value).replace(/["\\]/g, "\\$&")}"`;
const anyKind = (attribute, value) => KINDS.map((kind) => `${kind}[${attribute}=${quoted(value)}]`).join(", ");

/**
 * The element to search in: the whole document by default, or a form given as a selector or an
 * element. `caller` names the function in the error for a selector that matches nothing.
 */
export function rootOf(form, caller) {
  // No page here (Node, a Worker): say so, rather than fail on the first use of `document`.
  if (typeof document === "undefined" && (form == null || typeof form === "string")) {
    throw new TypeError(
      `ccbill-validate: ${caller}() reads a page's form and needs its DOM, and there is none here: call it in the browser; on a server, validate the submitted fields with validate(call, input) or schema(call)`,
    );
  }
  if (form == null || form === "") return document;
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

/** Custom ids as given (`{ cardNumber: "cc" }`), keeping only CCBill's field names and text ids. */
export function customIdsOf(ids) {
  const out = {};
  if (ids == null || typeof ids !== "object") return out;
  for (const name of FORM_FIELDS) {
    const id = ids[name];
    if (typeof id === "string" && id !== "") out[name] = id;
  }
  return out;
}

/** The input, select or textarea the widget reads for `name`, or null. */
export function findField(root, name, customIds = {}) {
  const custom = customIds[name];
  return (
    (custom ? root.querySelector(anyKind("id", custom)) : null) ??
    root.querySelector(anyKind("data-ccbill", name)) ??
    root.querySelector(anyKind("id", ID_PREFIX + name))
  );
}

/** Every field found under `root`, by CCBill's name, with its value as the widget reads it. */
export function readFields(root, customIds = {}) {
  const out = {};
  for (const name of FORM_FIELDS) {
    const el = findField(root, name, customIds);
    if (el) out[name] = el.value;
  }
  return out;
}

/** The field an element is marked as (custom id, then `data-ccbill`, then default id), or null. */
export function fieldNameOf(el, customIds = {}) {
  if (!el || !KINDS.includes(el.localName)) return null;
  const custom = el.id ? Object.keys(customIds).find((name) => customIds[name] === el.id) : undefined;
  const name = custom ?? el.dataset?.ccbill ?? (el.id?.startsWith(ID_PREFIX) ? el.id.slice(ID_PREFIX.length) : null);
  return FORM_FIELDS.includes(name) ? name : null;
}

// The custom ids the page's guarded widgets were made with (install() passes the constructor's,
// guard() its `fieldIds`, and `changeDefaultFieldId` through a guard adds one), per document:
// attach() reads them, so it finds the fields the widget reads without being told twice.
const learned = new WeakMap(); // document -> { ids, listeners }

function registry(doc) {
  let entry = learned.get(doc);
  if (!entry) learned.set(doc, (entry = { ids: {}, listeners: new Set() }));
  return entry;
}

/** Adds custom ids a widget on `doc` reads (a later id for a field replaces the earlier one). */
export function learnFieldIds(doc, ids) {
  if (doc == null || typeof doc !== "object") return;
  const entry = registry(doc);
  const next = { ...entry.ids, ...customIdsOf(ids) };
  if (FORM_FIELDS.every((name) => next[name] === entry.ids[name])) return;
  entry.ids = next;
  for (const listener of entry.listeners) {
    try {
      listener();
    } catch {
      // A listener's failure is its own: it must not reach the widget's constructor or its caller.
    }
  }
}

/** The custom ids learned on `doc` so far, as a copy. */
export const learnedFieldIds = (doc) => ({ ...learned.get(doc)?.ids });

/** Calls `listener` whenever `doc`'s learned ids change; returns the function that stops it. */
export function onFieldIds(doc, listener) {
  const { listeners } = registry(doc);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
