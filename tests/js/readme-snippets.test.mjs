// Every `js` block of both READMEs runs as pasted, in Node, as an ES module in a fresh folder where
// `ccbill-validate` is the built package (pkg/), unless a mark above it says it runs in the browsers (a
// page's script) or why it is not run (tests/readme-blocks.mjs); a consumer app's snippet runs here too.
// Every block of another language has such a mark, or a runner of its own (rust: doctests;
// python: py/tests/test_readme.py; sh and text: commands and output, not code). A README edit that
// breaks a block, or a new block with no way to run, fails this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { blocks, root } from "../readme-blocks.mjs";

const run = promisify(execFile);

for (const file of ["README.md", "pkg-template/README.md"]) {
  test(`${file}: every js block runs in Node as pasted, or says why not`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "readme-"));
    try {
      await mkdir(join(dir, "node_modules"));
      await symlink(join(root, "pkg"), join(dir, "node_modules", "ccbill-validate"), "dir");
      await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
      let ran = 0;
      const problems = [];
      for (const [i, block] of (await blocks(file)).entries()) {
        if (block.lang !== "js" || block.page || block.notRun) continue;
        const path = join(dir, `block-${i}.mjs`);
        await writeFile(path, block.code);
        const result = await run(process.execPath, [path], { cwd: dir, timeout: 20_000 }).catch((e) => e);
        if (result instanceof Error) problems.push(`${block.where} failed:\n${block.code}\n${result.stderr || result}`);
        else if (result.stderr !== "") problems.push(`${block.where} wrote to stderr:\n${result.stderr}`);
        else ran++;
      }
      assert.deepEqual(problems, []);
      assert.ok(ran >= 4, `${file}: only ${ran} blocks ran`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

// Languages run by a runner of their own, or not code.
const OWN_RUNNER = new Set(["js", "rust", "python", "sh", "text"]);

test("every README block of another language is run somewhere, or says why not", async () => {
  const unrun = [];
  for (const file of ["README.md", "pkg-template/README.md"]) {
    for (const block of await blocks(file)) {
      if (!OWN_RUNNER.has(block.lang) && !block.page && !block.snippet && !block.notRun) unrun.push(`${block.where} (${block.lang})`);
    }
  }
  assert.deepEqual(unrun, []);
});
