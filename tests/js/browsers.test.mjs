// The README's "Browsers" list against what it describes: the same table in both READMEs, the
// engines the browser tests run (tests/e2e/browsers.mjs), the versions the guard's warning names
// (why.js), and the wasm features the built module declares (its target_features section).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { ENGINES } from "../e2e/browsers.mjs";

const root = new URL("../../", import.meta.url);
const read = (path) => readFile(new URL(path, root));

/** The "Browsers" table of a README: its rows as arrays of cells. */
async function browsersTable(path) {
  const text = String(await read(path));
  const start = text.indexOf("<!-- browsers:");
  assert.ok(start >= 0, `${path} has the browsers table`);
  const lines = text.slice(start).split("\n").slice(1);
  const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith("|")));
  return rows.slice(2).map((row) => row.split("|").slice(1, -1).map((cell) => cell.trim()));
}

/** The feature names of a wasm module's target_features custom section ("+" entries). */
function targetFeatures(bytes) {
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), "target_features");
  const b = new Uint8Array(section);
  let i = 0;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = b[i++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
  };
  const features = [];
  for (let n = leb(); n > 0; n--) {
    const prefix = String.fromCharCode(b[i++]);
    const length = leb();
    if (prefix === "+") features.push(new TextDecoder().decode(b.subarray(i, i + length)));
    i += length;
  }
  return features.sort();
}

test("both READMEs list the same browsers, and the engines listed are the ones the browser tests run", async () => {
  const rows = await browsersTable("README.md");
  assert.deepEqual(await browsersTable("pkg-template/README.md"), rows);
  const tested = rows.map(([, , engine]) => /^`(\w+)`/.exec(engine)?.[1]);
  assert.deepEqual(tested.sort(), [...ENGINES].sort());
});

test("the versions listed are the ones the guard's warning names when an engine refuses the module", async () => {
  const rows = await browsersTable("README.md");
  const from = Object.fromEntries(rows.map(([browser, version]) => [browser.split(/[ ,]/)[0], version]));
  const why = String(await read("pkg-template/why.js"));
  const named = /\(Safari ([\d.]+), Chrome (\d+), Firefox (\d+) or later\)/.exec(why);
  assert.ok(named, "why.js names the versions");
  assert.deepEqual({ Safari: named[1], Chrome: named[2], Firefox: named[3] }, from);
});

test("the module declares exactly the wasm features the README's versions are for", async () => {
  // A new feature (a Rust update's default, a flag) needs the versions above checked again.
  assert.deepEqual(targetFeatures(await read("pkg/ccbill_validate_bg.wasm")), [
    "bulk-memory",
    "bulk-memory-opt", // memory.copy and memory.fill alone: part of bulk memory
    "call-indirect-overlong", // an encoding of call_indirect that came with reference types
    "multivalue",
    "mutable-globals",
    "nontrapping-fptoint",
    "reference-types",
    "sign-ext",
  ]);
});
