# Generated from the Rust core (src/facts/python.rs) by `make facts`: edit the Rust, never this file.
from decimal import Decimal
from typing import Any, Dict, List, Literal, Optional, Sequence, TypedDict, Union

# A JSON scalar as Python has it: the rules, not the type, decide what passes.
FieldValue = Union[str, int, float, Decimal, bool, None]

Code = Literal[
    "required", "notANumber", "notAnInteger", "notABoolean", "notAString", "outOfRange", "tooManyDecimals",
    "tooShort", "tooLong", "luhn", "cardLength", "pattern", "cvvLength", "expired", "invalidCountry",
    "invalidSubdivision", "invalidPostalCode", "invalidPhone", "invalidEmail", "invalidIpv4",
    "invalidPassThroughInfo", "mismatch",
]

Locale = Literal[
    "en", "es", "fr", "de", "it", "ja", "ko", "zh-Hant", "zh-Hans", "pt-BR", "hi", "sv", "da", "no", "nl",
]

class PassThroughPair(TypedDict):
    name: str
    value: str

class ChargeBody(TypedDict, total=False):
    """``POST /transactions/payment-tokens/{paymentTokenId}``'s body, plus ``paymentTokenId``."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    currencyCode: FieldValue
    paymentTokenId: FieldValue
    initialPrice: FieldValue
    initialPeriod: FieldValue
    recurringPrice: FieldValue
    recurringPeriod: FieldValue
    rebills: FieldValue
    lifeTimeSubscription: FieldValue
    createNewPaymentToken: FieldValue
    passThroughInfo: Optional[Sequence[PassThroughPair]]

class ThreedsChargeBody(TypedDict, total=False):
    """``POST /transactions/payment-tokens/threeds/{paymentTokenId}``'s body, plus ``paymentTokenId``."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    currencyCode: FieldValue
    paymentTokenId: FieldValue
    initialPrice: FieldValue
    initialPeriod: FieldValue
    recurringPrice: FieldValue
    recurringPeriod: FieldValue
    rebills: FieldValue
    lifeTimeSubscription: FieldValue
    createNewPaymentToken: FieldValue
    passThroughInfo: Optional[Sequence[PassThroughPair]]
    threedsCardToken: FieldValue
    threedsEci: FieldValue
    threedsStatus: FieldValue
    threedsVersion: FieldValue
    threedsXid: FieldValue
    threedsCavv: FieldValue
    threedsCavvAlgorithm: FieldValue
    threedsDsTransId: FieldValue
    threedsAcsTransId: FieldValue
    threedsAuthenticationValue: FieldValue
    threedsError: FieldValue
    threedsClientTransactionId: FieldValue
    threedsSuccess: FieldValue
    threedsAmount: FieldValue
    threedsCurrency: FieldValue
    threedsSdkTransId: FieldValue
    threedsAuthenticationType: FieldValue
    threedsErrorDetail: FieldValue
    threedsErrorCode: FieldValue
    threedsResponse: FieldValue

class GetPaymentTokenQuery(TypedDict, total=False):
    """``GET /payment-tokens/{paymentTokenId}``: its path and query, one mapping."""
    paymentTokenId: FieldValue

class PaymentTokenThreedsRequiredQuery(TypedDict, total=False):
    """``GET /payment-tokens/{paymentTokenId}/threeds-required``: its path and query, one mapping."""
    currencyCode: FieldValue
    paymentTokenId: FieldValue

class GetTransactionPaymentTokenQuery(TypedDict, total=False):
    """``GET /transactions/payment-tokens/{paymentTokenId}``: its path and query, one mapping."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    paymentTokenId: FieldValue

class CreditCardPaymentInfo(TypedDict, total=False):
    """``creditCardPaymentInfo`` in a payment-token body."""
    nameOnCard: FieldValue
    cardNum: FieldValue
    expMonth: FieldValue
    expYear: FieldValue

class CreditCardPaymentInfoValue(TypedDict):
    """``creditCardPaymentInfo`` as CCBill's cURL sample wraps it."""
    value: CreditCardPaymentInfo

class PaymentInfo(TypedDict, total=False):
    """``paymentInfo`` in a payment-token body."""
    creditCardPaymentInfo: Union[CreditCardPaymentInfo, CreditCardPaymentInfoValue, None]

class PaymentInfoValue(TypedDict):
    """``paymentInfo`` as CCBill's cURL sample wraps it."""
    value: PaymentInfo

class CustomerInfo(TypedDict, total=False):
    """``customerInfo`` in a payment-token body."""
    customerFname: FieldValue
    customerLname: FieldValue
    address1: FieldValue
    address2: FieldValue
    city: FieldValue
    country: FieldValue
    state: FieldValue
    zipcode: FieldValue
    phoneNumber: FieldValue
    email: FieldValue
    ipAddress: FieldValue
    browserHttpAccept: FieldValue
    browserHttpAcceptEncoding: FieldValue
    browserHttpAcceptLanguage: FieldValue
    browserHttpUserAgent: FieldValue

class CustomerInfoValue(TypedDict):
    """``customerInfo`` as CCBill's cURL sample wraps it."""
    value: CustomerInfo

