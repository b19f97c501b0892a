//! English.

use std::fmt::Write;

use super::push_capitalized;
use crate::input::Field;
use crate::violation::Reason;

fn label(field: Field) -> &'static str {
    match field {
        Field::ClientAccnum => "Merchant account number",
        Field::ClientSubacc => "Merchant subaccount number",
        Field::ClearPaymentInfo => "The clearPaymentInfo flag",
        Field::ClearCustomerInfo => "The clearCustomerInfo flag",
        Field::TimeToLive => "Token time to live",
        Field::NumberOfUse => "Token number of uses",
        Field::NameOnCard => "Name on card",
        Field::CardNumber => "Card number",
        Field::ExpMonth => "Expiration month",
        Field::ExpYear => "Expiration year",
        Field::Cvv2 => "Security code",
        Field::FirstName => "First name",
        Field::LastName => "Last name",
        Field::Address1 => "Address",
        Field::Address2 => "Address line 2",
        Field::City => "City",
        Field::Country => "Country",
        Field::State => "State or region",
        Field::PostalCode => "Postal code",
        Field::PhoneNumber => "Phone number",
        Field::Email => "Email address",
        Field::CurrencyCode => "Currency code",
        Field::IpAddress => "IP address",
        Field::PaymentTokenId => "Payment token ID",
        Field::Form => "Form",
        Field::IframeId => "Iframe ID",
        Field::BrowserHttpAccept => "The browserHttpAccept field",
        Field::BrowserHttpAcceptEncoding => "The browserHttpAcceptEncoding field",
        Field::BrowserHttpAcceptLanguage => "The browserHttpAcceptLanguage field",
    }
}

/// The reasons whose message is a whole sentence of its own.
fn sentence(field: Field, reason: Reason) -> Option<&'static str> {
    Some(match (reason, field) {
        (Reason::Luhn, _) => "Card number is not valid, please check the digits",
        (Reason::CardLength, _) => "Card number must have 12 to 19 digits",
        (Reason::Pattern, Field::CardNumber) => {
            "Card number may contain only digits, spaces and dashes"
        }
        (Reason::Pattern, Field::Cvv2) => "Security code must be 3 or 4 digits",
        (Reason::Pattern, Field::CurrencyCode) => "Currency code must be three digits, such as 840",
        (Reason::Pattern, Field::PaymentTokenId) => {
            "Payment token ID may contain only letters and digits"
        }
        (Reason::Expired, _) => "The card has expired, please check the expiration date",
        (Reason::InvalidCountry, _) => "Country must be a two-letter country code, such as US",
        (Reason::InvalidSubdivision, _) => {
            "State or region must be a code of 1 to 3 letters or digits, such as CA"
        }
        (Reason::InvalidEmail, _) => "Email address is not valid",
        (Reason::InvalidIpv4, _) => "IP address must be a valid IPv4 address",
        _ => return None,
    })
}

pub(super) fn write(out: &mut String, field: Field, reason: Reason) {
    if let Some(sentence) = sentence(field, reason) {
        out.push_str(sentence);
        return;
    }
    push_capitalized(out, label(field));
    // Writing to a String cannot fail.
    let _ = match reason {
        Reason::Required => write!(out, " is required"),
        Reason::NotANumber => write!(out, " must be a number"),
        Reason::NotAnInteger => write!(out, " must be a whole number"),
        Reason::NotABoolean => write!(out, " must be true or false"),
        Reason::NotAString => write!(out, " must be text"),
        Reason::OutOfRange { min, max } => write!(out, " must be between {min} and {max}"),
        Reason::TooShort { min } => write!(out, " must be at least {min} characters long"),
        Reason::TooLong { max } => write!(out, " must be at most {max} characters long"),
        Reason::Pattern => write!(out, " has an invalid format"),
        Reason::Luhn
        | Reason::CardLength
        | Reason::Expired
        | Reason::InvalidCountry
        | Reason::InvalidSubdivision
        | Reason::InvalidEmail
        | Reason::InvalidIpv4 => Ok(()),
    };
}
