// guard() before init(): our validators throw an Error (not a TypeError), as on any internal error
// of ours. The guard's one fail-open point must hand the call to the widget, which validates it
// itself; then, once the module has loaded, the same bad card is stopped before the widget.
import { guard, init, validateCreatePaymentToken } from "/pkg/index.js";

const calls = [];
const widget = { createPaymentToken: (...args) => (calls.push(args), "the widget's own result") };
const guarded = guard(widget);
const result = {};
try {
  validateCreatePaymentToken({});
} catch (error) {
  result.before = `${error.constructor.name}`;
}
result.passedThrough = guarded.createPaymentToken("token", "900000", "0");
await init();
try {
  guarded.createPaymentToken("token", "900000", "0");
} catch (violations) {
  result.afterInit = violations.map((v) => v.code);
}
result.widgetCalls = calls.length;
window.failOpen = result;
document.body.dataset.ready = "true";