class CreatePaymentTokenMerchantOnlyBody(TypedDict, total=False):
    """``POST /payment-tokens/merchant-only``'s body, nested as the API nests it."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    timeToLive: FieldValue
    validNumberOfUse: FieldValue
    subscriptionId: FieldValue
    paymentInfo: Union[PaymentInfo, PaymentInfoValue, None]
    customerInfo: Union[CustomerInfo, CustomerInfoValue, None]

class VerifyCreditCardPaymentInfo(TypedDict, total=False):
    """``creditCardPaymentInfo`` in a payment-token body."""
    nameOnCard: FieldValue
    cardNum: FieldValue
    expMonth: FieldValue
    expYear: FieldValue
    cvv2: FieldValue

class VerifyCreditCardPaymentInfoValue(TypedDict):
    """``creditCardPaymentInfo`` as CCBill's cURL sample wraps it."""
    value: VerifyCreditCardPaymentInfo

class VerifyPaymentInfo(TypedDict, total=False):
    """``paymentInfo`` in a payment-token body."""
    creditCardPaymentInfo: Union[VerifyCreditCardPaymentInfo, VerifyCreditCardPaymentInfoValue, None]

class VerifyPaymentInfoValue(TypedDict):
    """``paymentInfo`` as CCBill's cURL sample wraps it."""
    value: VerifyPaymentInfo

class CreatePaymentTokenMerchantOnlyVerifyBody(TypedDict, total=False):
    """``POST /payment-tokens/merchant-only-verify``'s body, nested as the API nests it."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    timeToLive: FieldValue
    validNumberOfUse: FieldValue
    subscriptionId: FieldValue
    paymentInfo: Union[VerifyPaymentInfo, VerifyPaymentInfoValue, None]
    customerInfo: Union[CustomerInfo, CustomerInfoValue, None]

class CreatePaymentTokenProgramSpecifiedBody(TypedDict, total=False):
    """``POST /payment-tokens/program-specified``'s body, nested as the API nests it."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    timeToLive: FieldValue
    validNumberOfUse: FieldValue
    subscriptionId: FieldValue
    programParticipationId: FieldValue
    paymentInfo: Union[PaymentInfo, PaymentInfoValue, None]
    customerInfo: Union[CustomerInfo, CustomerInfoValue, None]

class CreatePaymentTokenTargetClientBody(TypedDict, total=False):
    """``POST /payment-tokens/target-client``'s body, nested as the API nests it."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    timeToLive: FieldValue
    validNumberOfUse: FieldValue
    subscriptionId: FieldValue
    targetClientAccnum: FieldValue
    targetClientSubacc: FieldValue
    paymentInfo: Union[PaymentInfo, PaymentInfoValue, None]
    customerInfo: Union[CustomerInfo, CustomerInfoValue, None]

class ThreedsRequiredQuery(TypedDict, total=False):
    """``GET /payment-tokens/threeds-required``: its path and query, one mapping."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    currencyCode: FieldValue
    bin: FieldValue
    last4: FieldValue

class Violation(TypedDict):
    target: Dict[str, Any]
    message: str
    propertyName: str
    code: Code
    params: Dict[str, Any]

# A body typed as a TypedDict: a misspelled key is a type error (json.loads's Any passes).
def validate_charge(body: ChargeBody, *, locale: Locale = "en") -> List[Violation]:
    """The violations of ``POST /transactions/payment-tokens/{paymentTokenId}``; ``[]`` when valid."""

def validate_threeds_charge(body: ThreedsChargeBody, *, locale: Locale = "en") -> List[Violation]:
    """The violations of ``POST /transactions/payment-tokens/threeds/{paymentTokenId}``; ``[]`` when valid."""

def validate_get_payment_token(body: GetPaymentTokenQuery, *, locale: Locale = "en") -> List[Violation]:
    """The violations of ``GET /payment-tokens/{paymentTokenId}``; ``[]`` when valid."""

def validate_payment_token_threeds_required(
    body: PaymentTokenThreedsRequiredQuery, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``GET /payment-tokens/{paymentTokenId}/threeds-required``; ``[]`` when valid."""

def validate_get_transaction_payment_token(
    body: GetTransactionPaymentTokenQuery, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``GET /transactions/payment-tokens/{paymentTokenId}``; ``[]`` when valid."""

def validate_create_payment_token_merchant_only(
    body: CreatePaymentTokenMerchantOnlyBody, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``POST /payment-tokens/merchant-only``; ``[]`` when valid."""

def validate_create_payment_token_merchant_only_verify(
    body: CreatePaymentTokenMerchantOnlyVerifyBody, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``POST /payment-tokens/merchant-only-verify``; ``[]`` when valid."""

def validate_create_payment_token_program_specified(
    body: CreatePaymentTokenProgramSpecifiedBody, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``POST /payment-tokens/program-specified``; ``[]`` when valid."""

def validate_create_payment_token_target_client(
    body: CreatePaymentTokenTargetClientBody, *, locale: Locale = "en"
) -> List[Violation]:
    """The violations of ``POST /payment-tokens/target-client``; ``[]`` when valid."""

def validate_threeds_required(body: ThreedsRequiredQuery, *, locale: Locale = "en") -> List[Violation]:
    """The violations of ``GET /payment-tokens/threeds-required``; ``[]`` when valid."""
