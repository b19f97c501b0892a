// The form tests/e2e/attach.test.mjs drives: labels wrapping inputs, as many checkouts write
// them. The query picks a variant: `expiry` (one MM / YY field; `expiry=own` with the merchant's
// own hidden expMonth/expYear), `format=0` (attach's opt-out), `ownError` (the email field names
// its own error container, and the live region is the page's), `native` (no `novalidate`: the
// browser's own validation runs on submit), `autofill` (the expiry field, and the name on card and
// address fields a browser fills too), `style` (the package's style.css in place of the page's).
// Every state and event attach() gives is recorded in `window.stateEvents`, by listeners added on the
// line after attach(), as a merchant writes them.
import { init, attach, guard, tablesReady } from "/pkg/index.js";

const query = new URLSearchParams(location.search);
if (query.has("style")) document.querySelector('link[rel="stylesheet"]').href = "/pkg/style.css";
const autofill = query.has("autofill");
const ownHidden = query.get("expiry") === "own"
  ? `<input type="hidden" id="own-month" data-ccbill="expMonth"><input type="hidden" id="own-year" data-ccbill="expYear">`
  : "";
const expiry = query.has("expiry") || autofill
  ? `<label>Expiry <input id="expiry" data-ccbill-expiry placeholder="MM / YY"></label>${ownHidden}`
  : `<label>Expiry month <input id="expMonth" data-ccbill="expMonth"></label>
     <label>Expiry year <input id="expYear" data-ccbill="expYear"></label>`;
const email = query.has("ownError")
  ? `<label>Email <input id="email" data-ccbill="email" data-ccbill-error="email-problem"></label>
     <div id="email-problem" class="merchant-error"></div>
     <p id="announce" role="status"></p>`
  : `<label>Email <input id="email" data-ccbill="email"></label>`;

document.body.innerHTML = `
  <form id="payment" ${query.has("native") ? "" : "novalidate"}>
    ${autofill ? `<label>Name on card <input id="nameOnCard" data-ccbill="nameOnCard"></label>` : ""}
    <label>Card number <input id="cardNumber" data-ccbill="cardNumber"></label>
    ${expiry}
    <label>Security code <input id="cvv2" data-ccbill="cvv2"></label>
    <label>First name <input id="firstName" data-ccbill="firstName"></label>
    <label>Last name <input id="lastName" data-ccbill="lastName"></label>
    <label>Country <select id="country" data-ccbill="country">
      <option value="">Choose…</option><option value="CA">Canada</option><option value="ES">Spain</option>
    </select></label>
    ${autofill ? `<label>Address <input id="address1" data-ccbill="address1"></label>
      <label>City <input id="city" data-ccbill="city"></label>` : ""}
    <label>State <input id="state" data-ccbill="state"></label>
    <label>Postal code <input id="postalCode" data-ccbill="postalCode"></label>
    <label>Phone <input id="phoneNumber" data-ccbill="phoneNumber"></label>
    ${email}
    <button type="submit" id="pay">Pay</button>
    <button type="button" id="check">Check SCA</button>
  </form>`;

await init();
const form = document.getElementById("payment");
// A page on widget v1.12, which has no name-on-card field (v1.13 requires one).
const version = "1.12.2";
const options = { locale: "en", now: "2026-11-15T12:00:00Z", version, args: { clientAccnum: 900000, clientSubacc: 0 } };
if (query.get("format") === "0") options.format = false;
if (query.has("ownError")) options.status = "#announce";
window.handle = attach(form, options);
window.stateEvents = [];
form.addEventListener("ccbill-validate:change", (e) => window.stateEvents.push({ type: e.type, target: e.target.id, ...e.detail }));
form.addEventListener("ccbill-validate:complete", (e) => window.stateEvents.push({ type: e.type, ...e.detail }));

// A stand-in widget behind guard(): the page records what reached it and what was thrown.
const widget = guard(
  {
    createPaymentToken: (...args) => window.calls.push(args),
    isScaRequired: (...args) => window.calls.push(args),
    isScaRequiredForPaymentToken: () => 0,
    authenticateCustomer: () => 0,
  },
  { form, now: options.now, locale: "en", version },
);
window.calls = [];
window.thrown = [];
const call = (method, ...args) => {
  try {
    widget[method]("token", 900000, 0, ...args);
  } catch (violations) {
    window.thrown.push(violations.length);
  }
};
form.addEventListener("submit", (event) => {
  event.preventDefault();
  call("createPaymentToken");
});
// Not a submit: a guarded call from a click handler.
document.getElementById("check").addEventListener("click", () => call("isScaRequired"));
// The postal code, state and phone are checked against the country once the tables are in.
tablesReady().then(() => (document.body.dataset.ready = "true"));
