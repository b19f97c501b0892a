// Demo: live per-field feedback with validateField, and the whole form with
// validateCreatePaymentToken on Pay. The merchant arguments below stand in
// for a real merchant's; nothing leaves the page.
import { init, validateCreatePaymentToken, validateField } from "/pkg/index.js";

const merchant = { clientAccnum: 900000, clientSubacc: 0 };
const form = document.getElementById("payment");
const result = document.getElementById("result");
const lang = document.getElementById("lang");
const touched = new Set();

await init();

const fields = () => {
  const input = { ...merchant };
  for (const el of form.querySelectorAll("[data-ccbill]")) input[el.dataset.ccbill] = el.value;
  return input;
};
const options = () => ({ locale: document.documentElement.lang });

function errorFor(el) {
  let error = document.getElementById(`${el.dataset.ccbill}-error`);
  if (!error) {
    error = document.createElement("span");
    error.id = `${el.dataset.ccbill}-error`;
    error.className = "error";
    el.setAttribute("aria-describedby", error.id);
    el.closest("label").append(error);
  }
  return error;
}

function check(el) {
  const [violation] = validateField(el.dataset.ccbill, el.value, fields(), options());
  const text = violation ? violation.message.split(".")[1] : "";
  el.setAttribute("aria-invalid", String(Boolean(violation)));
  errorFor(el).textContent = text;
}

form.addEventListener("focusout", (event) => {
  const el = event.target;
  if (!el.dataset?.ccbill) return;
  touched.add(el);
  check(el);
});
form.addEventListener("input", (event) => {
  if (touched.has(event.target)) check(event.target);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const violations = validateCreatePaymentToken(fields(), options());
  for (const el of form.querySelectorAll("[data-ccbill]")) {
    if (el.type !== "hidden") {
      touched.add(el);
      check(el);
    }
  }
  result.textContent = violations.length
    ? `The widget would throw:\n${JSON.stringify(violations, null, 2)}`
    : "Valid: createPaymentToken would now go to CCBill.";
});

lang.addEventListener("change", () => {
  document.documentElement.lang = lang.value;
  touched.forEach(check);
});
