// The browser side of tests/e2e/mistakes.test.mjs: a real form element (and another window's), its
// FormData and its URLSearchParams given to the validators as input; what each throws.
import * as pkg from "/pkg/index.js";

await pkg.init();
const form = document.getElementById("payment");
const frame = document.getElementById("frame");
if (!frame.contentDocument?.querySelector("form")) await new Promise((loaded) => frame.addEventListener("load", loaded, { once: true }));
const thrown = (call) => {
  try {
    call();
    return null;
  } catch (error) {
    return { name: error.name, message: error.message };
  }
};
window.mistakes = {
  form: thrown(() => pkg.validateCreatePaymentToken(form)),
  frameForm: thrown(() => pkg.validateCreatePaymentToken(frame.contentDocument.querySelector("form"))),
  formData: thrown(() => pkg.validate("createPaymentToken", new FormData(form))),
  params: thrown(() => pkg.validateField("cvv2", "123", new URLSearchParams(new FormData(form)))),
  // The fix each message names works: the form read as the widget reads it.
  fixed: pkg.validateCreatePaymentToken({ clientAccnum: 900000, clientSubacc: 0, ...pkg.readForm(form) }).map((v) => `${v.propertyName}:${v.code}`),
};
document.body.dataset.ready = "true";
