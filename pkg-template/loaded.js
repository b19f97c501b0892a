// Whether the wasm module has loaded, and why it did not: core.js writes it; the page layer
// (guard, attach) reads it. Not part of the public API (index.js does not re-export it).
let loaded = false;
let loading = false; // init() started and has not settled: not a problem, calls pass silently
let problem = null; // the cause and the fix, for the guard's one warning
let waiting = [];
let memory = null; // the module's memory, for the validators' input room (validate.js)

// Nothing loads the module unless someone calls init(): guard() alone never does.
const NEVER_STARTED = "the module was never loaded: call init() once as the page loads (install() does)";

/** Whether the module has loaded: the validators work. */
export const isLoaded = () => loaded;

/** Resolves once the module has loaded, whoever loads it; never rejects, never starts a load. */
export function whenLoaded() {
  return loaded ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

/**
 * Why the validators cannot run (the cause and the fix, in one sentence), or null when they can
 * or soon may (the module is loading).
 */
export const loadProblem = () => problem ?? (loaded || loading ? null : NEVER_STARTED);

export function markLoading() {
  loading = true;
  problem = null;
}

/** The loaded module's memory (its instance's `memory` export), or null before it loaded. */
export const moduleMemory = () => memory;

/** The module has loaded: `exports` are its instance's (the glue's init functions return them). */
export function markLoaded(exports) {
  memory = exports?.memory instanceof WebAssembly.Memory ? exports.memory : null;
  loaded = true;
  loading = false;
  problem = null;
  for (const resolve of waiting) resolve();
  waiting = [];
}

export function markFailed(text) {
  loading = false;
  problem = text;
}
