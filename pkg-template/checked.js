// The classic script's own files, held to the hashes it was built with (scripts/build-pkg.mjs
// writes them into it): a tag with `integrity` then vouches for the .wasm and the tables too.
// Bundled into ccbill-validate.classic.js only: the module builds fetch what their page gives.

/**
 * `fetch(request)` held to its `integrity`. The hash is checked here, where the page has WebCrypto
 * (a secure context, as a checkout is): an HTTP error resolves to its response, whose status the
 * loaders name; bytes that are no WebAssembly where a .wasm was asked for resolve as they are
 * (they cannot compile, and the loader says what came instead); any other bytes that do not match
 * reject with an Error whose `integrity` is the warning's sentence. Without WebCrypto the browser
 * checks the hash itself (Subresource Integrity), and says less when it fails.
 */
export async function fetchChecked(request) {
  const { integrity, url } = request;
  if (!integrity || !globalThis.crypto?.subtle) return fetch(request);
  const response = await fetch(url, { mode: request.mode, credentials: request.credentials });
  if (!response.ok) return response;
  const bytes = await response.arrayBuffer();
  const file = new URL(url).pathname.split("/").pop();
  const wasm = file.endsWith(".wasm");
  if ((await matches(bytes, integrity)) || (wasm && !isWasm(bytes))) {
    return new Response(bytes, { status: 200, headers: { "content-type": response.headers.get("content-type") ?? "" } });
  }
  const what = wasm ? `the .wasm file (${url})` : `the tables file (${url})`;
  const why = `${what} is not the one its integrity hash names (another release's, or changed on the way): serve the ${file} that came with this script`;
  throw Object.assign(new Error(why), { integrity: why });
}

/**
 * Whether `bytes` have one of the hashes of an `integrity` value (`sha384-…`, several spaced); as
 * Subresource Integrity reads it, a value that names no hash it knows asks for no check.
 */
async function matches(bytes, integrity) {
  const algorithms = { sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };
  let named = false;
  for (const token of integrity.trim().split(/\s+/)) {
    const [, name, expected] = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+=*)/.exec(token) ?? [];
    if (!name) continue;
    named = true;
    const digest = new Uint8Array(await crypto.subtle.digest(algorithms[name], bytes));
    if (btoa(String.fromCharCode(...digest)) === expected) return true;
  }
  return !named;
}

function isWasm(bytes) {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head.length === 4 && head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
}
