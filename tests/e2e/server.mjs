// The built package and a test's own pages, served on 127.0.0.1 under the demo's strict CSP
// (scripts/serve.mjs) for one test file: started before its tests, closed after them.
import { before, after } from "node:test";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Serves `pkg/` at `/pkg/` and each `[path, folder]` of `pages` (folders from the repository root); returns the origin's getter. */
export function usePackageServer(pages) {
  let server;
  before(async () => {
    const mounts = [["/pkg/", join(root, "pkg")], ...pages.map(([path, folder]) => [path, join(root, folder)])];
    server = await serve({ port: 0, mounts });
  });
  after(() => new Promise((ok) => server?.close(ok)));
  return () => `http://127.0.0.1:${server.address().port}`;
}
