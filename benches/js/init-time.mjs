// One fresh process: how long `await init()` takes (read, compile and instantiate the module),
// and init() plus the first call (the first form a page validates).
import { performance } from "node:perf_hooks";
const start = performance.now();
const { init, validateCreatePaymentToken } = await import(process.argv[2]);
const imported = performance.now();
await init();
const done = performance.now();
validateCreatePaymentToken({ clientAccnum: 900000, clientSubacc: 0, cardNumber: "4111 1111 1111 1112" });
const first = performance.now();
console.log(JSON.stringify({ import: imported - start, init: done - imported, initAndFirstCall: first - imported }));
