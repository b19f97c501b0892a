// The browser side of tests/e2e/tables.test.mjs: the ES entry, its tables from where the package
// keeps them (ccbill_validate_tables.bin beside the module), or with `?held` the same file through
// init()'s `tables` option, fetched only when the test calls release(). attach() shows the
// postal code's error once they come.
import * as pkg from "/pkg/index.js";

const held = new URLSearchParams(location.search).has("held");
let release = () => {};
let attached;
const tables = new Promise((resolve) => (release = () => resolve(fetch("/pkg/ccbill_validate_tables.bin"))));
const codes = (found) => found.map((v) => `${v.propertyName}:${v.code}`);

/** A guarded widget's createPaymentToken on the page's form (with `fields` changed): what it throws, or "called". */
function pay(fields = {}) {
  const saved = {};
  for (const [name, value] of Object.entries(fields)) {
    const input = document.querySelector(`[data-ccbill=${name}]`);
    saved[name] = input.value;
    input.value = value;
  }
  let called = false;
  const widget = pkg.guard({ createPaymentToken: () => (called = true) }, { version: "1.13.1" });
  try {
    widget.createPaymentToken("oauth-token", 900000, 0);
    return called ? "called" : "neither thrown nor called";
  } catch (violations) {
    return codes(violations);
  } finally {
    for (const [name, value] of Object.entries(saved)) document.querySelector(`[data-ccbill=${name}]`).value = value;
  }
}

window.tablesPage = {
  postal: () => codes(pkg.validateField("postalCode", "ABC", { country: "US" })),
  pay,
  release: () => release(),
  // attach() on the form, and the postal code as autofill gives it (a value arriving without
  // focus counts as changed and left): its state, once the page has had a task to render.
  attach: () => void (attached = pkg.attach("#payment")),
  detach: () => attached.detach(),
  autofill: () => document.querySelector("[data-ccbill=postalCode]").dispatchEvent(new Event("input", { bubbles: true })),
  postalState: () => document.querySelector("[data-ccbill=postalCode]").dataset.ccbillState,
  ready: (timeout) => pkg.tablesReady(timeout),
};
await pkg.init(undefined, held ? { tables } : undefined);
document.body.dataset.ready = "true";
