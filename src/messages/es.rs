//! Spanish. Labels carry their article, and the sentences avoid adjectives
//! that would have to agree with the label's gender.

use std::fmt::Write;

use super::{push_capitalized, write_lengths};
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
        Field::Address3 => "la tercera línea de la dirección",
        Field::City => "la ciudad",
        Field::Country => "el país",
        Field::State => "el estado o la provincia",
        Field::PostalCode => "el código postal",
        Field::PhoneNumber => "el número de teléfono",
        Field::Email => "el correo electrónico",
        Field::Amount => "el importe",
        Field::CurrencyCode => "el código de moneda",
        Field::IpAddress => "la dirección IP",
        Field::PaymentTokenId => "el identificador del token de pago",
        Field::Form => "el formulario",
        Field::IframeId => "el identificador del iframe",
        Field::BrowserHttpAccept => "el campo browserHttpAccept",
        Field::BrowserHttpAcceptEncoding => "el campo browserHttpAcceptEncoding",
        Field::BrowserHttpAcceptLanguage => "el campo browserHttpAcceptLanguage",
        Field::BrowserHttpUserAgent => "el campo browserHttpUserAgent",
        Field::BrowserUserAgent => "el campo browserUserAgent",
        Field::BrowserHttpAcceptLanguate => "el campo browserHttpAcceptLanguate",
        Field::InitialPrice => "el precio inicial",
        Field::InitialPeriod => "el periodo inicial",
        Field::RecurringPrice => "el precio recurrente",
        Field::RecurringPeriod => "el periodo recurrente",
        Field::Rebills => "el número de refacturaciones",
        Field::LifeTimeSubscription => "el indicador lifeTimeSubscription",
        Field::CreateNewPaymentToken => "el indicador createNewPaymentToken",
        Field::PassThroughInfo => "la información de paso (passThroughInfo)",
        Field::ThreedsCardToken => "el token de tarjeta de 3-D Secure",
        Field::ThreedsEci => "el ECI de 3-D Secure",
        Field::ThreedsStatus => "el estado de 3-D Secure",
        Field::ThreedsVersion => "la versión de 3-D Secure",
        Field::ThreedsXid => "el XID de 3-D Secure",
        Field::ThreedsCavv => "el CAVV de 3-D Secure",
        Field::ThreedsCavvAlgorithm => "el algoritmo CAVV de 3-D Secure",
        Field::ThreedsDsTransId => "el identificador de transacción del servidor de directorio de 3-D Secure",
        Field::ThreedsAcsTransId => "el identificador de transacción del ACS de 3-D Secure",
        Field::ThreedsAuthenticationValue => "el valor de autenticación de 3-D Secure",
        Field::ThreedsError => "el error de 3-D Secure",
        Field::ThreedsClientTransactionId => "el identificador de transacción del cliente de 3-D Secure",
        Field::ThreedsSuccess => "el indicador de éxito de 3-D Secure",
        Field::ThreedsAmount => "el importe de 3-D Secure",
        Field::ThreedsCurrency => "la moneda de 3-D Secure",
        Field::ThreedsSdkTransId => "el identificador de transacción del SDK de 3-D Secure",
        Field::ThreedsAuthenticationType => "el tipo de autenticación de 3-D Secure",
        Field::ThreedsErrorDetail => "el detalle del error de 3-D Secure",
        Field::ThreedsErrorCode => "el código de error de 3-D Secure",
        Field::ThreedsResponse => "la respuesta de 3-D Secure",
    }
}

