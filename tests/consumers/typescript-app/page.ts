// The page: CCBill's global declared by the package, every widget guarded, live feedback, and the
// array a guarded call throws told apart from CCBill's own errors. Compiled, not run (no page here).
import { init, install, guard, attach, readForm, isViolations, type CCBill, type Violation } from "ccbill-validate";
import { account, describe } from "./checkout.js";

declare function show(field: string, text: string): void;
declare function applicationId(): string;

void install(window.ccbill, { locale: document.documentElement.lang, version: "1.13.1" });

export async function pay(oauthToken: string): Promise<void> {
  await init();
  const ccbill: CCBill | undefined = window.ccbill;
  if (!ccbill) return; // CCBill's script has not run: nothing to pay with yet
  const widget = guard(new ccbill.CCBillAdvancedWidget(applicationId(), { cardNumber: "cc-number" }), { form: "#payment" });
  const feedback = attach("#payment", { args: account });
  try {
    // CCBill's guide: the promise resolves to a fetch Response (and rejects with one).
    const response: Response = await widget.createPaymentToken(oauthToken, account.clientAccnum, account.clientSubacc);
    const token: unknown = await response.json();
    void token;
  } catch (error: unknown) {
    if (!isViolations(error)) throw error; // a network error, or CCBill's own
    const first: Violation | undefined = error[0];
    if (first?.code === "luhn") show(first.propertyName, "Please check the card number");
    for (const violation of error) show(violation.propertyName, describe(violation));
  }
  const read: string | undefined = readForm("#payment").cardNumber;
  void read;
  feedback.refresh();
}

// @ts-expect-error: CCBill's widget is made with an application id
void (window.ccbill && new window.ccbill.CCBillAdvancedWidget());
