// The package's only console output. It speaks only to say it let a customer through (a field it
// could not find, a module that could not load), once per cause, with the fix; never a value.
const said = new Set();

/** Warns `text` on the console the first time `key` is seen; after that, nothing. */
export function warnOnce(key, text) {
  if (said.has(key)) return;
  said.add(key);
  globalThis.console?.warn?.(`ccbill-validate: ${text}`);
}
