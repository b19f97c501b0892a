// validate(call, input, options) for every validator (core.js's and calls.js's): a plain call's
// fields read here, by the module's own reader (src/boundary.js), and handed over at once.
import { readFields } from "./boundary.js";
import { word } from "./messages.js";
import { ready } from "./ready.js";

/** `validate(call, input, options)` for the export named `caller` (each validator names itself). */
export function validateAs(caller, call, input, options) {
  const wasm = ready(caller);
  checkInput(caller, input);
  const read = typeof call === "string" ? reads(wasm).get(call) : undefined;
  const settings = read !== undefined && input !== null && typeof input === "object" ? plain(options) : undefined;
  // Anything unusual (a Date as `now`, a wrong argument) is the module's to read, and to refuse.
  if (settings === undefined) return word(wasm.validate(call, input, options), options);
  // One crossing instead of one per property, number and option.
  const numbers = [];
  const [encoded, raw] = readFields(input, read.fields, read.limit, numbers);
  return word(wasm.validateRead(read.index, encoded, numbers, raw, settings.now, settings.version), options);
}

let callReads;

/** Per call name, its index in the module, its fields and the text limit: the module's, asked once. */
function reads(wasm) {
  if (callReads === undefined) {
    const [names, fields, limit] = wasm.callReads();
    callReads = new Map(names.map((name, index) => [name, { index, fields: fields[index], limit }]));
  }
  return callReads;
}

/**
 * `{ now, version }` of options the fast path takes as they are: none, or an object whose `now`
 * is absent or a finite time value and whose `version` is absent or a string (the module parses
 * it); `undefined` for anything else, which `validate` then hands to the module whole.
 */
function plain(options) {
  if (options === undefined || options === null) return { now: Date.now(), version: undefined };
  if (typeof options !== "object") return undefined;
  let now, version;
  try {
    ({ now, version } = options);
  } catch {
    return undefined; // a throwing getter: the module reads it again, and says what is wrong
  }
  if (now === undefined) now = Date.now();
  else if (typeof now !== "number" || !Number.isFinite(now)) return undefined;
  if (version === null) version = undefined;
  else if (version !== undefined && typeof version !== "string") return undefined;
  return { now, version };
}

/**
 * A TypeError, naming the fix, for an input that holds the fields without being them: read as an
 * object, each would give every field `required` and no hint of the mistake (principle 1: a
 * caller's mistake is an error at the call, never a violation). None is read for the caller:
 * FormData and URLSearchParams are keyed by the fields' `name` attributes, which CCBill's widget
 * does not read (card fields often have none, so that the card never reaches the server), and may
 * hold a name twice; which of those the merchant means is theirs to say, in one line.
 */
export function checkInput(caller, input) {
  if (input === null || typeof input !== "object") return; // the module's TypeError, or no input
  const fix = mistake(input);
  if (fix !== undefined) throw new TypeError(`ccbill-validate: ${caller}(): ${fix}`);
}

const FIELDS = "one plain object holding the call's arguments and form fields under CCBill's names";

function mistake(input) {
  try {
    if (Array.isArray(input)) return `input is an array: pass ${FIELDS}`;
    if (typeof FormData === "function" && input instanceof FormData) {
      return `input is a FormData, keyed by the fields' name attributes, which CCBill's widget does not read: pass readForm(form) for the fields as the widget reads them, or Object.fromEntries(formData) if its names are CCBill's`;
    }
    if (typeof URLSearchParams === "function" && input instanceof URLSearchParams) {
      return `input is a URLSearchParams: pass Object.fromEntries(params), ${FIELDS}`;
    }
    if (input instanceof Map) return `input is a Map: pass Object.fromEntries(map), ${FIELDS}`;
    // An element from any window (an iframe's too), so by its shape rather than instanceof.
    if (typeof input.nodeType === "number" && typeof input.querySelector === "function") {
      return "input is an element: pass readForm(form) for its fields as CCBill's widget reads them, or the element to attach(form) for live feedback";
    }
  } catch {
    // A Proxy whose traps throw: read as any object is (each throwing field is "other").
  }
  return undefined;
}
