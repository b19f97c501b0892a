// The one-line drop-in: `install()` (or `install(ccbill)`) with CCBill's script. Every widget the
// page creates, with `new ccbill.CCBillAdvancedWidget(appId, customIds)` or v1's
// `new ccbill.MerchantConnectWidget(...)`, comes back guarded, its custom ids known. The
// constructors are wrapped in a Proxy, so `instanceof`, statics and subclasses keep working.
import { init } from "./core.js";
import { guard } from "./dom.js";
import { customIdsOf } from "./fields.js";
import { warnOnce } from "./warn.js";

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
 * (`locale`, `now`, `form`, `fieldIds`, `version`), plus `module` and `tables`, where to load the
 * wasm and the reference tables from (as `init` takes them). With no `ccbill` (or `undefined`, as
 * `window.ccbill` is before CCBill's script ran: `defer`, `async`, injected later) it takes the
 * global once it appears. Starts loading the module and returns that promise: until it resolves
 * the widget's own checks apply, and until the tables follow, the guard's checks that need them
 * pass. Installing twice changes nothing.
 */
export function install(ccbill, options = {}) {
  if (ccbill == null && !hasConstructor(globalThis.ccbill) && typeof document === "object") {
    whenGlobal((found) => {
      try {
        wrapAll(found, options);
      } catch (error) {
        // Thrown inside CCBill's script (our setter) it would break the widget: say it instead.
        warnOnce("install", `could not guard CCBill's widgets, every call goes through unchecked: ${error.message}`);
      }
    });
  } else {
    wrapAll(ccbill ?? globalThis.ccbill, options);
  }
  const loading = init(options.module, { tables: options.tables });
  loading.catch(() => {}); // a failed load leaves the widget's own checks; awaiting callers still see it
  return loading;
}

function wrapAll(ccbill, options) {
  if (ccbill == null || (typeof ccbill !== "object" && typeof ccbill !== "function")) {
    throw new TypeError("install: pass CCBill's global `ccbill`, or in a page nothing: install() then waits for it");
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
}

function hasConstructor(ccbill) {
  try {
    return CONSTRUCTORS.some((name) => typeof ccbill?.[name] === "function");
  } catch {
    return false; // a hostile getter: not CCBill's
  }
}

let waiting = null; // the callbacks of install() calls made before CCBill's global appeared

/**
 * Calls `found(ccbill)` once CCBill's global has its constructors, however it comes: assigned
 * (`var ccbill = ...`, `window.ccbill = ...`: our setter runs inside CCBill's script, so a widget
 * made by its next line is guarded), or defined past the setter (Object.defineProperty, a function
 * declaration, constructors added to an existing object): checked after each script loads and at
 * the window's `load`. Nothing polls; the listeners end at `load`. The setter stays until
 * CCBill's global is assigned, for a checkout that injects CCBill's script after the page loaded.
 */
function whenGlobal(found) {
  if (waiting) return void waiting.push(found);
  waiting = [found];

  const onScript = (event) => event.target?.tagName === "SCRIPT" && check();
  const onPage = () => {
    check(); // the last look, for a global defined past the setter
    stop();
  };
  const stop = () => {
    document.removeEventListener("load", onScript, true);
    globalThis.removeEventListener?.("load", onPage);
  };
  if (document.readyState !== "complete") {
    document.addEventListener("load", onScript, true); // a script's `load` does not bubble: capture
    globalThis.addEventListener?.("load", onPage);
  }

  // The setter, over no property or a plain configurable one (an accessor is someone else's).
  const own = Object.getOwnPropertyDescriptor(globalThis, "ccbill");
  let value = own?.value;
  const get = () => value;
  if (!own || (own.configurable && "value" in own)) {
    Object.defineProperty(globalThis, "ccbill", {
      configurable: true,
      enumerable: false,
      get,
      set(next) {
        value = next;
        check();
      },
    });
  }

  function check() {
    const ccbill = globalThis.ccbill;
    if (!waiting || !hasConstructor(ccbill)) return;
    const callbacks = waiting;
    waiting = null;
    stop();
    // A plain property again, holding the same (now guarded) object; one defined past us is left.
    if (Object.getOwnPropertyDescriptor(globalThis, "ccbill")?.get === get) {
      Object.defineProperty(globalThis, "ccbill", { value: ccbill, writable: true, enumerable: true, configurable: true });
    }
    for (const callback of callbacks) callback(ccbill);
  }
}
