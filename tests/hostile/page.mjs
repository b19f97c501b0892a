// The browser side of tests/e2e/exports.test.mjs: loads the built package, then runs the matrix
// one export per call from the test (each a short task, so the page stays responsive).
import * as pkg from "/pkg/index.js";
import { exportsOf, runExport } from "./matrix.mjs";

await pkg.init();
window.matrix = { names: exportsOf(pkg), run: (name) => runExport(pkg, name) };
document.body.dataset.ready = "true";
