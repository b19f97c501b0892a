// `ccbill-validate/inline`: the same API with the wasm module embedded in JavaScript (base64), for
// places that cannot serve or fetch a second file. init() needs no argument and no network. The
// bytes cost a third more than the .wasm file; prefer the main entry where a file can be served.
import { wasmBase64 } from "./wasm-inline.js";
import { loader } from "./loader.js";

const fetchLoad = loader.load.bind(loader);
loader.load = (module) => fetchLoad(module === undefined ? decode(wasmBase64) : module);

function decode(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export * from "./index.js";
