//! `deployment.toml`: where reports go and the public key they are sealed to. The
//! content compiler checks the bundled file with this parser (so a malformed file
//! fails the build with `path:line`), and the core parses the same text at run time,
//! as well as a file a tester or a staging build passes instead.

use serde::Deserialize;
use toml::Spanned;

pub use lueur_envelope::SUITE;
use lueur_envelope::keys::{PUBLIC_KEY_LEN, check_key_id, decode_key};

/// How long a queued report waits for delivery before it expires, unless the file says.
pub const DEFAULT_EXPIRE_AFTER_DAYS: u32 = 30;
/// The longest random wait before a new report's first attempt, unless the file says.
/// Two minutes: long enough that the moment a request leaves the phone says little
/// about when the person wrote (F13), short enough that a report written just before
/// the phone is taken away has a good chance to leave.
pub const DEFAULT_FIRST_ATTEMPT_MAX_DELAY_SECONDS: u32 = 120;

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
    /// A new report's first attempt waits a random time up to this.
    pub first_attempt_max_delay_seconds: u32,
    /// The receiving organisation's name by language (`fr`, `nl`, `de`, `en` …), for
    /// the form's "Your report goes to …"; empty when the file names none.
    pub organisation_name: std::collections::BTreeMap<String, String>,
    /// Signed content updates (`[content-updates]`); `None` when the file has no such
    /// section, and then the app never checks for content.
    pub content_updates: Option<ContentUpdates>,
}

/// Where and how the app looks for signed content packs, and whose signature it
/// accepts (docs/content-updates.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentUpdates {
    /// False turns checks off for every phone of this deployment.
    pub enabled: bool,
    /// Where the latest pack is published (`https://`; `http://` only to this machine).
    pub url: String,
    /// The version of the content in this folder, and so of the content bundled with
    /// a build of it: a pack must be newer.
    pub version: u64,
    /// The time between two checks.
    pub check_every_hours: u32,
    /// The keys a pack may be signed with: one, or two while the organisation rotates
    /// from the first to the second.
    pub keys: Vec<crate::pack::TrustedKey>,
}

/// The most keys `[[content-updates.keys]]` may list: the current one and its successor.
pub const MAX_CONTENT_KEYS: usize = 2;
/// Checks once a day unless the file says.
pub const DEFAULT_CHECK_EVERY_HOURS: u32 = 24;

