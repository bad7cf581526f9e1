//! `deployment.toml`: where reports go and the public key they are sealed to. The
//! content compiler checks the bundled file with this parser (so a malformed file
//! fails the build with `path:line`), and the core parses the same text at run time,
//! as well as a file a tester or a staging build passes instead.

use serde::Deserialize;
use toml::Spanned;

/// The only HPKE suite Lueur seals with (RFC 9180, Appendix A.2).
pub const SUITE: &str = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305";

/// Length of an X25519 public key.
pub const PUBLIC_KEY_LEN: usize = 32;

/// How long a queued report waits for delivery before it expires, unless the file says.
pub const DEFAULT_EXPIRE_AFTER_DAYS: u32 = 30;

/// A checked deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deployment {
    /// Base URL of the intake; reports are posted to `{endpoint}/v1/reports`.
    pub endpoint: String,
    pub suite: String,
    pub public_key: [u8; PUBLIC_KEY_LEN],
    /// Names the key pair, so the organisation knows which private key opens a report.
    pub key_id: String,
    /// True for the key bundled with the source code, whose private half is public.
    pub development: bool,
    pub expire_after_days: u32,
}

impl Deployment {
    /// The URL a report is posted to.
    pub fn reports_url(&self) -> String {
        format!("{}/v1/reports", self.endpoint.trim_end_matches('/'))
    }

    /// The same deployment with another endpoint (for `--endpoint` and tests).
    pub fn with_endpoint(&self, endpoint: &str) -> Result<Deployment, String> {
        check_endpoint(endpoint)?;
        Ok(Deployment {
            endpoint: endpoint.trim_end_matches('/').to_string(),
            ..self.clone()
        })
    }
}

/// A problem in a deployment file, with the 1-based line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeploymentError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DeploymentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for DeploymentError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    endpoint: Spanned<String>,
    suite: Spanned<String>,
    public_key: Spanned<String>,
    key_id: Spanned<String>,
    #[serde(default)]
    development: bool,
    #[serde(default)]
    expire_after_days: Option<Spanned<i64>>,
}

/// Parses and checks the text of a deployment file; every problem found is returned.
pub fn parse(text: &str) -> Result<Deployment, Vec<DeploymentError>> {
    let raw: Raw = toml::from_str(text).map_err(|error| {
        vec![DeploymentError {
            line: error.span().map(|s| line_at(text, s.start)).unwrap_or(1),
            message: error.message().trim().to_string(),
        }]
    })?;
    let mut errors = Vec::new();
    let mut fail = |span: std::ops::Range<usize>, message: String| {
        errors.push(DeploymentError {
            line: line_at(text, span.start),
            message,
        })
    };
    if let Err(reason) = check_endpoint(raw.endpoint.get_ref()) {
        fail(raw.endpoint.span(), reason);
    }
    if raw.suite.get_ref() != SUITE {
        fail(
            raw.suite.span(),
            format!("unsupported suite; the only suite is \"{SUITE}\""),
        );
    }
    let public_key = match decode_key(raw.public_key.get_ref()) {
        Ok(key) => key,
        Err(reason) => {
            fail(raw.public_key.span(), reason);
            [0; PUBLIC_KEY_LEN]
        }
    };
    if let Err(reason) = check_key_id(raw.key_id.get_ref()) {
        fail(raw.key_id.span(), reason);
    }
    let expire_after_days = match &raw.expire_after_days {
        None => DEFAULT_EXPIRE_AFTER_DAYS,
        Some(days) if (1..=365).contains(days.get_ref()) => *days.get_ref() as u32,
        Some(days) => {
            fail(
                days.span(),
                "expire-after-days must be between 1 and 365".into(),
            );
            DEFAULT_EXPIRE_AFTER_DAYS
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Deployment {
        endpoint: raw.endpoint.get_ref().trim_end_matches('/').to_string(),
        suite: SUITE.to_string(),
        public_key,
        key_id: raw.key_id.into_inner(),
        development: raw.development,
        expire_after_days,
    })
}

/// An endpoint is an `https://` URL; plain `http://` only to this machine, for tests.
pub fn check_endpoint(endpoint: &str) -> Result<(), String> {
    let rest = if let Some(rest) = endpoint.strip_prefix("https://") {
        rest
    } else if let Some(rest) = endpoint.strip_prefix("http://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit_once(':').map_or(host, |(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                h
            } else {
                host
            }
        });
        if !matches!(host, "127.0.0.1" | "localhost" | "[::1]") {
            return Err(
                "the endpoint must start with https:// (http:// only for 127.0.0.1, localhost or [::1])"
                    .into(),
            );
        }
        rest
    } else {
        return Err("the endpoint must start with https://".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err("the endpoint has no host".into());
    }
    if endpoint
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
    {
        return Err("the endpoint may not contain spaces or non-ASCII characters".into());
    }
    if rest.contains(['?', '#']) {
        return Err("the endpoint is a base URL without query or fragment".into());
    }
    Ok(())
}

