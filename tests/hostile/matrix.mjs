// The hostile-value matrix over the package's real export list: every exported function, every
// argument position, every hostile value. Plain ES module with no Node API, so the same code runs
// in Node (tests/js/exports.test.mjs) and in Chromium, Firefox and WebKit
// (tests/e2e/exports.test.mjs).
//
// An export passes when each call returns, or throws a TypeError with a message; a trap
// (WebAssembly.RuntimeError) or any other exception fails it, and so does a module that no longer
// validates a valid form afterwards. A new export is covered without editing this file: its
// arguments start out undefined unless BASELINE below names valid ones.

/** Values a browser, a form library or an attacker can hand over. */
export function hostileValues() {
  const thrower = () => {
    throw new Error("hostile");
  };
  const throwingProxy = new Proxy(
    {},
    { get: thrower, has: thrower, ownKeys: thrower, getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const nested = { a: { b: { c: [1, { d: 2 }] } } };
  nested.self = nested;
  const throwingItem = [{ name: "a", value: "b" }];
  Object.defineProperty(throwingItem, 0, { get: thrower });
  return [
    ["null", null],
    ["undefined", undefined],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-0", -0],
    ["5", 5],
    ["the number 4242424242424242", 4242424242424242],
    ["1e21", 1e21],
    ["true", true],
    ["BigInt", 10n ** 30n],
    ["Symbol", Symbol("hostile")],
    ["function", () => "4111111111111111"],
    ["array", [1, "2", null]],
    ["nested object", nested],
    ["{}", {}],
    ["throwing toString/valueOf", { toString: thrower, valueOf: thrower }],
    ["Proxy with throwing traps", throwingProxy],
    ["revoked Proxy", revocable.proxy],
    ["array with a throwing item", throwingItem],
    ["frozen object", Object.freeze({ cardNumber: "4111111111111111" })],
    ["null-prototype object", Object.create(null)],
    ["String object", new String("840")],
    ["invalid Date", new Date(NaN)],
    ["Date", new Date(0)],
    ["1,000,000 characters", "4".repeat(1_000_000)],
    ["1,000,000 non-ASCII", "é".repeat(1_000_000)],
    ["lone surrogate", "\uD800"],
    ["NUL", "12\u00003"],
    ["empty string", ""],
    ["unknown field name", "notAField"],
  ];
}

const VALID = {
  clientAccnum: "900000",
  clientSubacc: "0",
  nameOnCard: "Ana María Pérez",
  cardNumber: "4111 1111 1111 1111",
  expMonth: "11",
  expYear: "2030",
  cvv2: "123",
  firstName: "Ana María",
  lastName: "Pérez",
  address1: "Calle Mayor 1",
  city: "Madrid",
  country: "ES",
  state: "M",
  postalCode: "28013",
  email: "ana@example.es",
  currencyCode: "978",
};
const OPTIONS = { now: 1795435200000 };

/** Valid arguments for the exports we know; a hostile value replaces one at a time. */
const BASELINE = {
  validateCreatePaymentToken: [VALID, OPTIONS],
  validateIsScaRequired: [VALID, OPTIONS],
  validateIsScaRequiredForPaymentToken: [{ currencyCode: "978", paymentTokenId: "abc123" }, OPTIONS],
  validateAuthenticateCustomer: [VALID, OPTIONS],
  validateField: ["cardNumber", "4111 1111 1111 1111", VALID, OPTIONS],
  cardBrand: ["4111 1111 1111 1111"],
  maskCardNumber: ["4111 1111 1111 1111"],
};

/** Exports that are not validators: they load the module itself and take its bytes or URL. */
export const LOADERS = ["init", "initSync", "default"];

/** The function exports of `pkg` to test, sorted; `skip` names any to leave out here. */
export function exportsOf(pkg, skip = []) {
  return Object.keys(pkg)
    .filter((name) => typeof pkg[name] === "function" && !LOADERS.includes(name) && !skip.includes(name))
    .sort();
}

function outcome(call) {
  try {
    const result = call();
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error };
  }
}

function describe(error) {
  try {
    const text = `${error?.constructor?.name ?? typeof error}: ${error?.message ?? String(error)}`;
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return "an unprintable exception";
  }
}

/**
 * Runs the matrix for one export of `pkg`: returns `{ name, calls, typeErrors, failures }`, where
 * each failure is a sentence. Synchronous, and short: one export is one browser round trip.
 */
export function runExport(pkg, name) {
  const fn = pkg[name];
  const baseline = BASELINE[name] ?? [];
  const positions = Math.max(fn.length, baseline.length, 1);
  const failures = [];
  let calls = 0;
  let typeErrors = 0;
  for (let position = 0; position < positions; position++) {
    for (const [label, value] of hostileValues()) {
      const args = baseline.slice();
      args[position] = value;
      calls++;
      const { ok, error, result } = outcome(() => fn(...args));
      if (ok) {
        // A returned promise settles on its own; reading `then` may itself hit a hostile value
        // (guard() returns a transparent wrapper of whatever it was given).
        try {
          if (result && typeof result.then === "function") result.then(undefined, () => {});
        } catch {}
        continue;
      }
      if (error instanceof TypeError && typeof error.message === "string" && error.message.length > 0) {
        typeErrors++;
        continue;
      }
      const trap = typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
      failures.push(`${name}(argument ${position + 1} = ${label}) ${trap ? "trapped" : "threw"}: ${describe(error)}`);
    }
  }
  const after = outcome(() => pkg.validateCreatePaymentToken(VALID, OPTIONS));
  if (!after.ok || after.result.length !== 0) {
    failures.push(`after ${name}, a valid form no longer validates: ${after.ok ? after.result.length : describe(after.error)}`);
  }
  return { name, calls, typeErrors, failures };
}
