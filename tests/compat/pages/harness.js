// Test harness, not merchant code: tells the test when the package's module has loaded (until
// then guard and install let every call through to the widget, which checks it itself).
(function () {
  var root = document.documentElement;
  CCBillValidate.init().then(
    function () { root.setAttribute("data-ccbill-validate", "ready"); },
    function () { root.setAttribute("data-ccbill-validate", "failed"); }
  );
})();
