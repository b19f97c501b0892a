// `ccbill-validate/inline`: the same API with the wasm module and the reference tables embedded
// in JavaScript (base64), for places that cannot serve or fetch a second file. init() needs no
// argument and no network, and the tables are loaded when it resolves. The bytes cost a third more
// than the files; prefer the main entry where files can be served.
import { wasmBase64 } from "./wasm-inline.js";
import { tablesBase64 } from "./tables-inline.js";
import { loader } from "./loader.js";

const fetchLoad = loader.load.bind(loader);
loader.load = (module) => fetchLoad(module === undefined ? decode(wasmBase64) : module);
loader.tables = () => decode(tablesBase64);

function decode(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export * from "./index.js";
