// The fenced code blocks of the READMEs, with what the comment lines right above each say of how
// it is tested (a README edit that breaks a block fails one of these):
//   <!-- page: <fixture> -->   run in Chromium, Firefox and WebKit (tests/e2e/readme-pages.test.mjs)
//   <!-- snippet: <file> -->   a consumer app's code (tests/js/schema.test.mjs holds them equal)
//   <!-- not run: <why> -->    not run, and why
// A `js` block with none of them runs in Node (tests/js/readme-snippets.test.mjs).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** `{ where, lang, code, page?, snippet?, notRun? }` for each block of `file` (from the repository root). */
export async function blocks(file) {
  const text = await readFile(join(root, file), "utf8");
  const out = [];
  for (const m of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const above = text.slice(0, m.index).trimEnd().split("\n");
    const marks = {};
    for (let i = above.length - 1; i >= 0; i--) {
      const mark = /^<!-- (page|snippet|not run): (.+) -->$/.exec(above[i]);
      if (!mark) break;
      marks[mark[1] === "not run" ? "notRun" : mark[1]] = mark[2];
    }
    out.push({ where: `${file}:${above.length + 1}`, lang: m[1], code: m[2], ...marks });
  }
  return out;
}
