from decimal import Decimal
from typing import Any, Dict, List, Literal, Optional, Sequence, TypedDict, Union

FieldValue = Union[str, int, float, Decimal, bool, None]

Code = Literal[
    "required", "notANumber", "notAnInteger", "notABoolean", "notAString",
    "outOfRange", "tooShort", "tooLong", "luhn", "cardLength", "pattern",
    "cvvLength", "expired", "invalidCountry", "invalidSubdivision", "invalidPostalCode",
    "invalidPhone", "invalidEmail", "invalidIpv4", "tooManyDecimals", "invalidPassThroughInfo",
    "mismatch",
]

Locale = Literal["en", "es", "fr", "de", "it", "ja", "ko", "zh-Hant", "zh-Hans", "pt-BR", "hi", "sv", "da", "no", "nl"]

class PassThroughPair(TypedDict):
    name: str
    value: str

class ChargeBody(TypedDict, total=False):
    """``POST /transactions/payment-tokens/{paymentTokenId}``'s body, plus ``paymentTokenId``."""
    paymentTokenId: FieldValue
    clientAccnum: FieldValue
    clientSubacc: FieldValue
    currencyCode: FieldValue
    initialPrice: FieldValue
    initialPeriod: FieldValue
    recurringPrice: FieldValue
    recurringPeriod: FieldValue
    rebills: FieldValue
    lifeTimeSubscription: FieldValue
    createNewPaymentToken: FieldValue
    passThroughInfo: Optional[Sequence[PassThroughPair]]

class ThreedsChargeBody(ChargeBody, total=False):
    """``POST /transactions/payment-tokens/threeds/{paymentTokenId}``'s body, plus ``paymentTokenId``."""
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
    """``GET /payment-tokens/{paymentTokenId}``."""
    paymentTokenId: FieldValue

class PaymentTokenThreedsRequiredQuery(GetPaymentTokenQuery, total=False):
    """``GET /payment-tokens/{paymentTokenId}/threeds-required``."""
    currencyCode: FieldValue

class GetTransactionPaymentTokenQuery(GetPaymentTokenQuery, total=False):
    """``GET /transactions/payment-tokens/{paymentTokenId}``."""
    clientAccnum: FieldValue
    clientSubacc: FieldValue

class Violation(TypedDict):
    target: Dict[str, Any]
    message: str
    propertyName: str
    code: Code
    params: Dict[str, Any]

# A body typed as a TypedDict: a misspelled key is a type error (json.loads's Any passes).
def validate_charge(body: ChargeBody, *, locale: Locale = "en") -> List[Violation]: ...
def validate_threeds_charge(body: ThreedsChargeBody, *, locale: Locale = "en") -> List[Violation]: ...
def validate_get_payment_token(body: GetPaymentTokenQuery, *, locale: Locale = "en") -> List[Violation]: ...
def validate_payment_token_threeds_required(
    body: PaymentTokenThreedsRequiredQuery, *, locale: Locale = "en"
) -> List[Violation]: ...
def validate_get_transaction_payment_token(
    body: GetTransactionPaymentTokenQuery, *, locale: Locale = "en"
) -> List[Violation]: ...
