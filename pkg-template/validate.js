// validate(call, input, options) for every validator (core.js's and calls.js's): a plain call's
// fields read here, by the module's own reader (src/boundary.js), and handed over at once.
import { readFields } from "./boundary.js";
import { word } from "./messages.js";
import { ready } from "./ready.js";

/** `validate(call, input, options)` for the export named `caller` (each validator names itself). */
export function validateAs(caller, call, input, options) {
  const wasm = ready(caller);
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
