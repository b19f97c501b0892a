// validate(call, input, options) for every validator (core.js's and calls.js's): a plain call's
// fields read here, by the module's own reader (src/boundary.js), and handed over at once.
import { readFields } from "./boundary.js";
import { word } from "./messages.js";
import { moduleMemory } from "./loaded.js";
import { ready } from "./ready.js";

/** `validate(call, input, options)` for the export named `caller` (each validator names itself). */
export function validateAs(caller, call, input, options) {
  const wasm = ready(caller);
  checkInput(caller, input);
  const read = typeof call === "string" ? reads(wasm).get(call) : undefined;
  if (read?.own === undefined) return check(wasm, read, call, input, options);
  // A token body: its nested fields are read flat under their paths, and the violations, which
  // the module and the wording name by field, are named as the body names them.
  return named(check(wasm, read, call, flatten(input, read.fields), options), read);
}

function check(wasm, read, call, input, options) {
  const settings = read !== undefined && input !== null && typeof input === "object" ? plain(options) : undefined;
  // Anything unusual (a Date as `now`, a wrong argument) is the module's to read, and to refuse.
  if (settings === undefined) return word(wasm.validate(call, input, options), options);
  // One crossing instead of one per property, number and option.
  const numbers = [];
  const [encoded, raw] = readFields(input, read.fields, read.limit, numbers);
  const bytes = write(wasm, numbers, encoded);
  if (bytes === undefined) return word(wasm.validate(call, input, options), options);
  return word(wasm.validateRead(read.index, numbers.length, bytes, raw, settings.now, settings.version), options);
}

let room; // the module's input room (`inputRoom`), as views of the module's memory
const encoder = new TextEncoder();

/**
 * Writes the string and then the numbers straight into the module's room, where validateRead
 * reads them: no allocation and no copy but `encodeInto`'s. Returns the string's UTF-8 bytes, or
 * `undefined` when the module has no room (or its memory is unknown).
 */
function write(wasm, numbers, encoded) {
  const size = encoded.length * 3 + numbers.length * 8; // UTF-8 takes at most 3 bytes per UTF-16 unit
  // The views go stale when the room grows, or the module's memory does (its buffer is detached:
  // the views' length is then 0).
  if (room === undefined || room.bytes.byteLength < size) {
    const grown = Math.max(size, 2048);
    const memory = moduleMemory();
    const at = memory === null ? 0 : wasm.inputRoom(grown);
    if (at === 0) return undefined; // no room: the module reads the input itself
    const { buffer } = memory;
    room = { bytes: new Uint8Array(buffer, at, grown), view: new DataView(buffer, at, grown) };
  }
  const { written } = encoder.encodeInto(encoded, room.bytes);
  for (let i = 0; i < numbers.length; i++) room.view.setFloat64(written + i * 8, numbers[i], true);
  return written;
}

/**
 * `validateField(propertyName, value, input, options)`: in a token body (`options.call`), the
 * field is named by its path or its own name, the input is the nested body, and the violations
 * are named as the body names them, as the whole call's are.
 */
export function validateFieldAs(propertyName, value, input, options) {
  const wasm = ready("validateField");
  checkInput("validateField", input);
  const read = reads(wasm).get(callOf(options));
  if (read?.own === undefined) return word(wasm.validateField(propertyName, value, input, options), options);
  const field = read.fieldOf.get(propertyName) ?? propertyName;
  const flat = input === undefined || input === null ? input : flatten(input, read.fields);
  return named(word(wasm.validateField(field, value, flat, options), options), read);
}

/** `options.call` when it is a string; anything else is the module's to read, and to refuse. */
function callOf(options) {
  try {
    return typeof options?.call === "string" ? options.call : undefined;
  } catch {
    return undefined;
  }
}

let callReads;

/** Per call name, its index in the module, its fields and the text limit: the module's, asked once. */
function reads(wasm) {
  if (callReads === undefined) {
    const [names, fields, limit, own] = wasm.callReads();
    callReads = new Map(names.map((name, index) => [name, { index, fields: fields[index], limit, ...body(fields[index], own[index]) }]));
  }
  return callReads;
}

/**
 * For a body whose names are not its fields' own (`own`: the fields' names, a token body's), each
 * field's path and back, made once with the call's reads; nothing for every other call.
 */
function body(paths, own) {
  if (own === undefined) return {};
  return { own, pathOf: new Map(own.map((field, i) => [field, paths[i]])), fieldOf: new Map(paths.map((path, i) => [path, own[i]])) };
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

const tagOf = Object.prototype.toString;

function mistake(input) {
  try {
    if (Array.isArray(input)) return `input is an array: pass ${FIELDS}`;
    // By its tag, not instanceof: one from another window (an iframe's) is caught too, and Node
    // loads its fetch implementation (about 15 ms) on the first read of the FormData global.
    switch (tagOf.call(input)) {
      case "[object FormData]":
        return `input is a FormData, keyed by the fields' name attributes, which CCBill's widget does not read: pass readForm(form) for the fields as the widget reads them, or Object.fromEntries(formData) if its names are CCBill's`;
      case "[object URLSearchParams]":
        return `input is a URLSearchParams: pass Object.fromEntries(params), ${FIELDS}`;
      case "[object Map]":
        return `input is a Map: pass Object.fromEntries(map), ${FIELDS}`;
    }
    // An element from any window (an iframe's too), so by its shape rather than instanceof.
    if (typeof input.nodeType === "number" && typeof input.querySelector === "function") {
      return "input is an element: pass readForm(form) for its fields as CCBill's widget reads them, or the element to attach(form) for live feedback";
    }
  } catch {
    // A Proxy whose traps throw: read as any object is (each throwing field is "other").
  }
  return undefined;
}

/**
 * A nested body's values under their dotted paths, for the flat reader. CCBill's own cURL sample
 * wraps `customerInfo` and `creditCardPaymentInfo` in `{ value: {...} }` (its schema does not),
 * so an object without the next key is read through its `value` object (src/input.rs `at_path`
 * reads the same). A value whose getter throws stays unreadable: its path throws in turn, which
 * readFields reads as "other", as it reads any throwing property.
 */
function flatten(input, paths) {
  if (input === null || typeof input !== "object") return input; // the module says what is wrong
  const flat = {};
  for (const path of paths) {
    try {
      flat[path] = at(input, path);
    } catch {
      Object.defineProperty(flat, path, { get: unreadable, enumerable: true });
    }
  }
  return flat;
}

function at(node, path) {
  for (const step of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    const next = node[step];
    const wrapped = next === undefined ? node.value : undefined;
    node = wrapped !== null && typeof wrapped === "object" ? wrapped[step] : next;
  }
  return node;
}

function unreadable() {
  throw new TypeError("unreadable");
}

/** The violations under the body's names (`customerInfo.zipcode`), and their target nested as the body is. */
function named(violations, read) {
  if (violations.length === 0) return violations;
  const target = nest(violations[0].target);
  for (const v of violations) {
    const path = read.pathOf.get(v.propertyName) ?? v.propertyName;
    v.message = path + v.message.slice(v.propertyName.length);
    v.propertyName = path;
    v.target = target;
  }
  return violations;
}

function nest(flat) {
  const out = {};
  for (const [path, value] of Object.entries(flat)) {
    const steps = path.split(".");
    let node = out;
    for (const step of steps.slice(0, -1)) node = node[step] ??= {};
    node[steps[steps.length - 1]] = value;
  }
  return out;
}
