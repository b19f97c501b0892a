// Whether the wasm module has loaded, and why it did not: core.js writes it; the page layer
// (guard, attach) reads it. Not part of the public API (index.js does not re-export it).
let loaded = false;
let problem = null; // the cause and the fix, for the guard's one warning
let waiting = [];

/** Whether the module has loaded: the validators work. */
export const isLoaded = () => loaded;

/** Resolves once the module has loaded, whoever loads it; never rejects, never starts a load. */
export function whenLoaded() {
  return loaded ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

/** Why the module could not load (the cause and the fix, in one sentence), or null. */
export const loadProblem = () => problem;

export function markLoaded() {
  loaded = true;
  problem = null;
  for (const resolve of waiting) resolve();
  waiting = [];
}

export function markFailed(text) {
  problem = text;
}