impl Deployment {
    /// The organisation's name in `locale`, else in English, else none.
    pub fn organisation_in(&self, locale: &str) -> Option<&str> {
        self.organisation_name
            .get(locale)
            .or_else(|| self.organisation_name.get("en"))
            .map(String::as_str)
    }

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
    #[serde(default)]
    first_attempt_max_delay_seconds: Option<Spanned<i64>>,
    #[serde(default)]
    organisation_name: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    #[serde(default)]
    content_updates: Option<Spanned<RawContentUpdates>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawContentUpdates {
    #[serde(default = "yes")]
    enabled: bool,
    url: Spanned<String>,
    version: Spanned<i64>,
    #[serde(default)]
    check_every_hours: Option<Spanned<i64>>,
    keys: Spanned<Vec<RawContentKey>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawContentKey {
    key_id: Spanned<String>,
    public_key: Spanned<String>,
}

fn yes() -> bool {
    true
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
    let first_attempt_max_delay_seconds = match &raw.first_attempt_max_delay_seconds {
        None => DEFAULT_FIRST_ATTEMPT_MAX_DELAY_SECONDS,
        Some(seconds) if (0..=3600).contains(seconds.get_ref()) => *seconds.get_ref() as u32,
        Some(seconds) => {
            fail(
                seconds.span(),
                "first-attempt-max-delay-seconds must be between 0 and 3600".into(),
            );
            DEFAULT_FIRST_ATTEMPT_MAX_DELAY_SECONDS
        }
    };
    let organisation_name = match raw.organisation_name {
        None => Default::default(),
        Some(names) => {
            let span = names.span();
            let names = names.into_inner();
            if !names.contains_key("en") {
                fail(
                    span.clone(),
                    "organisation-name needs at least an `en` entry".into(),
                );
            }
            if names
                .values()
                .any(|n| n.trim().is_empty() || n.chars().any(char::is_control))
            {
                fail(
                    span,
                    "organisation-name entries must be non-empty single-line text".into(),
                );
            }
            names
        }
    };
    let content_updates = raw.content_updates.map(|section| {
        let section = section.into_inner();
        if let Err(reason) = check_endpoint(section.url.get_ref()) {
            fail(section.url.span(), format!("content-updates url: {reason}"));
        }
        if *section.version.get_ref() < 0 {
            fail(
                section.version.span(),
                "content-updates version must be 0 or more".into(),
            );
        }
        let check_every_hours = match &section.check_every_hours {
            None => DEFAULT_CHECK_EVERY_HOURS,
            Some(hours) if (1..=24 * 90).contains(hours.get_ref()) => *hours.get_ref() as u32,
            Some(hours) => {
                fail(
                    hours.span(),
                    "check-every-hours must be between 1 and 2160 (90 days)".into(),
                );
                DEFAULT_CHECK_EVERY_HOURS
            }
        };
        let keys_span = section.keys.span();
        let raw_keys = section.keys.into_inner();
        if raw_keys.is_empty() || raw_keys.len() > MAX_CONTENT_KEYS {
            fail(
                keys_span,
                format!("content-updates needs one or {MAX_CONTENT_KEYS} keys"),
            );
        }
        let mut keys: Vec<crate::pack::TrustedKey> = Vec::new();
        for key in raw_keys {
            if let Err(reason) = check_key_id(key.key_id.get_ref()) {
                fail(key.key_id.span(), reason);
            }
            if keys.iter().any(|k| &k.key_id == key.key_id.get_ref()) {
                fail(
                    key.key_id.span(),
                    "two content keys have this key-id".into(),
                );
            }
            let public_key = match decode_key(key.public_key.get_ref()) {
                Ok(bytes)
                    if ed25519_dalek::VerifyingKey::from_bytes(&bytes)
                        .is_ok_and(|k| !k.is_weak()) =>
                {
                    bytes
                }
                Ok(_) => {
                    fail(
                        key.public_key.span(),
                        "public-key is not an Ed25519 public key".into(),
                    );
                    [0; PUBLIC_KEY_LEN]
                }
                Err(reason) => {
                    fail(key.public_key.span(), reason);
                    [0; PUBLIC_KEY_LEN]
                }
            };
            keys.push(crate::pack::TrustedKey {
                key_id: key.key_id.into_inner(),
                public_key,
            });
        }
        ContentUpdates {
            enabled: section.enabled,
            url: section.url.into_inner(),
            version: (*section.version.get_ref()).max(0) as u64,
            check_every_hours,
            keys,
        }
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Deployment {
        content_updates,
        first_attempt_max_delay_seconds,
        organisation_name,
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

    const UPDATES: &str = r#"
[content-updates]
url = "https://content.example.org/v1/content.pack"
version = 4
[[content-updates.keys]]
key-id = "content-1"
public-key = "94aWP3OprXCBpb+ZH0F+ZhKBdzj9OVMgxlfmvOao0w0="
"#;

    #[test]
    fn content_updates_are_optional_and_default_to_daily_checks() {
        assert_eq!(parse(GOOD).expect("valid").content_updates, None);
        let updates = parse(&format!("{GOOD}{UPDATES}"))
            .expect("valid")
            .content_updates
            .expect("section");
        assert!(updates.enabled);
        assert_eq!(updates.version, 4);
        assert_eq!(updates.check_every_hours, DEFAULT_CHECK_EVERY_HOURS);
        assert_eq!(updates.keys.len(), 1);
        assert_eq!(updates.keys[0].public_key[0], 0xf7);
    }

    #[test]
    fn content_updates_take_two_keys_for_a_rotation_and_no_more() {
        let second = "[[content-updates.keys]]\nkey-id = \"content-2\"\npublic-key = \"4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a\"\n";
        let two = parse(&format!("{GOOD}{UPDATES}{second}")).expect("two keys");
        assert_eq!(two.content_updates.expect("section").keys.len(), 2);
        let third = second.replace("content-2", "content-3");
        assert!(parse(&format!("{GOOD}{UPDATES}{second}{third}")).is_err());
        let same_id = second.replace("content-2", "content-1");
        assert!(parse(&format!("{GOOD}{UPDATES}{same_id}")).is_err());
    }

    #[test]
    fn content_update_problems_point_at_their_line() {
        let bad = format!("{GOOD}{UPDATES}")
            .replace("https://content.example.org", "http://content.example.org")
            .replace("94aWP3OprXCBpb", "94aWP3OprXCBpc")
            .replace("version = 4", "version = -1\ncheck-every-hours = 0");
        let errors = parse(&bad).expect_err("invalid");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![8, 9, 10, 13], "{errors:?}");
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
            fn never_panics_on_any_text(text in ".{0,300}") {
                let _ = parse(&text);
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
