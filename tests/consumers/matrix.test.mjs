// The consumer matrix: every toolchain and runtime a merchant uses, each a fresh project in
// tests/consumers/matrix/<cell>/ that installs the packed tarball from its own lockfile (`npm ci`)
// and proves the same checks (matrix/shared/check.js): a valid form passes, an invalid one fails
// with the widget's codes, and a charge body is validated. Bundlers must build with no warning.
// Pages are opened in Chromium; servers listen on 127.0.0.1, port 0, and end in `finally`.
// MATRIX=webpack,vite7 runs only those cells; KEEP_CONSUMERS=1 keeps target/matrix.
//
// To re-lock a cell after changing its dependencies: run with KEEP_CONSUMERS=1, then
// `npm install --package-lock-only` in target/matrix/<cell> (a plain `npm install` for cells with
// platform binaries: next, wrangler, deno, bun, node), drop the tarball's integrity, copy it back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { createServer as createHttpServer } from "node:http";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

import { openBrowser } from "../e2e/browser.mjs";
import { serve } from "../../scripts/serve.mjs";
import { packInto, seconds, stopwatch } from "./packed.mjs";

const execFileP = promisify(execFile);
const started = performance.now();
const repo = fileURLToPath(new URL("../..", import.meta.url));
const cellsDir = fileURLToPath(new URL("matrix/", import.meta.url));
const work = join(repo, "target", "matrix");
const { EXPECTED } = await import(new URL("matrix/shared/check.js", import.meta.url));

const { timings, timed } = stopwatch();
// Quiet, offline-minded tools: no telemetry, no update checks.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  WRANGLER_SEND_METRICS: "false",
  DENO_NO_UPDATE_CHECK: "1",
  DO_NOT_TRACK: "1",
  NO_COLOR: "1",
};

const ALL = ["node20", "node22", "webpack", "esbuild", "vite7", "vite8", "nextjs", "workerd", "deno", "bun", "html"];
const only = process.env.MATRIX?.split(",");
const cells = ALL.filter((cell) => !only || only.includes(cell));

const run = (file, args, options = {}) =>
  execFileP(file, args, { env, maxBuffer: 64 << 20, timeout: 600_000, ...options });

// Each cell depends on "file:../ccbill-validate.tgz"; its lockfile holds no integrity for it (npm
// would otherwise install a cached tarball of that hash).
async function install(cell) {
  const dir = join(work, cell);
  await cp(join(cellsDir, cell), dir, { recursive: true });
  await cp(join(cellsDir, "shared", "check.js"), join(dir, "check.js"));
  const lock = JSON.parse(await readFile(join(dir, "package-lock.json"), "utf8"));
  delete lock.packages["node_modules/ccbill-validate"].integrity;
  await writeFile(join(dir, "package-lock.json"), JSON.stringify(lock, null, 2));
  const flags = ["--no-audit", "--no-fund", "--loglevel=error"];
  try {
    await run("npm", ["ci", ...flags], { cwd: dir });
  } catch (error) {
    // A lock made against a registry mirror that lacks other platforms' optional binaries
    // (@rollup/rollup-darwin-*, @next/swc-win32-*, ...) holds no entry for them, and `npm ci`
    // refuses it as out of sync. Only then: `npm install --no-save` installs the same locked
    // versions and leaves the lockfile as it is.
    const missing = [...String(error.stderr).matchAll(/Missing: (\S+)@\S* from lock file/g)].map((m) => m[1]);
    if (!missing.length || !missing.every((name) => PLATFORM_BINARY.test(name))) throw error;
    await run("npm", ["install", "--no-save", ...flags], { cwd: dir });
    fallbacks.push(cell);
  }
}
const fallbacks = [];
const PLATFORM_BINARY = /(android|darwin|freebsd|linux|openbsd|openharmony|sunos|win32|windows|wasm32|netbsd|aix)/;

// Runs `node`-like programs and returns the one JSON line they print.
async function json(file, args, cwd) {
  const { stdout, stderr } = await run(file, args, { cwd });
  assert.equal(stderr.trim(), "", `${file} ${args.join(" ")} wrote to stderr`);
  return JSON.parse(stdout.trim().split("\n").pop());
}

