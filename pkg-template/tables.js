// The reference tables (postal-code patterns, subdivisions, phone lengths): a file of their own,
// `ccbill_validate_tables.bin`, kept out of the module so the first download does not carry it.
// init() starts getting it as it starts loading the module, and hands it over once the module
// has loaded, without waiting for it. Until it is there the checks that need it pass (principle
// 1: CCBill's widget checks the call itself); if it cannot be had, warnOnce says so, with the fix.
import { loadTables } from "./ccbill_validate.js";
import { loader } from "./loader.js";
import { warnOnce } from "./warn.js";

const FILE = "ccbill_validate_tables.bin";
const LET_THROUGH = "let postal codes, states and phone numbers through unchecked against their country";

let state = "idle"; // "loading", "loaded", "failed"
let waiting = [];

/**
 * Resolves `true` once the tables have loaded, `false` if they (or the module) could not be;
 * with `timeout` (milliseconds), `false` if they are not there by then. Never rejects; it starts
 * nothing (init() does).
 */
export function tablesReady(timeout) {
  if (timeout !== undefined && !(typeof timeout === "number" && timeout >= 0)) {
    throw new TypeError("tablesReady: timeout must be a number of milliseconds, 0 or more");
  }
  if (state === "loaded" || state === "failed") return Promise.resolve(state === "loaded");
  return new Promise((resolve) => {
    // Past 2^31 - 1 ms a timer fires at once: such a wait is no wait limit at all.
    const timer = timeout < 2 ** 31 - 1 ? setTimeout(() => resolve(false), timeout) : undefined;
    waiting.push((loaded) => {
      clearTimeout(timer);
      resolve(loaded);
    });
  });
}

function settle(next) {
  state = next;
  for (const resolve of waiting) resolve(next === "loaded");
  waiting = [];
}

/** Whether the tables are in: their checks run (until then they pass). */
export const tablesLoaded = () => state === "loaded";

/** The module did not load: no tables either (quietly: the module's failure is the warning). */
export const tablesFailed = () => settle("failed");

/** init()'s `tables` option, read once: a TypeError for options that are not an object. */
export function tablesOption(options, caller) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== "object") throw new TypeError(`${caller}: options must be an object`);
  return options.tables;
}

/**
 * Starts getting the tables as the module starts loading: from `source` (init()'s `tables`
 * option: bytes, a URL, a Response), else from where this entry keeps them (loader.tables()).
 * Returns the function to call once the module has loaded: it hands the bytes over at once when
 * they are here (a file read, an inline copy), else when they arrive.
 */
export function startTables(source) {
  state = "loading";
  let where = null;
  let bytes;
  try {
    const from = source ?? loader.tables();
    where = urlOf(from);
    bytes = bytesOf(from);
  } catch (error) {
    bytes = Promise.reject(error);
  }
  if (bytes instanceof Promise) bytes.catch(() => {}); // handled once the module has loaded
  return () => {
    if (!(bytes instanceof Promise)) return take(bytes, where);
    bytes.then((b) => take(b, where), (error) => fail(error, where));
  };
}

/** The bytes of a source, now for bytes, else a promise of them. */
function bytesOf(source) {
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  const request = typeof Request === "function" && source instanceof Request;
  return Promise.resolve(typeof source === "string" || source instanceof URL || request ? loader.fetch(source) : source).then(
    (response) => {
      if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
      return response.arrayBuffer();
    },
  ).then((buffer) => new Uint8Array(buffer));
}

function take(bytes, where) {
  let loaded = false;
  try {
    loaded = loadTables(bytes);
  } catch {
    // Not bytes the module can take (a value no source gives): refused, as a malformed file.
  }
  if (loaded) return settle("loaded");
  // The module checks the magic, the format and a checksum: what came is not this release's file.
  const file = where ? `the tables file (${where})` : "the tables file";
  warnOnce("tables", `${LET_THROUGH}: ${file} is not this release's (an HTML page in its place, or another release's file?): serve the ${FILE} that came with this script`);
  settle("failed");
}

function fail(error, where) {
  const file = where ? `the tables file (${where})` : "the tables file";
  const message = String(error?.message ?? error).slice(0, 200);
  let why;
  if (error?.status) {
    why = `${file} answered HTTP ${error.status}: serve ${FILE} next to the script, or pass its URL to init() as { tables }`;
  } else if (typeof error?.integrity === "string") {
    why = error.integrity; // the classic script's (checked.js)
  } else if (typeof error?.code === "string") {
    // Node's file system (the node entry reads the file next to the package).
    why = `${file} could not be read (${message}): keep ${FILE} next to the package's other files`;
  } else {
    why = `${file} could not be fetched (${message}): serve it from the page's origin (or with CORS), and allow it in the Content-Security-Policy's connect-src`;
  }
  warnOnce("tables", `${LET_THROUGH}: ${why}`);
  settle("failed");
}

function urlOf(source) {
  try {
    if (typeof source === "string" || source instanceof URL) return String(source);
    return typeof source?.url === "string" && source.url !== "" ? source.url : null; // a Response
  } catch {
    return null;
  }
}
