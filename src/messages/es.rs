//! Spanish. Labels carry their article and the sentences avoid adjectives
//! that would have to agree with the label's gender.

use std::fmt::Write;

use super::push_capitalized;
use crate::input::Field;
use crate::violation::Reason;

fn label(field: Field) -> &'static str {
    match field {
        Field::ClientAccnum => "el número de cuenta de comerciante",
        Field::ClientSubacc => "el número de subcuenta de comerciante",
        Field::ClearPaymentInfo => "el indicador clearPaymentInfo",
        Field::ClearCustomerInfo => "el indicador clearCustomerInfo",
        Field::TimeToLive => "el tiempo de vida del token",
        Field::NumberOfUse => "el número de usos del token",
        Field::NameOnCard => "el nombre en la tarjeta",
        Field::CardNumber => "el número de tarjeta",
        Field::ExpMonth => "el mes de caducidad",
        Field::ExpYear => "el año de caducidad",
        Field::Cvv2 => "el código de seguridad",
        Field::FirstName => "el nombre",
        Field::LastName => "el apellido",
        Field::Address1 => "la dirección",
        Field::Address2 => "la segunda línea de la dirección",
        Field::City => "la ciudad",
        Field::Country => "el país",
        Field::State => "el estado o la provincia",
        Field::PostalCode => "el código postal",
        Field::PhoneNumber => "el número de teléfono",
        Field::Email => "el correo electrónico",
        Field::CurrencyCode => "el código de moneda",
        Field::IpAddress => "la dirección IP",
        Field::PaymentTokenId => "el identificador del token de pago",
        Field::Form => "el formulario",
        Field::IframeId => "el identificador del iframe",
        Field::BrowserHttpAccept => "el campo browserHttpAccept",
        Field::BrowserHttpAcceptEncoding => "el campo browserHttpAcceptEncoding",
        Field::BrowserHttpAcceptLanguage => "el campo browserHttpAcceptLanguage",
    }
}

/// The reasons whose message is a whole sentence of its own.
fn sentence(field: Field, reason: Reason) -> Option<&'static str> {
    Some(match (reason, field) {
        (Reason::Luhn, _) => "El número de tarjeta no es válido, revise los dígitos",
        (Reason::CardLength, _) => "El número de tarjeta debe tener entre 12 y 19 dígitos",
        (Reason::Pattern, Field::CardNumber) => {
            "El número de tarjeta solo puede contener dígitos, espacios y guiones"
        }
        (Reason::Pattern, Field::Cvv2) => "El código de seguridad debe tener 3 o 4 dígitos",
        (Reason::Pattern, Field::CurrencyCode) => {
            "El código de moneda debe tener tres dígitos, como 840"
        }
        (Reason::Pattern, Field::PaymentTokenId) => {
            "El identificador del token de pago solo puede contener letras y dígitos"
        }
        (Reason::Expired, _) => "La tarjeta ha caducado, revise la fecha de caducidad",
        (Reason::InvalidCountry, _) => "El país debe ser un código de país de dos letras, como ES",
        (Reason::InvalidSubdivision, _) => {
            "El estado o la provincia debe ser un código de 1 a 3 letras o dígitos, como CA"
        }
        (Reason::InvalidEmail, _) => "El correo electrónico no es válido",
        (Reason::InvalidIpv4, _) => "La dirección IP debe ser una dirección IPv4 válida",
        _ => return None,
    })
}

pub(super) fn write(out: &mut String, field: Field, reason: Reason) {
    if let Some(sentence) = sentence(field, reason) {
        out.push_str(sentence);
        return;
    }
    // Writing to a String cannot fail.
    let _ = match reason {
        Reason::Required => {
            out.push_str("Falta ");
            out.push_str(label(field));
            Ok(())
        }
        _ => {
            push_capitalized(out, label(field));
            match reason {
                Reason::NotANumber => write!(out, " debe ser un número"),
                Reason::NotAnInteger => write!(out, " debe ser un número entero"),
                Reason::NotABoolean => write!(out, " debe ser true o false"),
                Reason::NotAString => write!(out, " debe ser texto"),
                Reason::OutOfRange { min, max } => write!(out, " debe estar entre {min} y {max}"),
                Reason::TooShort { min } => write!(out, " debe tener al menos {min} caracteres"),
                Reason::TooLong { max } => write!(out, " debe tener como máximo {max} caracteres"),
                _ => write!(out, " no tiene un formato válido"),
            }
        }
    };
}
