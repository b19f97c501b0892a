//! `ccbill-validate <call> [FILE|-] [--format json|text] [--locale TAG] [--widget VERSION]`
//!
//! Validates a JSON body (a charge request, or a widget call's input) from a
//! file or standard input, for backends in any language and for CI jobs.
//! Exit status: 0 valid, 1 violations, 2 unreadable input or bad usage.
//! Native only: on wasm32 it compiles to nothing, so the module stays small.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use ccbill_validate::{Call, Input, Locale, Options, Param, Violation, WidgetVersion};
    use serde_json::{json, Value as Json};

    /// The help text; the calls and languages are the core's lists.
    fn usage() -> String {
        // A list of names, wrapped under the option column.
        let list = |names: Vec<String>| {
            let mut out = String::new();
            let mut width = 14;
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                    width += 1;
                    if width + name.len() > 92 {
                        out.push_str("\n              ");
                        width = 14;
                    } else {
                        out.push(' ');
                        width += 1;
                    }
                }
                out.push_str(name);
                width += name.len();
            }
            out
        };
        let calls = |widget: bool| {
            list(Call::ALL.iter().filter(|c| c.is_widget_method() == widget).map(|c| cli_name(*c)).collect())
        };
        let (widget, backend) = (calls(true), calls(false));
        let tags = list(Locale::ALL.iter().map(|l| l.tag().to_owned()).collect());
        format!(
            "\
usage: ccbill-validate <call> [FILE|-] [--format json|text] [--locale TAG] [--widget VERSION]

Validates a JSON body against CCBill's rules and prints the violations.
  <call>      a widget call:
              {widget};
              or a backend request (a charge body with paymentTokenId added, a GET's
              path token and query, or a payment-token body as the API nests it):
              {backend};
              or its name in the package (createPaymentToken, threedsCharge, ...)
  FILE | -    the JSON object to validate; standard input by default
  --format    json (default): the violations as a JSON array;
              text: one line per violation
  --locale    the language of the messages, default en:
              {tags}
  --widget    the widget version whose rules apply to a widget call (1.13.1, v1.2.2, ...);
              default unknown: only what every version rejects is rejected

Exit status: 0 valid, 1 violations, 2 unreadable input or bad usage."
        )
    }

    struct Args {
        call: Call,
        file: Option<String>,
        text: bool,
        locale: Locale,
        widget: Option<WidgetVersion>,
    }

    pub(crate) fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.iter().any(|a| a == "-h" || a == "--help") {
            // Written, not println!: `--help | head` closes the pipe early, which is no error.
            let _ = writeln!(std::io::stdout().lock(), "{}", usage());
            return ExitCode::SUCCESS;
        }
        match parse(&args).and_then(|args| run(&args)) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("ccbill-validate: {message}");
                ExitCode::from(2)
            }
        }
    }

    /// The CLI name of a call: `threedsCharge` -> `threeds-charge`.
    fn cli_name(call: Call) -> String {
        // createPaymentToken3DS -> create-payment-token-3ds
        call.name().replace("3DS", "-3ds").chars().fold(String::new(), |mut out, c| {
            if c.is_ascii_uppercase() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            out
        })
    }

    fn parse(args: &[String]) -> Result<Args, String> {
        let mut rest = args.iter();
        let mut positional = Vec::new();
        let (mut text, mut locale, mut widget) = (false, Locale::En, None);
        while let Some(arg) = rest.next() {
            let mut value = |flag: &str| rest.next().cloned().ok_or(format!("{flag} needs a value\n\n{}", usage()));
            match arg.as_str() {
                "--format" => match value("--format")?.as_str() {
                    "json" => text = false,
                    "text" => text = true,
                    other => return Err(format!("unknown --format {other:?}: json or text")),
                },
                "--locale" => match value("--locale")?.as_str() {
                    tag if Locale::ALL.iter().any(|l| l.tag().eq_ignore_ascii_case(tag)) => {
                        locale = Locale::from_tag(tag)
                    }
                    other => return Err(format!("unknown --locale {other:?}: a tag such as en, es, de, pt-BR")),
                },
                "--widget" => match WidgetVersion::parse(&value("--widget")?) {
                    Some(version) => widget = Some(version),
                    None => return Err("unknown --widget version: one such as 1.13.1 or v1.2.2".to_owned()),
                },
                flag if flag.starts_with("--") => return Err(format!("unknown option {flag}\n\n{}", usage())),
                _ => positional.push(arg.clone()),
            }
        }
        let mut positional = positional.into_iter();
        let name = positional.next().ok_or(format!("which call?\n\n{}", usage()))?;
        let call = Call::ALL
            .iter()
            .copied()
            .find(|c| cli_name(*c) == name || c.name() == name)
            .ok_or(format!("unknown call {name:?}\n\n{}", usage()))?;
        let file = positional.next().filter(|f| f != "-");
        if let Some(extra) = positional.next() {
            return Err(format!("unexpected argument {extra:?}\n\n{}", usage()));
        }
        Ok(Args { call, file, text, locale, widget })
    }

    fn run(args: &Args) -> Result<ExitCode, String> {
        let source = args.file.as_deref().unwrap_or("standard input");
        let mut raw = String::new();
        match &args.file {
            Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut raw)),
            None => std::io::stdin().read_to_string(&mut raw),
        }
        .map_err(|e| format!("cannot read {source}: {e}"))?;
        // serde_json's errors name a line and column, never the input's text.
        let json: Json = serde_json::from_str(&raw).map_err(|e| format!("{source} is not JSON: {e}"))?;
        let input = Input::from_json_in(args.call, &json).ok_or(format!("{source} must hold a JSON object"))?;
        let options = Options::new().locale(args.locale);
        let found = args.call.validate(&input, &args.widget.map_or(options, |v| options.version(v)));

        let printed = if args.text { as_text(&found) } else { as_json(&found) };
        let mut out = std::io::stdout().lock();
        // A closed pipe (`| head`) is not a reason to fail loudly.
        let _ = writeln!(out, "{printed}");
        Ok(if found.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
    }

    fn as_json(found: &[Violation]) -> String {
        let list: Vec<Json> = found
            .iter()
            .map(|v| {
                json!({
                    "target": v.target_json(),
                    "message": v.message(),
                    "propertyName": v.property_name(),
                    "code": v.code().as_str(),
                    "params": params(v),
                })
            })
            .collect();
        serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into())
    }

    /// The params as the npm package gives them: an object, keys in the rule's order.
    fn params(v: &Violation) -> Json {
        let object = v.params().into_iter().map(|(key, value)| {
            let value = match value {
                Param::Int(n) => json!(n),
                Param::Bool(b) => json!(b),
                Param::Text(text) => json!(text),
                Param::Null => Json::Null,
                Param::Lengths(ns) => json!(ns),
                Param::Texts(texts) => json!(texts),
            };
            (key.to_owned(), value)
        });
        Json::Object(object.collect())
    }

    fn as_text(found: &[Violation]) -> String {
        if found.is_empty() {
            return "valid: no violations".into();
        }
        let width = |f: fn(&Violation) -> &str| found.iter().map(|v| f(v).len()).max().unwrap_or(0);
        let (name_w, code_w) = (width(|v| v.property_name()).max(8), width(|v| v.code().as_str()).max(4));
        let mut lines = vec![format!("{:name_w$}  {:code_w$}  message", "field", "code")];
        for v in found {
            // After the property name, which a token body's paths give dots of their own.
            let text = v.message().strip_prefix(v.property_name()).map_or(v.message(), |t| t.trim_start_matches('.'));
            lines.push(format!("{:name_w$}  {:code_w$}  {text}", v.property_name(), v.code().as_str()));
        }
        lines.push(format!("{} violation{}", found.len(), if found.len() == 1 { "" } else { "s" }));
        lines.join("\n")
    }
}
