// The JS half of the wasm boundary (src/wasm/read.rs and write.rs import it; wasm-bindgen ships it as a snippet).
// Crossing between JS and wasm costs far more than reading a property, so a call's fields go
// in as one string and its violations come out of one string, instead of one crossing per
// property. Any value a getter or Proxy throws on is read as "other", never rethrown.

/** Field kinds, as the first character of each field's entry. */
const ABSENT = "a";
const TEXT = "t";
const TRUE = "y";
const FALSE = "n";
const NUMBER = "#"; // read exactly on the Rust side, from the raw value
const LIST = "l"; // passThroughInfo: read item by item on the Rust side
const OTHER = "o";

/**
 * Reads `names` from `input`: returns `[encoded, raw]`, where `encoded` holds, per field, a kind
 * and, for text, `<UTF-16 length>:<text>`; `raw` holds the values as read, for the target. Text
 * longer than `limit` units is cut as the rules read it (src/input.rs `clip`): from its first
 * non-space character, `limit + 1` units, so a huge field is never copied into the module.
 * With `numbers`, each number read is also pushed there, in field order, so that the module
 * takes them in with the string instead of reading each from `raw` (pkg-template/core.js).
 */
export function readFields(input, names, limit, numbers) {
  const raw = new Array(names.length);
  let encoded = "";
  for (let i = 0; i < names.length; i++) {
    let value;
    try {
      value = input[names[i]];
    } catch {
      encoded += OTHER;
      continue;
    }
    raw[i] = value;
    switch (typeof value) {
      case "string": {
        let text = value;
        if (text.length > limit) {
          text = text.trimStart();
          if (text.length > limit) text = text.slice(0, limit + 1);
        }
        encoded += `${TEXT}${text.length}:${text}`;
        break;
      }
      case "undefined":
        encoded += ABSENT;
        break;
      case "number":
        encoded += NUMBER;
        numbers?.push(value);
        break;
      case "boolean":
        encoded += value ? TRUE : FALSE;
        break;
      default:
        encoded += value === null ? ABSENT : isArray(value) ? LIST : OTHER;
    }
  }
  return [encoded, raw];
}

function isArray(value) {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/** Which of its code's sentences words a violation (pkg-template/messages.js reads it). */
const VARIANT = Symbol.for("ccbill-validate.variant");

/**
 * The violations, as CCBill's widget shapes them, from `encoded`: the findings as JSON (grammar:
 * src/boundary.rs), `[[propertyName, code, params], ...]`. Their `message` is left empty: the
 * JS layer words them (pkg-template/messages.js). All share one target: the call's fields
 * (`names`, as read into `raw`), `cvv2` left out, `cardNumber` replaced by `maskedCard` (left
 * out when `maskedCard` is undefined).
 */
export function buildViolations(encoded, names, raw, cardIndex, maskedCard, cvvIndex) {
  const target = {};
  for (let i = 0; i < names.length; i++) {
    if (i === cvvIndex) continue;
    const value = i === cardIndex ? maskedCard : raw[i];
    if (value !== undefined) target[names[i]] = value;
  }
  return JSON.parse(encoded).map(([propertyName, code, params, variant]) => {
    const violation = { target, message: "", propertyName, code, params };
    // Which of the code's sentences words it (the core's `Reason::variant`), for messages.js:
    // under a registered symbol, not enumerable, so the violation's shape stays CCBill's.
    if (variant !== undefined) Object.defineProperty(violation, VARIANT, { value: variant });
    return violation;
  });
}
