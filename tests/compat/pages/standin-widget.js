// A STAND-IN for CCBill's Advanced Widget (the real one loads from js.ccbill.com; this machine has
// no network). Served at /js.ccbill.com/v<X.Y.Z>/ccbill-advanced-widget.js, it takes its version
// from its own URL and offers that version's constructor and methods with their signatures
// (CCBill's guide, v1 to v1.13). It looks fields up as the guide describes the widget doing it
// (custom id, then data-ccbill, then _ccbillId_<field>, in the document or the form given), throws
// a violations array synchronously for what it rejects (a few of the widget's checks: required
// fields, the card's check digit), and otherwise resolves like the widget's fetch Responses.
// It records each call's method name in window.widgetCalls, never a field's value.
(function () {
  "use strict";
  // Its version: from CCBill's URL, or (bundled into an app's asset) from `?widget=<X.Y.Z>`.
  var match = /\/v(\d+(?:\.\d+)*)\//.exec(document.currentScript.src) ||
    /[?&]widget=(\d+(?:\.\d+)*)/.exec(document.currentScript.src);
  var parts = (match ? match[1] : "1.13.1").split(".").map(Number);
  var minor = parts[0] > 1 ? 99 : parts[1] || 0;
  var V1_2 = minor >= 2, V1_3 = minor >= 3, V1_13 = minor >= 13;
  window.widgetCalls = [];

  function Widget(applicationId, customIds) {
    if (!(this instanceof Widget)) throw new TypeError("Class constructor cannot be invoked without 'new'");
    this.applicationId = applicationId;
    this.customIds = Object.assign({}, customIds || {});
  }
  Widget.VERSION = match ? match[1] : "1.13.1";

  Widget.prototype.changeDefaultFieldId = function (field, id) {
    this.customIds[field] = id;
  };

  Widget.prototype.element = function (root, field) {
    var id = this.customIds[field];
    return (
      (id && (root === document ? document.getElementById(id) : root.querySelector("#" + CSS.escape(id)))) ||
      root.querySelector('[data-ccbill="' + field + '"]') ||
      (root === document ? document.getElementById("_ccbillId_" + field) : root.querySelector("#_ccbillId_" + field))
    );
  };

  Widget.prototype.value = function (root, field) {
    var el = this.element(root, field);
    return el ? String(el.value).trim() : "";
  };

  function luhn(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var d = Number(digits[digits.length - 1 - i]);
      if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return digits.length >= 12 && sum % 10 === 0;
  }

  // Throws the widget's violations array when something it checks is wrong.
  Widget.prototype.check = function (root, fields, extra) {
    var violations = [];
    var self = this;
    var values = {};
    fields.forEach(function (field) {
      values[field] = extra && field in extra ? String(extra[field] == null ? "" : extra[field]) : self.value(root, field);
      if (values[field] === "") violations.push(field + ".may not be empty");
    });
    if (values.cardNumber && !luhn(values.cardNumber.replace(/[\s-]/g, ""))) {
      violations.push("cardNumber.must be a valid credit card number");
    }
    if (violations.length) {
      throw violations.map(function (message) {
        return { target: {}, message: message, propertyName: message.split(".")[0] };
      });
    }
  };

  function respond(method, body) {
    window.widgetCalls.push(method);
    return Promise.resolve({ ok: true, status: 200, json: function () { return Promise.resolve(body); } });
  }

  var PAYMENT_FORM = ["cardNumber", "expMonth", "expYear", "firstName", "lastName", "country", "postalCode", "email"];
  var TOKEN = { paymentTokenId: "01047ed6f3b440c7a2ccc6abc1ad0a84", clientAccnum: 900000, clientSubacc: 0 };
  var THREEDS = { eci: "05", status: "Y", success: true, protocolVersion: "2.2.0", amount: 9.99 };

  Widget.prototype.createPaymentToken = function (authToken, clientAccnum, clientSubacc) {
    this.check(document, PAYMENT_FORM.concat(V1_13 ? ["cvv2", "nameOnCard"] : []));
    return respond("createPaymentToken", TOKEN);
  };

  if (V1_2) {
    Widget.prototype.isScaRequired = function (authToken, clientAccnum, clientSubacc) {
      this.check(document, ["cardNumber", "currencyCode"].concat(V1_3 ? ["nameOnCard", "email"] : []));
      return respond("isScaRequired", true);
    };
    Widget.prototype.isScaRequiredForPaymentToken = function (authToken, paymentTokenId) {
      this.check(document, ["currencyCode"], { paymentTokenId: paymentTokenId });
      return respond("isScaRequiredForPaymentToken", true);
    };
  } else {
    Widget.prototype.isScaRequired = function (authToken, clientAccnum, clientSubacc, currencyCode) {
      this.check(document, ["cardNumber", "currencyCode"], { currencyCode: currencyCode });
      return respond("isScaRequired", true);
    };
    Widget.prototype.isScaRequiredForPaymentToken = function (authToken, paymentTokenId, currencyCode) {
      this.check(document, ["currencyCode"], { currencyCode: currencyCode });
      return respond("isScaRequiredForPaymentToken", true);
    };
  }

  function formOf(form) {
    if (form == null || form === "") return document.forms[0] || document;
    return typeof form === "string" ? document.querySelector(form) : form;
  }

  Widget.prototype.authenticate = function (form, paymentTokenId) {
    var root = formOf(form);
    if (!root) throw new TypeError("form not found");
    if (!paymentTokenId) this.check(root, ["cardNumber", "expMonth", "expYear"]);
    return respond("authenticateCustomer", THREEDS);
  };

  if (V1_3) {
    Widget.prototype.authenticateCustomer = function (authToken, clientAccnum, clientSubacc, form, iframeId, paymentTokenId) {
      // The guide's "all parameters" example puts the form second.
      if (clientAccnum && typeof clientAccnum === "object") return this.authenticate(clientAccnum, paymentTokenId);
      return this.authenticate(form, paymentTokenId);
    };
  } else {
    Widget.prototype.authenticateCustomer = function (authToken, form, iframeId, paymentTokenId) {
      return this.authenticate(form, paymentTokenId);
    };
  }

  if (V1_13) {
    var THREEDS_FORM = PAYMENT_FORM.concat(["cvv2", "nameOnCard", "amount", "currencyCode"]);
    // The guide's "payment token for deferred charges" flow calls this with no amount in the form.
    Widget.prototype.createPaymentToken3DS = function (authToken, clientAccnum, clientSubacc) {
      this.check(document, PAYMENT_FORM.concat(["cvv2", "nameOnCard"]));
      return respond("createPaymentToken3DS", TOKEN);
    };
    Widget.prototype.authenticateCustomerAndCreatePaymentToken = function (authToken, clientAccnum, clientSubacc) {
      this.check(document, THREEDS_FORM);
      window.widgetCalls.push("authenticateCustomerAndCreatePaymentToken");
      return Promise.resolve({ paymentToken: TOKEN, threedsInformation: THREEDS });
    };
  }

  window.ccbill = { CCBillAdvancedWidget: Widget };
  if (!V1_2) window.ccbill.MerchantConnectWidget = Widget; // v1's alias, the same constructor
})();
