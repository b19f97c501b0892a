// load-failure.html?cause=compile: an engine whose WebAssembly refuses the package's module, as one
// without reference types does (Safari 14, Chrome 95): every async compile rejects with the
// CompileError such an engine gives (no word of a magic number: the bytes are WebAssembly).
// WebAssembly itself stays: the empty module still compiles synchronously, and any other module
// (a probe for the features the package needs) is refused there too.
(function () {
  var refuse = function () {
    return Promise.reject(new WebAssembly.CompileError("WebAssembly.Module doesn't parse at byte 5381: can't get 0th argument Type"));
  };
  ["compile", "compileStreaming", "instantiate", "instantiateStreaming"].forEach(function (name) {
    WebAssembly[name] = refuse;
  });
  var Module = WebAssembly.Module;
  WebAssembly.Module = function (bytes) {
    if (bytes.byteLength > 8) throw new WebAssembly.CompileError("WebAssembly.Module doesn't parse at byte 10: can't get 0th argument Type");
    return new Module(bytes);
  };
})();
