// The one-line drop-in: `install(ccbill)` right after CCBill's script tag. Every widget the page
// creates, with `new ccbill.CCBillAdvancedWidget(appId, customIds)` or v1's
// `new ccbill.MerchantConnectWidget(...)`, comes back guarded, its custom ids known. The
// constructors are wrapped in a Proxy, so `instanceof`, statics and subclasses keep working.
import { init } from "./core.js";
import { guard } from "./dom.js";
import { customIdsOf } from "./fields.js";

const CONSTRUCTORS = ["CCBillAdvancedWidget", "MerchantConnectWidget"];
const wrappers = new WeakSet();

function wrap(constructor, options) {
  const wrapper = new Proxy(constructor, {
    construct(target, args, newTarget) {
      const widget = Reflect.construct(target, args, newTarget === wrapper ? target : newTarget);
      const fieldIds = { ...customIdsOf(options.fieldIds), ...customIdsOf(args[1]) };
      return guard(widget, { ...options, fieldIds });
    },
  });
  wrappers.add(wrapper);
  return wrapper;
}

/**
 * Guards every widget `ccbill` (CCBill's global) makes from now on. Options are guard's
 * (`locale`, `now`, `form`, `fieldIds`, `version`), plus `module`, where to load the wasm from
 * (as `init` takes it). Starts loading the module and returns that promise: until it resolves the
 * widget's own checks apply. Installing twice changes nothing.
 */
export function install(ccbill, options = {}) {
  if (ccbill == null || (typeof ccbill !== "object" && typeof ccbill !== "function")) {
    throw new TypeError("install: pass CCBill's global `ccbill`, after CCBill's widget script has loaded");
  }
  const made = new Map(); // one wrapper per constructor: v1's alias may be the same function
  let found = false;
  for (const name of CONSTRUCTORS) {
    let constructor, replaced;
    try {
      constructor = ccbill[name];
      if (typeof constructor !== "function") continue;
      found = true;
      if (wrappers.has(constructor)) continue;
      if (!made.has(constructor)) made.set(constructor, wrap(constructor, options));
      replaced = Reflect.set(ccbill, name, made.get(constructor));
    } catch {
      replaced = false; // a getter or a Proxy trap that throws
    }
    if (!replaced) throw new TypeError(`install: ccbill.${name} cannot be read or replaced`);
  }
  if (!found) throw new TypeError("install: ccbill has no CCBillAdvancedWidget; load CCBill's widget script first");
  const loading = init(options.module);
  loading.catch(() => {}); // a failed load leaves the widget's own checks; awaiting callers still see it
  return loading;
}
