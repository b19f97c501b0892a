// wasm-bindgen's web glue logs with console.warn in three places: when a server sends the .wasm
// with the wrong MIME type (it then falls back to a slower, working path) and when its init
// functions get deprecated positional arguments (core.js never passes those). The package writes to
// the console only to say it let a call through (pkg-template/warn.js), so each of those statements
// becomes a comment. Throws if the glue changed shape:
// the MIME warning not found, or any console call left. Patching twice changes nothing.
const MARK = "// (ccbill-validate: no console output; the fallback below is silent)";

export function patchGlue(source) {
  if (source.includes(MARK) && !/\bconsole\./.test(source)) return source; // patched already
  let count = 0;
  const patched = source.replace(/^([ \t]*)console\.warn\((?:"[^"\n]*"|'[^'\n]*'|`[^`\n]*`)(?:, ?e)?\);?[ \t]*$/gm, (_, indent) => {
    count++;
    return `${indent}${MARK}`;
  });
  if (!source.includes("application/wasm` MIME type")) {
    throw new Error("patch-glue: wasm-bindgen's MIME-type warning was not found; check the glue");
  }
  if (count === 0 || /\bconsole\./.test(patched)) {
    throw new Error(`patch-glue: ${count} console.warn patched but a console call remains; check the glue`);
  }
  return patched;
}
