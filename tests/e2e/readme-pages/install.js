// The page's own code, not the package's: a widget made on Pay, its violations shown as CCBill's
// guide does. Where the README's lines load no CCBill script (a single-page checkout), the page
// injects it once it has loaded.
(function () {
  if (!document.querySelector('script[src*="ccbill-advanced-widget"]')) {
    window.addEventListener("load", function () {
      var script = document.createElement("script");
      script.src = "/js.ccbill.com/v1.13.1/ccbill-advanced-widget.js";
      document.head.appendChild(script);
    });
  }
  document.addEventListener("click", function (event) {
    if (!event.target.matches("[data-test=pay]")) return;
    var widget = new ccbill.CCBillAdvancedWidget("app-1");
    try {
      widget.createPaymentToken("oauth-token", "900000", "0").then(function () { showSuccess("Paid"); });
    } catch (error) {
      showErrors(error.map(function (item) { return item.message.split(".")[1]; }));
    }
  });
})();
