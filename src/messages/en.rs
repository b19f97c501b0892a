//! English.

use std::fmt::Write;

use super::{push_capitalized, write_lengths};
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

pub(super) fn write(out: &mut String, field: Field, reason: Reason) {
    let mut about = |predicate: &str| {
        push_capitalized(out, label(field));
        out.push_str(predicate);
    };
    // Writing to a String cannot fail: the `write!` results are dropped.
    match reason {
        Reason::Required => about(" is required"),
        Reason::NotANumber => about(" must be a number"),
        Reason::NotAnInteger => about(" must be a whole number"),
        Reason::NotABoolean => about(" must be true or false"),
        Reason::NotAString => about(" must be text"),
        Reason::OutOfRange { min, max } => {
            let _ = write!(out, "{} must be between {min} and {max}", label(field));
        }
        Reason::TooShort { min } => {
            let _ = write!(out, "{} must be at least {min} characters long", label(field));
        }
        Reason::TooLong { max } => {
            let _ = write!(out, "{} must be at most {max} characters long", label(field));
        }
        Reason::Luhn => out.push_str("Card number is not valid, please check the digits"),
        Reason::CardLength { brand: None } => out.push_str("Card number must have 12 to 19 digits"),
        Reason::CardLength { brand: Some(brand) } => {
            let _ = write!(out, "{} card numbers have ", brand.name());
            write_lengths(out, brand.lengths(), ("", " to "), " or ");
            out.push_str(" digits")
        }
        Reason::Pattern => match field {
            Field::CardNumber => out.push_str("Card number may contain only digits, spaces and dashes"),
            Field::Cvv2 => out.push_str("Security code must be 3 or 4 digits"),
            Field::CurrencyCode => out.push_str("Currency code must be three digits, such as 840"),
            Field::PaymentTokenId => out.push_str("Payment token ID may contain only letters and digits"),
            _ => about(" has an invalid format"),
        },
        Reason::CvvLength { brand } => {
            let _ = write!(out, "{} cards have a {}-digit security code", brand.name(), brand.cvv_length());
        }
        Reason::Expired => out.push_str("The card has expired, please check the expiration date"),
        Reason::InvalidCountry => out.push_str("Country must be a two-letter country code, such as US"),
        Reason::InvalidSubdivision { of_country: false } => {
            out.push_str("State or region must be a code of 1 to 3 letters or digits, such as CA")
        }
        Reason::InvalidSubdivision { of_country: true } => {
            out.push_str("State or region must be one of the country's ISO 3166-2 codes, such as CA for California")
        }
        Reason::InvalidPostalCode { examples: [one, ""] } => {
            let _ = write!(out, "Postal code must look like {one}");
        }
        Reason::InvalidPostalCode { examples: [one, two] } => {
            let _ = write!(out, "Postal code must look like {one} or {two}");
        }
        Reason::InvalidPhone => out.push_str(
            "Phone number must be a number of the country, or start with + and the country calling code",
        ),
        Reason::InvalidEmail => out.push_str("Email address is not valid"),
        Reason::InvalidIpv4 => out.push_str("IP address must be a valid IPv4 address"),
    };
}
