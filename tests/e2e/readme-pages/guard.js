// The page's own values the README's block names: the widget's application id and custom ids, the
// OAuth token the merchant's server fetched, and the page's way to show an error.
var applicationId = "appId-0123";
var customIds = { firstName: "fname", lastName: "lNameId", cvv2: "security-code" };
var oauthToken = "oauth-token";
function show(text) {
  var item = document.createElement("li");
  item.textContent = text;
  document.getElementById("errors").appendChild(item);
}
