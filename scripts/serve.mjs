// Serves the demo (www/) and the built package (pkg/, at /pkg/) on localhost,
// with the Content-Security-Policy the package must work under. No dependencies.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// The demo's mounts; tests serve other folders (e.g. a Vite build) with `serve({ mounts })`.
const demo = [
  ["/pkg/", join(root, "pkg")],
  ["/", join(root, "www")],
];
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};
export const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

function resolve(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = decodeURIComponent(urlPath.slice(prefix.length));
    if (rest === "" || rest.endsWith("/")) rest += "index.html";
    const file = normalize(join(dir, rest));
    return file.startsWith(dir + sep) ? file : null; // no escaping the mount
  }
  return null;
}

export function serve({ port = Number(process.env.PORT ?? 8080), host = "127.0.0.1", mounts = demo } = {}) {
  const server = createServer(async (req, res) => {
    const file = resolve(mounts, new URL(req.url, "http://localhost").pathname);
    try {
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": types[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": csp,
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.env.PORT ?? "8080";
  try {
    const server = await serve();
    const { port } = server.address();
    console.log(`demo: http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
  } catch (error) {
    // What to do, not a stack: the two mistakes `make demo` meets.
    if (error?.code === "EADDRINUSE") {
      console.error(`demo: port ${wanted} is in use: stop what serves on it, or pick another port, e.g. PORT=8081 make demo`);
    } else if (error?.code === "ERR_SOCKET_BAD_PORT") {
      console.error(`demo: PORT=${wanted} is not a port number: give one from 0 (any free port) to 65535, e.g. PORT=8081 make demo`);
    } else {
      throw error;
    }
    process.exitCode = 1;
  }
}