// A long-running process in a group of its own, ended (the group, by its pid) in `finally`.
// Resolves with the first match of `ready` in its output.
function start(file, args, { cwd, ready }) {
  const child = spawn(file, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const url = new Promise((resolve, reject) => {
    const look = (chunk) => {
      output += chunk;
      const found = output.match(ready);
      if (found) resolve(found[1]);
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.once("exit", (code) => reject(new Error(`${file} exited (${code}) before it was ready:\n${output}`)));
    child.once("error", reject);
  });
  return { url, stop, output: () => output };
}

let browser;
async function page() {
  browser ??= await openBrowser();
  return browser.page();
}

// A dev server may reload the page while it loads (Vite's optimizer found a dependency): the first
// navigation is then aborted, and the reloaded page is the one to wait for.
async function visit(tab, url) {
  try {
    await tab.goto(url);
  } catch (error) {
    if (!/ERR_ABORTED|interrupted by another navigation/.test(error.message)) throw error;
  }
}

// Opens a page and returns what it wrote in `data-result`, failing on any console error.
async function proveInPage(url, selector = "body") {
  const tab = await page();
  const problems = [];
  // A failed load is reported by its response below (Chromium's console line has no URL), so the
  // favicon Chromium asks every server for is not counted.
  const onConsole = (m) =>
    ["error", "warning"].includes(m.type()) && !m.text().startsWith("Failed to load resource") && problems.push(m.text());
  const onError = (e) => problems.push(e.message);
  const onResponse = (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && problems.push(`${r.status()} ${r.url()}`);
  tab.on("console", onConsole);
  tab.on("pageerror", onError);
  tab.on("response", onResponse);
  try {
    await visit(tab, url);
    await tab.waitForSelector(`${selector}[data-result], body[data-error]`, { state: "attached", timeout: 60_000 });
    const error = await tab.getAttribute("body", "data-error");
    assert.equal(error, null, `the page failed: ${error}`);
    const result = JSON.parse(await tab.getAttribute(`${selector}[data-result]`, "data-result"));
    assert.deepEqual(problems, [], "no console error or warning");
    return result;
  } finally {
    await tab.goto("about:blank").catch(() => {}); // leaves the server: no request in flight
    tab.off("console", onConsole);
    tab.off("pageerror", onError);
    tab.off("response", onResponse);
  }
}

async function withServer(mounts, job) {
  const server = await serve({ port: 0, mounts });
  try {
    return await job(`http://127.0.0.1:${server.address().port}`);
  } finally {
    // Chromium may hold a keep-alive connection open; close() would wait for it.
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}

let installed;
before(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await timed("pack", () => packInto(work));
  // Three at a time: npm ci is mostly waiting on the network and the disk.
  installed = timed(`npm ci (${cells.length} cells, 3 at a time)`, async () => {
    const queue = [...cells];
    const done = {};
    await Promise.all(
      [0, 1, 2].map(async () => {
        while (queue.length) {
          const cell = queue.shift();
          done[cell] = await install(cell).then(() => null, (error) => error);
        }
      }),
    );
    return done;
  });
  await installed;
});

after(async () => {
  await browser?.close();
  if (!process.env.KEEP_CONSUMERS) await rm(work, { recursive: true, force: true });
  const fell = fallbacks.length ? ` (npm install --no-save, lock lacks other platforms' binaries: ${fallbacks.join(", ")})` : "";
  process.stderr.write(`consumer matrix: ${timings.join(", ")}; whole file ${seconds(performance.now() - started)}${fell}\n`);
});

// One test per cell; each first checks its own install.
function cell(name, title, body) {
  test(title, { skip: !cells.includes(name) && `not in MATRIX` }, async () => {
    const error = (await installed)[name];
    if (error) throw error;
    await timed(name, () => body(join(work, name)));
  });
}

cell("node20", "Node 20 (this machine's): ESM import and CommonJS require()", async (dir) => {
  assert.match(process.version, /^v20\./);
  assert.deepEqual(await json(process.execPath, ["app.mjs"], dir), EXPECTED);
  assert.deepEqual(await json(process.execPath, ["app.cjs"], dir), EXPECTED);
});

cell("node22", "Node 22 (the node@22 npm package): ESM import and CommonJS require()", async (dir) => {
  const node = join(dir, "node_modules", ".bin", "node");
  const { stdout } = await run(node, ["--version"]);
  assert.match(stdout, /^v22\./);
  assert.deepEqual(await json(node, ["app.mjs"], dir), EXPECTED);
  assert.deepEqual(await json(node, ["app.cjs"], dir), EXPECTED);
});

cell("webpack", "webpack 5: target web (opened in Chromium under the CSP) and target node, no warning", async (dir) => {
  await run(process.execPath, ["build.mjs"], { cwd: dir });
  const web = await readdir(join(dir, "dist", "web"));
  assert.ok(web.some((f) => f.endsWith(".wasm")), `the .wasm is emitted: ${web}`);
  assert.deepEqual(await json(process.execPath, ["dist/node/main.cjs"], dir), EXPECTED);
  await withServer([["/", join(dir, "dist", "web")]], async (origin) => {
    assert.deepEqual(await proveInPage(`${origin}/`), EXPECTED);
  });
});

cell("esbuild", "esbuild: a browser bundle (Chromium, CSP), a Node bundle and a Node bundle of /inline, no warning", async (dir) => {
  await run(process.execPath, ["build.mjs"], { cwd: dir });
  assert.deepEqual(await json(process.execPath, ["dist/node/main.mjs"], dir), EXPECTED);
  assert.deepEqual(await readdir(join(dir, "dist", "inline")), ["main.mjs"]);
  assert.deepEqual(await json(process.execPath, ["dist/inline/main.mjs"], dir), EXPECTED);
  await withServer([["/", join(dir, "dist", "web")]], async (origin) => {
    assert.deepEqual(await proveInPage(`${origin}/`), EXPECTED);
  });
});

// Vite's dev server in middleware mode, on a server of ours: Vite reads port 0 as "use 5173".
const dev = { appType: "spa", server: { middlewareMode: true, hmr: false } };
async function listen(vite) {
  const http = createHttpServer(vite.middlewares);
  await new Promise((ok) => http.listen(0, "127.0.0.1", ok));
  const close = vite.close.bind(vite);
  vite.close = async () => {
    await close();
    http.closeAllConnections();
    await new Promise((ok) => http.close(ok));
  };
  return `http://127.0.0.1:${http.address().port}/`;
}

// Vite, from the cell's own node_modules, in this process: the dev server and the build.
async function viteCell(dir, major) {
  const vite = await import(pathToFileURL(join(dir, "node_modules", "vite", "dist", "node", "index.js")));
  assert.equal(vite.version.split(".")[0], String(major));
  const warnings = [];
  const logger = vite.createLogger("warn", { allowClearScreen: false });
  for (const level of ["warn", "warnOnce", "error"]) {
    const log = logger[level].bind(logger);
    logger[level] = (message, options) => {
      warnings.push(message);
      log(message, options);
    };
  }
  const common = { root: dir, configFile: false, customLogger: logger, logLevel: "warn", clearScreen: false };
  const config = await readdir(dir).then((files) => files.includes("vite.config.js"));
  if (config) common.configFile = join(dir, "vite.config.js");

  const step = (label, job) => timed(`vite${major} ${label}`, job);
  const server = await vite.createServer({ ...common, ...dev });
  try {
    await step("dev", async () => assert.deepEqual(await proveInPage(await listen(server)), EXPECTED, "dev server"));
  } finally {
    await step("close", () => server.close());
  }

  await step("build", () => vite.build({ ...common, build: { outDir: join(dir, "dist") } }));
  await withServer([["/", join(dir, "dist")]], async (origin) => {
    assert.deepEqual(await proveInPage(`${origin}/`), EXPECTED, "build");
  });
  assert.deepEqual(warnings, [], "Vite logged no warning");
}

cell("vite7", "Vite 7: dev server and build, opened in Chromium, no warning", (dir) => viteCell(dir, 7));
cell("vite8", "Vite 8: dev server and build, opened in Chromium, no warning", (dir) => viteCell(dir, 8));

cell("nextjs", "Next.js app router: a client component validating live, a route handler validating a charge", async (dir) => {
  const next = join(dir, "node_modules", "next", "dist", "bin", "next");
  const { stdout, stderr } = await run(process.execPath, [next, "build"], { cwd: dir });
  // Under CI=true Next.js adds a notice about its own build cache, which says nothing of the
  // package (and appears only in CI: a run on a developer's machine would never see it).
  const notice = /No build cache found/;
  const warned = `${stdout}\n${stderr}`.split("\n").filter((line) => /warn|⚠/i.test(line) && !notice.test(line));
  assert.deepEqual(warned, [], "next build warned");
  const server = start(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", "0"], {
    cwd: dir,
    ready: /(http:\/\/127\.0\.0\.1:\d+)/,
  });
  try {
    const origin = await server.url;
    assert.deepEqual(await proveInPage(`${origin}/`, "form"), EXPECTED);
    // Live: the card number checked as it is typed (proveInPage has left the page; open it again).
    const tab = await page();
    await visit(tab, `${origin}/`);
    await tab.waitForSelector("form[data-result]", { state: "attached", timeout: 60_000 });
    await tab.fill("#cardNumber", "4111 1111 1111 1112");
    await tab.waitForFunction(() => document.querySelector("#cardNumber-error").textContent === "luhn");
    await tab.fill("#cardNumber", "4111 1111 1111 1111");
    await tab.waitForFunction(() => document.querySelector("#cardNumber-error").textContent === "");

    const { CHARGE, BAD_CHARGE } = await import(pathToFileURL(join(dir, "check.js")));
    const post = (body) => fetch(`${origin}/api/charge`, { method: "POST", body: JSON.stringify(body) });
    const good = await post(CHARGE);
    assert.deepEqual([good.status, await good.json()], [200, EXPECTED.charge]);
    const bad = await post(BAD_CHARGE);
    assert.deepEqual([bad.status, await bad.json()], [422, EXPECTED.badCharge]);
    assert.doesNotMatch(server.output(), /warn|error/i);
  } finally {
    server.stop();
  }
});

cell("workerd", "Cloudflare workerd: wrangler's bundle served by workerd on 127.0.0.1, form and charge", async (dir) => {
  // Wrangler 4 needs Node >= 22.12: the cell's node@22 package runs it.
  const node22 = join(dir, "node_modules", ".bin", "node");
  const wrangler = join(dir, "node_modules", "wrangler", "bin", "wrangler.js");
  const { stdout, stderr } = await run(node22, [wrangler, "deploy", "--dry-run", "--outdir", "dist"], { cwd: dir });
  assert.doesNotMatch(`${stdout}\n${stderr}`, /\bwarn|▲/i, "wrangler warned");
  const files = await readdir(join(dir, "dist"));
  const wasm = files.find((f) => f.endsWith(".wasm"));
  assert.ok(wasm, `wrangler bundles the .wasm as a module: ${files}`);
  const tables = files.find((f) => f.endsWith(".bin"));
  assert.ok(tables, `wrangler bundles the tables as a data module: ${files}`);
  // workerd's own config: the bundle, its precompiled wasm module and the tables' bytes, one
  // socket on port 0.
  await writeFile(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "dist/worker.js"),
    (name = "${wasm}", wasm = embed "dist/${wasm}"),
    (name = "${tables}", data = embed "dist/${tables}"),
  ],
  compatibilityDate = "2025-11-01",
);
`,
  );
  const workerd = join(dir, "node_modules", ".bin", "workerd");
  // workerd reports the port it got on the control fd (3) as JSON.
  const child = spawn(workerd, ["serve", "config.capnp", "--control-fd=3"], {
    cwd: dir,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  try {
    const port = await new Promise((resolve, reject) => {
      let control = "";
      child.stdio[3].on("data", (chunk) => {
        control += chunk;
        const found = control.match(/"port":(\d+)/);
        if (found) resolve(Number(found[1]));
      });
      child.once("exit", (code) => reject(new Error(`workerd exited (${code}):\n${output}`)));
    });
    const origin = `http://127.0.0.1:${port}`;
    assert.deepEqual(await (await fetch(origin)).json(), EXPECTED);
    const { CHARGE, BAD_CHARGE } = await import(pathToFileURL(join(dir, "check.js")));
    const post = (body) => fetch(`${origin}/charge`, { method: "POST", body: JSON.stringify(body) });
    const good = await post(CHARGE);
    assert.deepEqual([good.status, await good.json()], [200, EXPECTED.charge]);
    const bad = await post(BAD_CHARGE);
    assert.deepEqual([bad.status, await bad.json()], [422, EXPECTED.badCharge]);
    assert.equal(output.trim(), "", "workerd logged nothing");
  } finally {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

cell("deno", "Deno (the deno npm package): the package from node_modules", async (dir) => {
  const deno = join(dir, "node_modules", ".bin", "deno");
  const denoEnv = { ...env, DENO_DIR: join(dir, ".deno") };
  const { stdout, stderr } = await run(deno, ["run", "--allow-read", "app.mjs"], { cwd: dir, env: denoEnv });
  assert.equal(stderr.trim(), "");
  assert.deepEqual(JSON.parse(stdout), EXPECTED);
});

cell("bun", "Bun (the bun npm package): the package from node_modules", async (dir) => {
  assert.deepEqual(await json(join(dir, "node_modules", ".bin", "bun"), ["app.mjs"], dir), EXPECTED);
});

cell("html", "Plain pages under the strict CSP: <script type=module> by path, and the classic script", async (dir) => {
  await withServer([["/", dir]], async (origin) => {
    assert.deepEqual(await proveInPage(`${origin}/module.html`), EXPECTED);
    assert.deepEqual(await proveInPage(`${origin}/classic.html`), { ...EXPECTED, frozen: true });
  });
});
