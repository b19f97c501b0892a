// load-failure.html?cause=compile: an engine whose WebAssembly refuses the package's module, as one
// without reference types does (Safari 14, Chrome 95): every async compile rejects with the
// CompileError such an engine gives (no word of a magic number: the bytes are WebAssembly).
// WebAssembly itself stays, and the empty module still compiles synchronously.
(function () {
  var refuse = function () {
    return Promise.reject(new WebAssembly.CompileError("WebAssembly.Module doesn't parse at byte 5381: can't get 0th argument Type"));
  };
  ["compile", "compileStreaming", "instantiate", "instantiateStreaming"].forEach(function (name) {
    WebAssembly[name] = refuse;
  });
})();