pub(super) fn write(out: &mut String, field: Field, reason: Reason) {
    let mut about = |predicate: &str| {
        push_capitalized(out, label(field));
        out.push_str(predicate);
    };
    // Writing to a String cannot fail: the `write!` results are dropped.
    match reason {
        Reason::Required => {
            out.push_str("Falta ");
            out.push_str(label(field));
        }
        Reason::RequiredForVersion { major } => {
            out.push_str("Falta ");
            out.push_str(label(field));
            let _ = write!(out, ", obligatorio en la versión {major} de 3-D Secure");
        }
        Reason::AtLeast { min } => {
            about(" debe ser ");
            let _ = write!(out, "{min} o más");
        }
        Reason::TooManyDecimals { max } => {
            about(" puede tener como máximo ");
            let _ = write!(out, "{max} decimales");
        }
        Reason::TooLong { max: 16 } if field == Field::ThreedsCardToken => out.push_str(
            "El token de tarjeta de 3-D Secure puede tener como máximo 16 caracteres: envíe solo los 16 primeros",
        ),
        Reason::TooLong { max: 1 } if field == Field::ThreedsStatus => {
            out.push_str("El estado de 3-D Secure debe ser un solo carácter, como Y")
        }
        Reason::NotANumber => about(" debe ser un número"),
        Reason::NotAnInteger => about(" debe ser un número entero"),
        Reason::NotABoolean => about(" debe ser true o false"),
        Reason::NotAString => about(" debe ser texto"),
        Reason::OutOfRange { min, max } => {
            about(" debe estar entre ");
            let _ = write!(out, "{min} y {max}");
        }
        Reason::TooShort { min } => {
            about(" debe tener al menos ");
            let _ = write!(out, "{min} caracteres");
        }
        Reason::TooLong { max } => {
            about(" debe tener como máximo ");
            let _ = write!(out, "{max} caracteres");
        }
        Reason::Luhn => out.push_str("El número de tarjeta no es válido, revise los dígitos"),
        Reason::CardLength { brand: None } => out.push_str("El número de tarjeta debe tener entre 12 y 19 dígitos"),
        Reason::CardLength { brand: Some(brand) } => {
            let _ = write!(out, "Los números de tarjeta {} tienen ", brand.name());
            write_lengths(out, brand.lengths(), ("de ", " a "), " o ");
            out.push_str(" dígitos")
        }
        Reason::Pattern => match field {
            Field::CardNumber => out.push_str("El número de tarjeta solo puede contener dígitos, espacios y guiones"),
            Field::Cvv2 => out.push_str("El código de seguridad debe tener 3 o 4 dígitos"),
            Field::CurrencyCode => out.push_str("El código de moneda debe tener tres dígitos, como 840"),
            Field::PaymentTokenId => {
                out.push_str("El identificador del token de pago solo puede contener letras y dígitos")
            }
            Field::ThreedsEci => {
                out.push_str("El ECI de 3-D Secure debe ser 0, 1, 2, 5, 6 o 7, con o sin un cero delante")
            }
            Field::ThreedsVersion => out.push_str("La versión de 3-D Secure debe ser un número de versión 1 o 2"),
            _ => about(" no tiene un formato válido"),
        },
        Reason::CvvLength { brand } => {
            let (name, n) = (brand.name(), brand.cvv_length());
            let _ = write!(out, "Las tarjetas {name} tienen un código de seguridad de {n} dígitos");
        }
        Reason::Expired => out.push_str("La tarjeta ha caducado, revise la fecha de caducidad"),
        Reason::InvalidCountry => out.push_str("El país debe ser un código de país de dos letras, como ES"),
        Reason::InvalidSubdivision { of_country: false } => {
            out.push_str("El estado o la provincia debe ser un código de 1 a 3 letras o dígitos, como CA")
        }
        Reason::InvalidSubdivision { of_country: true } => {
            out.push_str("El estado o la provincia debe ser uno de los códigos ISO 3166-2 del país, como M para Madrid")
        }
        Reason::InvalidPostalCode { examples: [one, ""] } => {
            let _ = write!(out, "El código postal debe tener un formato como {one}");
        }
        Reason::InvalidPostalCode { examples: [one, two] } => {
            let _ = write!(out, "El código postal debe tener un formato como {one} o {two}");
        }
        Reason::InvalidPhone => out.push_str(
            "El número de teléfono debe ser un número del país, o empezar por + y el prefijo internacional del país",
        ),
        Reason::InvalidEmail => out.push_str("El correo electrónico no es válido"),
        Reason::InvalidIpv4 => out.push_str("La dirección IP debe ser una dirección IPv4 válida"),
        Reason::InvalidPassThroughInfo => out.push_str(
            "La información de paso (passThroughInfo) debe ser una lista de pares de nombre y valor, ambos texto",
        ),
        Reason::Mismatch { other } => {
            about(" debe coincidir con ");
            out.push_str(label(other));
        }
    };
}
