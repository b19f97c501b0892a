// Standard Schema V1 (https://standardschema.dev) over the validators of core.js, so that form
// libraries (TanStack Form, react-hook-form, VeeValidate, ...) and servers (Hono, tRPC, ...) take a
// whole call's rules with no glue. Only core.js's public exports, the catalogs and the call list
// (facts.js, from the core) are used.
import { catalogOf } from "./messages.js";
import { cardBrand, init, validate } from "./core.js";
import { CALLS } from "./facts.js";

// A value that is no object at all (a JSON body of `null`, `[]` or `"x"`) is the client's input on a
// server, so it gets an issue rather than the validators' TypeError (which would be a 500).
// Its wording is the catalog's `notAnObject` sentence, in the caller's language.
const notAnObject = (locale) => ({
  issues: [{ message: String(catalogOf({ locale }).messages.notAnObject), code: "notAnObject" }],
});

let loaded = false;

// Whether init() has resolved, through the public API: before that every validator throws.
function isLoaded() {
  if (!loaded) {
    try {
      cardBrand("");
      loaded = true;
    } catch {
      // not yet
    }
  }
  return loaded;
}

const isRecord = (value) => {
  try {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
};


function toIssue(violation) {
  const prefix = `${violation.propertyName}.`;
  const { message } = violation;
  const issue = {
    // Form libraries show `message` as it is: the sentence alone, without the widget's prefix.
    message: message.startsWith(prefix) ? message.slice(prefix.length) : message,
    // A token body's propertyName is a path through it (`customerInfo.zipcode`).
    path: violation.propertyName.split("."),
    code: violation.code,
  };
  if (violation.params !== undefined) issue.params = violation.params;
  return issue;
}

/**
 * A Standard Schema V1 object for one call's rules. `options`: `{ locale?, now?, args? }`, where
 * `args` holds the call's own arguments (e.g. `{ clientAccnum, clientSubacc }`), which are not form
 * fields; they are validated with the value and win over a field of the same name.
 * `validate(value)` returns `{ value }` (the value given, untouched) or `{ issues }`, synchronously
 * once `init()` has resolved; before that, a Promise of the same result, after loading the module.
 */
export function schema(call, options) {
  // Checked as a string first: any other value (a Proxy, an object with a throwing toString) is
  // never converted, and never quoted back.
  if (typeof call !== "string" || !Object.hasOwn(CALLS, call)) {
    throw new TypeError(`ccbill-validate: schema() takes one of ${Object.keys(CALLS).join(", ")}`);
  }
  if (options != null && !isRecord(options)) throw new TypeError("ccbill-validate: schema() options must be an object");
  const { args, ...validatorOptions } = options ?? {};
  if (args != null && !isRecord(args)) throw new TypeError("ccbill-validate: schema() options.args must be an object");

  const check = (value) => {
    if (!isRecord(value)) {
      return notAnObject(validatorOptions.locale);
    }
    let input = value;
    if (args) {
      try {
        input = { ...value, ...args };
      } catch {
        // A value whose own keys cannot be listed (a throwing Proxy) is no form's values.
        return notAnObject(validatorOptions.locale);
      }
    }
    const violations = validate(call, input, validatorOptions);
    return violations.length === 0 ? { value } : { issues: violations.map(toIssue) };
  };

  return {
    "~standard": {
      version: 1,
      vendor: "ccbill-validate",
      validate: (value) => (isLoaded() ? check(value) : init().then(() => check(value))),
    },
  };
}
