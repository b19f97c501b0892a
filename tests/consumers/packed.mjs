// What the consumer tests share: the package packed once per test file into its work folder, as
// `ccbill-validate.tgz` (the name every consumer's package.json depends on), and step timings.
import { execFile } from "node:child_process";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const repo = fileURLToPath(new URL("../..", import.meta.url));
export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** `npm pack` of the built package (pkg/) into `work`, as `work/ccbill-validate.tgz`. */
export async function packInto(work) {
  const { stdout } = await run("npm", ["pack", "--pack-destination", work, "--loglevel=error"], { cwd: join(repo, "pkg") });
  await rename(join(work, stdout.trim().split("\n").pop()), join(work, "ccbill-validate.tgz"));
}

/** A timer whose `timed(label, job)` records `label <seconds>` in `timings`, pass or fail. */
export function stopwatch() {
  const timings = [];
  async function timed(label, job) {
    const start = performance.now();
    try {
      return await job();
    } finally {
      timings.push(`${label} ${seconds(performance.now() - start)}`);
    }
  }
  return { timings, timed };
}
