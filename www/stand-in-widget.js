// A LOCAL STAND-IN for CCBill's Advanced Widget, for this demo only. The real widget is
// `new ccbill.CCBillAdvancedWidget(applicationId)` from CCBill's CDN; this one has the same four
// methods, records that a call reached it, and answers like the real one (a Promise of a
// Response-like object) without any network.
export class StandInWidget {
  constructor() {
    this.calls = [];
  }

  #answer(method, args) {
    this.calls.push({ method, at: new Date().toISOString(), arguments: args.length });
    const body = { standIn: true, method, paymentTokenId: method === "createPaymentToken" ? "standin0000" : null };
    return Promise.resolve({ ok: true, json: async () => body });
  }

  createPaymentToken(...args) {
    return this.#answer("createPaymentToken", args);
  }

  isScaRequired(...args) {
    return this.#answer("isScaRequired", args);
  }

  isScaRequiredForPaymentToken(...args) {
    return this.#answer("isScaRequiredForPaymentToken", args);
  }

  authenticateCustomer(...args) {
    return this.#answer("authenticateCustomer", args);
  }
}
