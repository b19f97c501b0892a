// ccbill-validate: the wasm validators (core.js, and one per call in calls.js) and the page layer (dom.js).
export * from "./core.js";
export * from "./calls.js";
export * from "./dom.js";
export * from "./schema.js";
export * from "./format.js";
export { install } from "./install.js";
