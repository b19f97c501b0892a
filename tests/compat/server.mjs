// A static server for the compatibility pages, on 127.0.0.1 and an ephemeral port:
//   /pkg/...                               the built package (make pkg)
//   /js.ccbill.com/v<X.Y.Z>/ccbill-advanced-widget.js
//                                          the stand-in widget; the version is in its URL, as on
//                                          CCBill's CDN, so guard/install read it from there
//   /assets/vendor.js?widget=<X.Y.Z>       the same stand-in as a bundled app's asset: no version
//                                          in its URL, so the page's version is unknown
//   /<page>.html?mode=guard|install        a page, with its harness in place of <!--harness-->
//   /order-*.html, /load-*.html            pages that carry their own script lines, as written
//                                          (install-order.test.mjs)
//   /load-failure.html?cause=<cause>       the install line as each module-load failure needs it
//                                          (LOAD_FAILURES), with its header
//   /broken/404/..., /broken/html/...      the classic build, its .wasm beside it missing (404) or
//                                          an HTML page in its place (200, text/html)
//   /damaged/ccbill_validate_bg.wasm       the .wasm as a text loader leaves it (read as UTF-8)
//   /<file>                                the pages' shared scripts
//   any of them with ?delay=<ms>           answered that much later (a slow CDN)
// The pages hold CCBill's patterns as merchants write them. In install mode a page is served as
// it is, plus the one install line. In guard mode, each line marked `//@guard <options>` gets
// guard() put around the widget it makes, as a merchant would write it by hand:
//   var widget = new ccbill.CCBillAdvancedWidget(appId); //@guard
//   var widget = CCBillValidate.guard(new ccbill.CCBillAdvancedWidget(appId), {});
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PAGES = join(ROOT, "tests/compat/pages");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

// The two ways in: the one-line install after CCBill's script, or the merchant calling guard().
const HARNESS = {
  install: '<script src="/pkg/ccbill-validate.classic.js" data-install></script><script src="/harness.js"></script>',
  guard: '<script src="/pkg/ccbill-validate.classic.js"></script><script src="/harness.js"></script>',
  // install() imported as an ES module (it runs after the page's classic scripts).
  module:
    '<script type="module">import { install } from "/pkg/index.js"; install(window.ccbill).then(() => ' +
    'document.documentElement.setAttribute("data-ccbill-validate", "ready"));</script>',
  // The control: the page as its merchant wrote it, without the package.
  none: '<script>document.documentElement.setAttribute("data-ccbill-validate", "ready")</script>',
};

// Served as written: the script lines are what the test is about.
const AS_WRITTEN = /^\/(?:order|load)-[\w-]+\.html$/;
// Each way the module fails to load: the install line (and header) in place of <!--install-->.
const INSTALL = '<script src="/pkg/ccbill-validate.classic.js" data-install></script>';
const LOAD_FAILURES = {
  // The classic build from a folder whose .wasm answers 404, or an HTML page (a catch-all route).
  404: { lines: INSTALL.replace("/pkg/", "/broken/404/") },
  html: { lines: INSTALL.replace("/pkg/", "/broken/html/") },
  // A Content-Security-Policy without 'wasm-unsafe-eval'.
  csp: { lines: INSTALL, headers: { "content-security-policy": "script-src 'self' 'unsafe-inline'" } },
  // An engine without WebAssembly (too old, or turned off), re-created by deleting the global.
  "no-wasm": { lines: `<script>delete globalThis.WebAssembly;</script>${INSTALL}` },
  // An engine with WebAssembly that refuses this module (one without reference types, say: Safari
  // 14, Chrome 95), re-created by async compiles that reject as such an engine does; the empty
  // module still compiles synchronously, as there, and the probe of the module's features does not.
  compile: { lines: `<script src="/refuse-module.js"></script>${INSTALL}` },
  // A .wasm damaged on the way (a bundler's loader read it as text), given to install() by URL:
  // held to no hash, as in a module build.
  damaged: {
    lines: INSTALL.replace(" data-install", "") +
      '<script>CCBillValidate.install(undefined, { module: "/damaged/ccbill_validate_bg.wasm" });</script>',
  },
};
const NOT_WASM = "<!doctype html><title>Page not found</title><h1>Page not found</h1>";

const GUARD_LINE = /^(\s*(?:(?:var|let|const)\s+)?[\w.]+\s*=\s*)(.+?);\s*\/\/@guard\b[ \t]*(.*)$/gm;

async function file(path) {
  const body = await readFile(path);
  return { body, type: TYPES[extname(path)] ?? "application/octet-stream" };
}

async function route(url) {
  const path = decodeURIComponent(url.pathname);
  if (path.includes("..")) return null;
  if (/^\/js\.ccbill\.com\/v\d+(\.\d+)*\/ccbill-advanced-widget\.js$/.test(path)) {
    return file(join(PAGES, "standin-widget.js"));
  }
  if (path === "/assets/vendor.js") return file(join(PAGES, "standin-widget.js"));
  if (path.startsWith("/pkg/")) return file(join(ROOT, normalize(path)));
  if (path === "/damaged/ccbill_validate_bg.wasm") {
    const { body, type } = await file(join(ROOT, "pkg", "ccbill_validate_bg.wasm"));
    return { body: Buffer.from(body.toString("utf8"), "utf8"), type }; // its bytes read as UTF-8 text
  }
  const broken = /^\/broken\/(404|html)\/(.*)$/.exec(path);
  if (broken) {
    if (broken[2] !== "ccbill_validate_bg.wasm") return file(join(ROOT, "pkg", normalize(broken[2])));
    return broken[1] === "html" ? { body: NOT_WASM, type: "text/html" } : null;
  }
  const found = await file(join(PAGES, normalize(path)));
  if (path === "/load-failure.html") {
    const cause = LOAD_FAILURES[url.searchParams.get("cause")];
    if (!cause) return null;
    return { ...found, body: found.body.toString("utf8").replace("<!--install-->", cause.lines), headers: cause.headers };
  }
  if (AS_WRITTEN.test(path)) return found;
  if (found.type === "text/html") {
    const harness = HARNESS[url.searchParams.get("mode")];
    if (!harness) return null;
    let html = found.body.toString("utf8").replace("<!--harness-->", harness);
    if (url.searchParams.get("mode") === "guard") {
      html = html.replace(GUARD_LINE, (_, head, made, options) => `${head}CCBillValidate.guard(${made}, ${options || "{}"});`);
    }
    found.body = html;
  }
  return found;
}

/** Starts the server; resolves with the http.Server once it listens. */
export function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://127.0.0.1");
      const delay = Math.min(Number(url.searchParams.get("delay")) || 0, 10_000);
      if (delay > 0) await new Promise((done) => setTimeout(done, delay));
      const found = await route(url);
      if (!found) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      res.writeHead(200, { "content-type": found.type, "cache-control": "no-store", ...found.headers });
      res.end(found.body);
    } catch (error) {
      res.writeHead(error.code === "ENOENT" ? 404 : 500, { "content-type": "text/plain" });
      res.end(error.code === "ENOENT" ? "not found" : "server error");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
