// WebKit (WebKitGTK, the engine Safari shares; Debian's webkit2gtk-driver) behind the small part of
// puppeteer's page API the browser tests use, so a test runs the same in the three engines.
//
// One launch is three processes and a proxy, all ended by close(), pass or fail:
//   Xvfb            a display of its own (MiniBrowser has no headless mode), on a free number
//                   that Xvfb picks itself (-displayfd), ended by its pid;
//   WebKitWebDriver on 127.0.0.1, a free port; it starts MiniBrowser --automation for the session
//                   (capabilities {"browserName": "MiniBrowser"}); its descendants (MiniBrowser,
//                   the web and network processes) are ended by pid after the session is deleted;
//   a proxy         (in this process, 127.0.0.1) the browser sends its HTTP through: WebKitWebDriver
//                   has no WebDriver BiDi (a session asking for webSocketUrl is refused) and its
//                   MiniBrowser drops --enable-write-console-messages-to-stdout in automation, so
//                   the console and page errors are recorded by a script the proxy puts first in
//                   each HTML document (served from the page's own origin, so a CSP of 'self'
//                   allows it; it removes its own element), read back after each command and
//                   every 100 ms while a page is idle. The same script runs evaluateOnNewDocument().
//                   What the browser logs itself (a CSP report, a failed load) is not recorded.
// Pages are WebDriver windows of one session, each command switching to its page's window.
import { spawn } from "node:child_process";
import { createServer, request } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { EventEmitter } from "node:events";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const HOOK_PATH = "/__ccbill-webkit/hook.js";
// How long a WebDriver session may take to start: without a display the driver never answers.
const SESSION_TIMEOUT = 30_000;
// The longest a script may run (the hostile matrix's exports, in a loaded machine).
const SCRIPT_TIMEOUT = 120_000;
const KEYS = {
  Backspace: "\uE003", Tab: "\uE004", Enter: "\uE007", Shift: "\uE008", Control: "\uE009", Alt: "\uE00A",
  Escape: "\uE00C", PageUp: "\uE00E", PageDown: "\uE00F", End: "\uE010", Home: "\uE011", ArrowLeft: "\uE012",
  ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015", Delete: "\uE017", Meta: "\uE03D",
};

/** The console recorder the proxy puts first in every HTML document; `extra` are init scripts. */
const hookSource = (extra) => `(() => {
  const log = (window.__ccbillWebKitLog = []);
  const text = (value) => {
    if (typeof value === "string") return value;
    try {
      if (value instanceof Error) return String(value);
      const json = JSON.stringify(value);
      return json === undefined ? String(value) : json;
    } catch {
      try { return String(value); } catch { return "[unprintable]"; }
    }
  };
  for (const type of ["log", "info", "warn", "error", "debug"]) {
    const original = console[type];
    console[type] = function (...args) {
      log.push({ kind: "console", type, text: args.map(text).join(" ") });
      return original.apply(this, args);
    };
  }
  addEventListener("error", (e) => log.push({ kind: "pageerror", message: e.error?.message ?? e.message }));
  addEventListener("unhandledrejection", (e) => log.push({ kind: "pageerror", message: e.reason?.message ?? text(e.reason) }));
  document.currentScript?.remove();
})();
${extra.map((source) => `try { (${source})(); } catch (e) { console.error(String(e)); }`).join("\n")}
`;

/** Puts the recorder's <script> first in an HTML document (after <head>, else <html>, else the doctype). */
function injectHook(html) {
  const tag = `<script src="${HOOK_PATH}"></script>`;
  for (const re of [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]) {
    const m = re.exec(html);
    if (m) return html.slice(0, m.index + m[0].length) + tag + html.slice(m.index + m[0].length);
  }
  return tag + html;
}

