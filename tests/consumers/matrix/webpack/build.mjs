// webpack 5, no loader and no plugin: a browser bundle (target "web") and a Node bundle (target
// "node"). Any warning or error fails the build.
import { copyFile } from "node:fs/promises";
import webpack from "webpack";

const here = (path) => new URL(path, import.meta.url).pathname;
const configs = [
  { name: "web", target: "web", entry: "./src/web.js", output: { path: here("dist/web"), filename: "main.js" } },
  { name: "node", target: "node", entry: "./src/server.js", output: { path: here("dist/node"), filename: "main.cjs" } },
].map((config) => ({ mode: "production", context: here("."), ...config }));

const stats = await new Promise((resolve, reject) =>
  webpack(configs, (error, result) => (error ? reject(error) : resolve(result))),
);
const info = stats.toJson({ all: false, warnings: true, errors: true });
const problems = [...info.warnings, ...info.errors].map((p) => p.message);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
await copyFile(here("index.html"), here("dist/web/index.html"));
