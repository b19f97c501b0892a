// Every `js` block of both READMEs runs as pasted, in Node, as an ES module in a fresh folder where
// `ccbill-validate` is the built package (pkg/); a block that cannot run there (a page's fragment,
// another framework's file) says why on the line before it: `<!-- not run: <reason> -->` (before
// a consumer app's `<!-- snippet: <file> -->` marker, if it has one). A README
// edit that breaks a block, or a new block with neither, fails this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

/** The `js` blocks of a Markdown file: their line, text and the reason one is not run. */
async function blocks(file) {
  const text = await readFile(join(root, file), "utf8");
  const out = [];
  for (const m of text.matchAll(/^```js\n([\s\S]*?)^```$/gm)) {
    // The line before, or the one before a consumer app's `<!-- snippet: <file> -->` marker
    // (tests/js/schema.test.mjs holds such a block equal to the app's code).
    const before = text.slice(0, m.index).trimEnd().split("\n").slice(-2).reverse();
    const line = before[0].startsWith("<!-- snippet:") ? before[1] : before[0];
    const skip = line?.match(/^<!-- not run: (.+) -->$/);
    out.push({ where: `${file}:${text.slice(0, m.index).split("\n").length}`, code: m[1], skip: skip?.[1] });
  }
  return out;
}

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
        if (block.skip) continue;
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