/** The HTTP proxy the browser uses: documents get the recorder; everything else passes as it is. */
async function startProxy(initScripts, responses) {
  const server = createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.pathname === HOOK_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(hookSource(initScripts));
      return;
    }
    const isDocument = /^text\/html/.test(req.headers.accept ?? "");
    const headers = { ...req.headers, host: target.host, connection: "close" };
    delete headers["proxy-connection"];
    const upstream = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers, agent: false },
      (answer) => {
        const html = isDocument && /^text\/html/.test(answer.headers["content-type"] ?? "") && !answer.headers["content-encoding"];
        if (isDocument) responses.set(target.href, { status: answer.statusCode, headers: { ...answer.headers } });
        if (!html) {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks = [];
        answer.on("data", (c) => chunks.push(c));
        answer.on("end", () => {
          const body = Buffer.from(injectHook(Buffer.concat(chunks).toString("utf8")), "utf8");
          const out = { ...answer.headers, "content-length": String(body.length) };
          delete out["transfer-encoding"];
          res.writeHead(answer.statusCode, out);
          res.end(body);
        });
      },
    );
    upstream.on("error", () => res.headersSent ? res.destroy() : res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  return server;
}

/** Starts Xvfb on a display number it picks itself; resolves with `{ child, display }`. */
function startXvfb() {
  const child = spawn("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  return new Promise((ok, fail) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => fail(new Error(`Xvfb gave no display in 10 s: ${err}`)), 10_000);
    child.stderr.on("data", (c) => (err += c));
    child.stdio[3].on("data", (c) => {
      out += c;
      if (!out.includes("\n")) return;
      clearTimeout(timer);
      ok({ child, display: `:${out.trim()}` });
    });
    child.once("error", (e) => (clearTimeout(timer), fail(new Error(`Xvfb: ${e.message} (apt-get install xvfb)`))));
    child.once("exit", (code) => (clearTimeout(timer), fail(new Error(`Xvfb exited (${code}): ${err}`))));
  });
}

/** A port free now on 127.0.0.1 (the driver is told to listen there). */
function freePort() {
  const server = createServer();
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Every descendant of `pid` (children first listed after their parent), from /proc. */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {} // ended meanwhile
  }
  const found = [];
  const walk = (p) => {
    for (const [child, parent] of parents) if (parent === p) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

/** When `pid` started (/proc/<pid>/stat field 22), to tell a process from a later one with its pid. */
function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return null;
  }
}
/** `pids` with their start times, for `stillSame` later. */
const stamp = (pids) => pids.map((pid) => ({ pid, start: startTime(pid) }));
/** The stamped processes still running (not ended, their pid not taken by another). */
const stillSame = (stamped) => stamped.filter(({ pid, start }) => start !== null && startTime(pid) === start).map(({ pid }) => pid);

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Ends `pids` (TERM, then KILL after 3 s), by pid. */
async function end(pids) {
  for (const pid of pids) try { process.kill(pid, "SIGTERM"); } catch {}
  for (let i = 0; i < 30 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids) if (alive(pid)) try { process.kill(pid, "SIGKILL"); } catch {}
}

class WebDriver {
  constructor(port) {
    this.base = `http://127.0.0.1:${port}`;
    this.queue = Promise.resolve();
    this.window = null;
  }

