// The page's own values the README's lines name: a card number, a payment token and its OAuth
// token, CCBill's widget, and an input for a call.
var cardNumber = "4111 1111 1111 1111";
var paymentTokenId = "01047ed6f3b440c7a2ccc6abc1ad0a84";
var oauthToken = "oauth-token";
var widget = new ccbill.CCBillAdvancedWidget("app-1");
var input = { clientAccnum: 900000, clientSubacc: 0, cardNumber: cardNumber, currencyCode: "978" };
