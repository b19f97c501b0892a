// The shared vector files (tests/vectors/), read as the JS tests read them.
import { readFile } from "node:fs/promises";

/** A vector file by name, e.g. `vector("fields")`. */
export const vector = async (name) => JSON.parse(await readFile(new URL(`../vectors/${name}.json`, import.meta.url), "utf8"));

/** The vectors' special values (see fields.json's `about`): `$repeat`, `$number`, `$object`. */
export function decode(value) {
  if (value === null || typeof value !== "object") return value;
  if ("$repeat" in value) return value.$repeat.repeat(value.times) + (value.then ?? "");
  if ("$number" in value) return Number(value.$number);
  if ("$object" in value) return {};
  return value;
}