  async raw(method, path, body, timeout = SCRIPT_TIMEOUT + 10_000) {
    if (process.env.CCBILL_WEBKIT_DEBUG) console.error(`webkit: ${method} ${path.replace(/^\/session\/[^/]+/, "")}`);
    const response = await fetch(this.base + path, {
      method,
      headers: body ? { "content-type": "application/json; charset=utf-8" } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeout),
    });
    const json = await response.json();
    if (json.value?.error) {
      const error = new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, "")}: ${json.value.error}: ${json.value.message}`);
      error.webdriver = json.value.error;
      throw error;
    }
    return json.value;
  }

  /** A session command, run after the ones before it, in `window` (switched to first). */
  command(window, method, path, body, timeout) {
    const run = async () => {
      if (window && this.window !== window) {
        await this.raw("POST", `/session/${this.id}/window`, { handle: window });
        this.window = window;
      }
      return this.raw(method, `/session/${this.id}${path}`, body, timeout);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}

/** A page in a window of the session: the puppeteer methods the tests use. */
class Page extends EventEmitter {
  constructor(driver, window) {
    super();
    this.driver = driver;
    this.window = window;
    this.closed = false;
    this.busy = 0;
    this.keyboard = {
      type: (text) => this.keys([...text]),
      press: (key) => this.keys([KEYS[key] ?? key]),
    };
    // Console messages and page errors: read after each script, and every 100 ms while idle.
    this.poller = setInterval(() => {
      if (this.busy || this.closed || (!this.listenerCount("console") && !this.listenerCount("pageerror"))) return;
      this.evaluate(() => undefined).catch(() => {});
    }, 100);
    this.poller.unref();
  }

  command(method, path, body, timeout) {
    if (this.closed) return Promise.reject(new Error("the page is closed"));
    return this.driver.command(this.window, method, path, body, timeout);
  }

  deliver(entries) {
    for (const entry of entries ?? []) {
      if (entry.kind === "pageerror") this.emit("pageerror", new Error(entry.message));
      else this.emit("console", { type: () => entry.type, text: () => entry.text, args: () => [] });
    }
  }

  /**
   * Runs `source` (a function's text) in the page with `args` (JSON) after `elements` (element
   * references, passed first); resolves with its (awaited) result, as JSON, undefined kept.
   */
  async run(source, args = [], elements = []) {
    const script = `
      const done = arguments[arguments.length - 1];
      const elements = Array.prototype.slice.call(arguments, 1, arguments.length - 1);
      const drain = () => (window.__ccbillWebKitLog ? window.__ccbillWebKitLog.splice(0) : []);
      Promise.resolve()
        .then(() => (${source})(...elements, ...JSON.parse(arguments[0])))
        .then(
          (v) => {
            try { done({ u: v === undefined, j: v === undefined ? null : JSON.stringify(v), log: drain() }); }
            catch (e) { done({ error: "the result is no JSON: " + e.message, log: drain() }); }
          },
          (e) => done({ error: (e && e.message) || String(e), log: drain() }),
        );`;
    this.busy++;
    try {
      const refs = elements.map((id) => ({ [ELEMENT]: id }));
      const out = await this.command("POST", "/execute/async", { script, args: [JSON.stringify(args), ...refs] });
      this.deliver(out?.log);
      if (out?.error !== undefined) throw new Error(`Evaluation failed: ${out.error}`);
      return out.u ? undefined : JSON.parse(out.j);
    } finally {
      this.busy--;
    }
  }

  evaluate(fn, ...args) {
    return this.run(String(fn), args);
  }

  $eval(selector, fn, ...args) {
    return this.run(
      `(selector, ...args) => {
        const el = document.querySelector(selector);
        if (!el) throw new Error("failed to find element matching selector " + JSON.stringify(selector));
        return (${fn})(el, ...args);
      }`,
      [selector, ...args],
    );
  }

  $$eval(selector, fn, ...args) {
    return this.run(`(selector, ...args) => (${fn})([...document.querySelectorAll(selector)], ...args)`, [selector, ...args]);
  }

  /** Polls `predicate` (a function's text) in the page until it returns truthy, within `timeout` ms. */
  waitFor(predicate, args, timeout = 30_000, what = "a condition") {
    return this.run(
      `(timeout, what, ...args) => new Promise((resolve, reject) => {
        const until = Date.now() + timeout;
        const check = () => {
          let v;
          try { v = (${predicate})(...args); } catch (e) { return reject(e); }
          if (v) return resolve(true);
          if (Date.now() > until) return reject(new Error("Waiting for " + what + " failed: " + timeout + " ms exceeded"));
          setTimeout(check, 20);
        };
        check();
      })`,
      [Math.min(timeout, SCRIPT_TIMEOUT - 5_000), what, ...args],
    );
  }

  waitForSelector(selector, { timeout } = {}) {
    return this.waitFor("(s) => document.querySelector(s)", [selector], timeout, `selector ${selector}`);
  }

  waitForFunction(fn, { timeout } = {}, ...args) {
    return this.waitFor(String(fn), args, timeout, "function");
  }

  async goto(url) {
    this.busy++;
    try {
      await this.command("POST", "/url", { url }, 60_000);
    } finally {
      this.busy--;
    }
    await this.evaluate(() => undefined); // what the page logged while it loaded
    const answer = this.driver.responses.get(new URL(url).href);
    return answer && { status: () => answer.status, ok: () => answer.status < 400, headers: () => answer.headers };
  }

  /** The element `selector` finds (CSS), as a WebDriver id; throws when there is none. */
  async element(selector) {
    const found = await this.command("POST", "/element", { using: "css selector", value: selector });
    return found[ELEMENT];
  }

  async click(selector) {
    this.busy++;
    try {
      await this.command("POST", `/element/${await this.element(selector)}/click`, {});
    } finally {
      this.busy--;
    }
    await this.evaluate(() => undefined);
  }

  focus(selector) {
    return this.$eval(selector, (el) => el.focus());
  }

  async type(selector, text) {
    await this.focus(selector);
    await this.keyboard.type(text);
  }

  /** puppeteer's select(): the options with these values selected, then input and change. */
  select(selector, ...values) {
    return this.$eval(
      selector,
      (el, values) => {
        for (const option of el.options) option.selected = values.includes(option.value);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
        return [...el.selectedOptions].map((o) => o.value);
      },
      values,
    );
  }

  /** Presses and releases each key in turn (WebDriver actions: real key events in the focused element). */
  async keys(keys) {
    const actions = keys.flatMap((value) => [{ type: "keyDown", value }, { type: "keyUp", value }]);
    this.busy++;
    try {
      await this.command("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    } finally {
      this.busy--;
    }
    await this.evaluate(() => undefined);
  }

  /**
   * `aria/Name[role="role"]` (puppeteer's ARIA query: WebKit's own accessible name and role, from
   * WebDriver's computed label and role), or a CSS selector: a handle with evaluate(), or null.
   */
  async $(selector) {
    const aria = /^aria\/(.*?)(?:\[role="([^"]+)"\])?$/.exec(selector);
    const handle = (id) => ({ evaluate: (fn, ...args) => this.run(String(fn), args, [id]) });
    if (!aria) {
      try {
        return handle(await this.element(selector));
      } catch (error) {
        if (error.webdriver === "no such element") return null;
        throw error;
      }
    }
    const [, name, role] = aria;
    const candidates = await this.command("POST", "/elements", { using: "css selector", value: "input, select, textarea, button, [role], a[href]" });
    // An element outside the accessibility tree (hidden) has no computed role: WebKit answers
    // "unknown error"; it is no match, as in puppeteer.
    const computed = (id, what) => this.command("GET", `/element/${id}/computed${what}`).catch(() => null);
    for (const candidate of candidates) {
      const id = candidate[ELEMENT];
      if (role && (await computed(id, "role")) !== role) continue;
      if ((await computed(id, "label"))?.trim() === name) return handle(id);
    }
    return null;
  }

  /** WebKit's computed role and accessible name of the element `selector` finds (WebDriver's computedrole/-label). */
  async accessibility(selector) {
    const id = await this.element(selector);
    const computed = (what) => this.command("GET", `/element/${id}/computed${what}`).catch(() => null);
    return { role: await computed("role"), name: await computed("label") };
  }

  /** Runs `fn` before any script of each document this browser loads from now on (all its pages). */
  async evaluateOnNewDocument(fn) {
    this.driver.initScripts.push(String(fn));
  }

  /** The viewport as PNG. WebKitWebDriver's screenshot has been seen never to return under Xvfb: 20 s at most. */
  async screenshot({ path } = {}) {
    const png = Buffer.from(await this.command("GET", "/screenshot", undefined, 20_000), "base64");
    if (path) (await import("node:fs/promises")).writeFile(path, png);
    return png;
  }

  async close() {
    if (this.closed) return;
    clearInterval(this.poller);
    try {
      await this.command("DELETE", "/window");
    } finally {
      this.closed = true;
      if (this.driver.window === this.window) this.driver.window = null;
    }
  }
}

/** Launches WebKitGTK's MiniBrowser under a display of its own: `{ name, page(), newPage(), close() }`. */
export async function launchWebKit() {
  const started = []; // { pid, tree } of what to end, in order
  const initScripts = [];
  const responses = new Map();
  let xvfb, driverProcess, proxy, driver;
  const close = async () => {
    // The driver's descendants, listed before the session ends (MiniBrowser's web processes outlive
    // it briefly, no longer the driver's descendants then), ended after it.
    const tree = driverProcess ? stamp([driverProcess.pid, ...descendants(driverProcess.pid)]) : [];
    if (driver?.id) await driver.raw("DELETE", `/session/${driver.id}`, undefined, 10_000).catch(() => {});
    if (driverProcess) await end(stillSame(tree));
    if (xvfb) await end([xvfb.child.pid]);
    if (proxy) {
      proxy.closeAllConnections();
      await new Promise((ok) => proxy.close(ok));
    }
    process.off("exit", onExit);
  };
  // If the runner ends without close() (an uncaught error), end them still.
  const onExit = () => {
    for (const child of [driverProcess, xvfb?.child]) if (child && alive(child.pid)) {
      for (const pid of [...descendants(child.pid), child.pid]) try { process.kill(pid, "SIGKILL"); } catch {}
    }
  };
  process.on("exit", onExit);
  try {
    xvfb = await startXvfb();
    proxy = await startProxy(initScripts, responses);
    const port = await freePort();
    let stderr = "";
    driverProcess = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
      env: { ...process.env, DISPLAY: xvfb.display, WAYLAND_DISPLAY: "", GDK_BACKEND: "x11" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    driverProcess.stderr.on("data", (c) => (stderr = (stderr + c).slice(-4000)));
    await new Promise((ok, fail) => {
      driverProcess.once("spawn", ok);
      driverProcess.once("error", (e) => fail(new Error(`WebKitWebDriver: ${e.message} (apt-get install webkit2gtk-driver)`)));
    });
    driver = new WebDriver(port);
    driver.initScripts = initScripts;
    driver.responses = responses;
    for (let i = 0; ; i++) {
      try {
        if ((await driver.raw("GET", "/status", undefined, 2_000)).ready !== undefined) break;
      } catch (error) {
        if (i > 100 || driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${error.message} ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const capabilities = {
      browserName: "MiniBrowser",
      proxy: { proxyType: "manual", httpProxy: `127.0.0.1:${proxy.address().port}` },
      timeouts: { script: SCRIPT_TIMEOUT, pageLoad: 60_000, implicit: 0 },
    };
    try {
      const session = await driver.raw("POST", "/session", { capabilities: { alwaysMatch: capabilities } }, SESSION_TIMEOUT);
      driver.id = session.sessionId;
      driver.version = session.capabilities.browserVersion;
    } catch (error) {
      throw new Error(`WebKit session not created (${error.message}): no display? ${stderr}`);
    }
    // The session's first window stays open (closing a session's last window ends it); pages get new ones.
    driver.home = driver.window = await driver.raw("GET", `/session/${driver.id}/window`);
  } catch (error) {
    await close();
    throw error;
  }
  const newPage = async () => {
    // From the first window: a closed page's window cannot open another.
    const { handle } = await driver.command(driver.home, "POST", "/window/new", { type: "tab" });
    return new Page(driver, handle);
  };
  return { name: "webkit", version: driver.version, browser: driver, page: newPage, newPage, close };
}
