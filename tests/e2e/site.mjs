// A merchant's site for the page tests, on 127.0.0.1: what they serve and how. CCBill's CDN
// (https://js.ccbill.com/, which this machine cannot reach) is the stand-in widget at
// /js.ccbill.com/v<X.Y.Z>/ccbill-advanced-widget.js; the built package is where the READMEs put it:
// copied to the site's /assets/ccbill-validate/, or a bundler's /node_modules/ccbill-validate/.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

import { root } from "../readme-blocks.mjs";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
export const HTML = TYPES[".html"];
const COMPAT = join(root, "tests/compat/pages");
const PKG = join(root, "pkg");

/** `{ body, type }` of `path` inside `dir`, or null outside it. */
export async function file(dir, path) {
  const full = normalize(join(dir, path));
  if (!full.startsWith(dir + sep)) return null;
  return { body: await readFile(full), type: TYPES[extname(full)] ?? "application/octet-stream" };
}

/** A page's CCBill script from CCBill's CDN, served here instead. */
export const localCcbill = (html) => html.replaceAll("https://js.ccbill.com/", "/js.ccbill.com/");

/** The stand-in widget, the compatibility pages' page-ui.js, and the package; null for any other path. */
export function shared(path) {
  if (/^\/js\.ccbill\.com\/v[\d.]+\/ccbill-advanced-widget\.js$/.test(path)) return file(COMPAT, "standin-widget.js");
  if (path === "/compat/page-ui.js") return file(COMPAT, "page-ui.js");
  for (const mount of ["/assets/ccbill-validate/", "/node_modules/ccbill-validate/"]) {
    if (path.startsWith(mount)) return file(PKG, path.slice(mount.length));
  }
  return null;
}

/** Starts a server on 127.0.0.1 and a free port: `route(path)` answers `{ body, type }` or null (404); `headers()` go on each answer. */
export function listen(route, headers = () => ({})) {
  const server = createServer(async (req, res) => {
    try {
      const found = await route(decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname));
      if (!found) throw new Error("not found");
      res.writeHead(200, { "content-type": found.type, "cache-control": "no-store", ...headers() });
      res.end(found.body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

export const origin = (server) => `http://127.0.0.1:${server.address().port}`;
export const close = (...servers) => Promise.all(servers.map((server) => new Promise((ok) => (server ? server.close(ok) : ok()))));

/** What `page` will have written that a test fails on: console errors, any line of the package's, page errors. */
export function problemsOf(page) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.text().startsWith("ccbill-validate:")) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return problems;
}