/// A key id is 1 to 64 characters of letters, digits, `.`, `_` and `-`.
pub fn check_key_id(key_id: &str) -> Result<(), String> {
    if key_id.is_empty()
        || key_id.len() > 64
        || !key_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err("key-id is 1 to 64 characters: letters, digits, `.`, `_` or `-`".into());
    }
    Ok(())
}

/// Decodes a 32-byte key written as 64 hex digits or as standard base64.
pub fn decode_key(text: &str) -> Result<[u8; PUBLIC_KEY_LEN], String> {
    let text = text.trim();
    let bytes =
        if text.len() == 2 * PUBLIC_KEY_LEN && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            decode_hex(text)
        } else {
            decode_base64(text)
        }
        .ok_or_else(|| "the key is neither 64 hex digits nor base64".to_string())?;
    <[u8; PUBLIC_KEY_LEN]>::try_from(bytes.as_slice())
        .map_err(|_| format!("the key has {} bytes; an X25519 key has 32", bytes.len()))
}

pub fn encode_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[(byte >> 4) as usize] as char);
        out.push(DIGITS[(byte & 15) as usize] as char);
    }
    out
}

pub fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn encode_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with `=` padding (padding may be left out).
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let trimmed = text.trim_end_matches('=');
    if text.len() - trimmed.len() > 2 || trimmed.len() % 4 == 1 {
        return None;
    }
    if text.len() != trimmed.len() && !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for byte in trimmed.bytes() {
        let value = BASE64.iter().position(|&c| c == byte)? as u32;
        acc = acc << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Leftover bits must be zero, or two texts would decode to the same key.
    (acc == 0).then_some(out)
}

fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
endpoint = "https://intake.example.org"
suite = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305"
public-key = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a"
key-id = "example-1"
"#;

    #[test]
    fn parses_a_good_file_with_defaults() {
        let d = parse(GOOD).expect("valid");
        assert_eq!(d.reports_url(), "https://intake.example.org/v1/reports");
        assert!(!d.development);
        assert_eq!(d.expire_after_days, DEFAULT_EXPIRE_AFTER_DAYS);
        assert_eq!(d.public_key[0], 0x43);
    }

    #[test]
    fn the_same_key_in_base64_and_hex_is_the_same_key() {
        let hex = decode_key("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a")
            .expect("hex");
        let b64 = encode_base64(&hex);
        assert_eq!(decode_key(&b64).expect("base64"), hex);
        assert_eq!(
            decode_key(b64.trim_end_matches('=')).expect("unpadded"),
            hex
        );
        assert!(decode_key("AAAA").is_err());
        assert!(decode_key("not a key at all!").is_err());
    }

    #[test]
    fn reports_each_problem_on_its_line() {
        let text = GOOD
            .replace("https://intake.example.org", "http://intake.example.org")
            .replace("4310ee97", "zz10ee97")
            .replace("example-1", "bad id");
        let errors = parse(&text).expect_err("invalid");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 4, 5], "{errors:?}");
        let unknown = parse(&format!("{GOOD}colour = \"blue\"\n")).expect_err("unknown key");
        assert_eq!(unknown[0].line, 6, "{unknown:?}");
    }

    #[test]
    fn plain_http_only_to_this_machine() {
        assert!(check_endpoint("http://127.0.0.1:8080").is_ok());
        assert!(check_endpoint("http://localhost").is_ok());
        assert!(check_endpoint("http://[::1]:9").is_ok());
        assert!(check_endpoint("http://10.0.0.1").is_err());
        assert!(check_endpoint("https://").is_err());
        assert!(check_endpoint("https://a.example/x?y").is_err());
        assert!(check_endpoint("ftp://a.example").is_err());
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
                prop_assert_eq!(decode_base64(&encode_base64(&bytes)), Some(bytes.clone()));
                prop_assert_eq!(decode_hex(&encode_hex(&bytes)), Some(bytes));
            }

            #[test]
            fn never_panics_on_any_text(text in ".{0,300}") {
                let _ = parse(&text);
                let _ = decode_key(&text);
                let _ = check_endpoint(&text);
            }

            #[test]
            fn errors_point_at_a_line_of_the_file(text in "[a-z= \"\\n-]{0,200}") {
                if let Err(errors) = parse(&text) {
                    let lines = text.lines().count().max(1);
                    for error in errors {
                        prop_assert!(error.line >= 1 && error.line <= lines + 1);
                    }
                }
            }
        }
    }
}
