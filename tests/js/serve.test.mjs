// `make demo`'s server (scripts/serve.mjs): a busy or wrong PORT gets one line saying what to do,
// not a stack; a free one prints the URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../../scripts/serve.mjs", import.meta.url));

/** Runs the script with PORT=port until it prints its first line or exits; ends it by its id. */
function demo(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: String(port) } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("\n")) child.kill(); // serving: the test has what it needs
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

test("a port in use: one line naming PORT, exit 1, no stack", async () => {
  const busy = createServer();
  await new Promise((ok) => busy.listen(0, "127.0.0.1", ok));
  try {
    const { port } = busy.address();
    const { code, err } = await demo(port);
    assert.equal(code, 1);
    assert.equal(err, `demo: port ${port} is in use: stop what serves on it, or pick another port, e.g. PORT=8081 make demo\n`);
  } finally {
    busy.close();
  }
});

test("a PORT that is no port number: one line, exit 1", async () => {
  const { code, err } = await demo("eighty");
  assert.equal(code, 1);
  assert.match(err, /^demo: PORT=eighty is not a port number: give one from 0 \(any free port\) to 65535, e\.g\. PORT=8081 make demo\n$/);
});

test("a free port: the demo's URL", async () => {
  const { out } = await demo(0);
  assert.match(out, /^demo: http:\/\/127\.0\.0\.1:\d+\/  \(Ctrl-C to stop\)\n/);
});
