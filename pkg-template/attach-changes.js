// Everything attach() changes in a page, written down as it happens so that one teardown undoes it
// all: attributes (their first values kept), elements and text (an undo step each), and listeners.
// A listener whose own code fails undoes attach() instead of leaving a half-changed form.

/** A fresh log of changes; `failed` runs after a failing listener has undone them. */
export function changeLog(failed) {
  const saved = new Map(); // element -> Map(attribute -> its value before attach)
  const undo = []; // what teardown runs, last first
  const listeners = []; // [target, type, listener, capture]
  const timers = new Set();

  const log = {
    /** Sets (or with `null` removes) an attribute, keeping its first value for teardown. */
    setAttr(el, attr, value) {
      let attrs = saved.get(el);
      if (!attrs) saved.set(el, (attrs = new Map()));
      if (!attrs.has(attr)) attrs.set(attr, el.getAttribute(attr));
      if (value === null) el.removeAttribute(attr);
      else el.setAttribute(attr, value);
    },
    /** Runs `step` at teardown (steps run last first). */
    onUndo(step) {
      undo.push(step);
    },
    /** A function whose failure undoes attach() instead of throwing. */
    safe: (fn) => (event) => {
      try {
        fn(event);
      } catch {
        log.fail();
      }
    },
    listen(target, type, fn, capture = false) {
      const listener = log.safe(fn);
      target.addEventListener(type, listener, capture);
      listeners.push([target, type, listener, capture]);
    },
    /** A timer cleared at teardown; returns its id. */
    later(fn, ms) {
      const id = setTimeout(() => {
        timers.delete(id);
        log.safe(fn)();
      }, ms);
      timers.add(id);
      return id;
    },
    /** Runs `fn` with what `promise` resolves to, unless torn down by then. */
    after(promise, fn) {
      let live = true;
      undo.push(() => (live = false));
      promise.then((value) => live && log.safe(fn)(value));
    },
    cancel(id) {
      clearTimeout(id);
      timers.delete(id);
    },
    /** Undoes every change: the listeners and timers first, then the steps, then the attributes. */
    teardown() {
      for (const [target, type, listener, capture] of listeners.splice(0)) target.removeEventListener(type, listener, capture);
      for (const id of timers) clearTimeout(id);
      timers.clear();
      // Each step on its own: one that throws must not leave the rest of the page changed.
      const steps = undo.splice(0).reverse();
      for (const [el, attrs] of saved) for (const [attr, value] of attrs) steps.push(() => restoreAttr(el, attr, value));
      saved.clear();
      for (const step of steps) {
        try {
          step();
        } catch {
          // Nothing more to do: the other steps still run.
        }
      }
    },
    fail() {
      log.teardown();
      failed();
    },
  };
  return log;
}

function restoreAttr(el, attr, value) {
  if (value === null) el.removeAttribute(attr);
  else el.setAttribute(attr, value);
}
