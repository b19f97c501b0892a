// The checkout's one script. The data-install line guards CCBill's widget; attach() gives each
// field its feedback as the customer types and leaves it.
var form = document.getElementById("payment");
var settings = form.dataset;
CCBillValidate.attach(form, { args: { clientAccnum: Number(settings.clientAccnum), clientSubacc: Number(settings.clientSubacc) } });

// The card's brand beside its label, and Pay shown as ready once every field is.
form.addEventListener("ccbill-validate:change", function (event) {
  if (event.detail.field === "cardNumber") document.getElementById("card-brand").textContent = event.detail.brand || "";
});
form.addEventListener("ccbill-validate:complete", function (event) {
  form.classList.toggle("complete", event.detail.complete);
});

form.addEventListener("submit", function (event) {
  event.preventDefault();
  var outcome = document.getElementById("outcome");
  var widget = new ccbill.CCBillAdvancedWidget(settings.applicationId);
  try {
    widget.createPaymentToken(settings.oauthToken, settings.clientAccnum, settings.clientSubacc)
      .then(function (response) { return response.json(); })
      .then(function (token) {
        // Send token.paymentTokenId to your server, which charges it (CCBill's API).
        outcome.textContent = "Card accepted.";
      })
      .catch(function () { outcome.textContent = "CCBill could not take this card; please try again."; });
  } catch (violations) {
    if (!Array.isArray(violations)) throw violations;
    // Nothing was sent: attach() shows each error under its field, focuses the first and
    // announces how many there are.
    outcome.textContent = "";
  }
});
