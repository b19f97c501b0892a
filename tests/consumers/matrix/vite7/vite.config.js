// Vite 7's dependency pre-bundling moves the glue away from its .wasm (the dev server then answers
// the .wasm request with index.html): leave the package out of it. Vite 8 needs no config.
export default { optimizeDeps: { exclude: ["ccbill-validate"] } };
