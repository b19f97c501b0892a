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
        Field::Address3 => "Address line 3",
        Field::City => "City",
        Field::Country => "Country",
        Field::State => "State or region",
        Field::PostalCode => "Postal code",
        Field::PhoneNumber => "Phone number",
        Field::Email => "Email address",
        Field::Amount => "Amount",
        Field::CurrencyCode => "Currency code",
        Field::IpAddress => "IP address",
        Field::PaymentTokenId => "Payment token ID",
        Field::Form => "Form",
        Field::IframeId => "Iframe ID",
        Field::BrowserHttpAccept => "The browserHttpAccept field",
        Field::BrowserHttpAcceptEncoding => "The browserHttpAcceptEncoding field",
        Field::BrowserHttpAcceptLanguage => "The browserHttpAcceptLanguage field",
        Field::BrowserHttpUserAgent => "The browserHttpUserAgent field",
        Field::BrowserUserAgent => "The browserUserAgent field",
        Field::BrowserHttpAcceptLanguate => "The browserHttpAcceptLanguate field",
        Field::InitialPrice => "Initial price",
        Field::InitialPeriod => "Initial period",
        Field::RecurringPrice => "Recurring price",
        Field::RecurringPeriod => "Recurring period",
        Field::Rebills => "Number of rebills",
        Field::LifeTimeSubscription => "The lifeTimeSubscription flag",
        Field::CreateNewPaymentToken => "The createNewPaymentToken flag",
        Field::PassThroughInfo => "Pass-through information",
        Field::ThreedsCardToken => "The 3-D Secure card token",
        Field::ThreedsEci => "The 3-D Secure ECI",
        Field::ThreedsStatus => "The 3-D Secure status",
        Field::ThreedsVersion => "The 3-D Secure version",
        Field::ThreedsXid => "The 3-D Secure XID",
        Field::ThreedsCavv => "The 3-D Secure CAVV",
        Field::ThreedsCavvAlgorithm => "The 3-D Secure CAVV algorithm",
        Field::ThreedsDsTransId => "The 3-D Secure directory server transaction ID",
        Field::ThreedsAcsTransId => "The 3-D Secure ACS transaction ID",
        Field::ThreedsAuthenticationValue => "The 3-D Secure authentication value",
        Field::ThreedsError => "The 3-D Secure error",
        Field::ThreedsClientTransactionId => "The 3-D Secure client transaction ID",
        Field::ThreedsSuccess => "The 3-D Secure success flag",
        Field::ThreedsAmount => "The 3-D Secure amount",
        Field::ThreedsCurrency => "The 3-D Secure currency",
        Field::ThreedsSdkTransId => "The 3-D Secure SDK transaction ID",
        Field::ThreedsAuthenticationType => "The 3-D Secure authentication type",
        Field::ThreedsErrorDetail => "The 3-D Secure error detail",
        Field::ThreedsErrorCode => "The 3-D Secure error code",
        Field::ThreedsResponse => "The 3-D Secure response",
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
        Reason::RequiredForVersion { major } => {
            about(" is required");
            let _ = write!(out, " for 3-D Secure version {major}");
        }
        Reason::AtLeast { min } => {
            about(" must be ");
            let _ = write!(out, "{min} or more");
        }
        Reason::TooManyDecimals { max } => {
            about(" may have at most ");
            let _ = write!(out, "{max} decimals");
        }
        Reason::TooLong { max: 16 } if field == Field::ThreedsCardToken => {
            out.push_str("The 3-D Secure card token may have at most 16 characters: send only its first 16")
        }
        Reason::TooLong { max: 1 } if field == Field::ThreedsStatus => {
            out.push_str("The 3-D Secure status must be a single character, such as Y")
        }
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
            Field::ThreedsEci => {
                out.push_str("The 3-D Secure ECI must be 0, 1, 2, 5, 6 or 7, with or without a leading zero")
            }
            Field::ThreedsVersion => out.push_str("The 3-D Secure version must be a version 1 or version 2 number"),
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
        Reason::InvalidPhone => {
            out.push_str("Phone number must be a number of the country, or start with + and the country calling code")
        }
        Reason::InvalidEmail => out.push_str("Email address is not valid"),
        Reason::InvalidIpv4 => out.push_str("IP address must be a valid IPv4 address"),
        Reason::InvalidPassThroughInfo => {
            out.push_str("Pass-through information must be a list of name and value pairs, both text")
        }
        Reason::Mismatch { other } => {
            about(" must equal the ");
            out.push_str(&label(other).to_ascii_lowercase());
        }
    };
}
