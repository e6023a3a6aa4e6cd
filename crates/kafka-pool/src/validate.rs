//! Checks run on every message before anything is queued: the topic name,
//! the key, the payload size.

use regex::Regex;

use crate::error::{Error, Result, TopicProblem};

/// Longest topic name Kafka accepts.
pub const MAX_TOPIC_LEN: usize = 249;

/// `true` for the bytes Kafka allows in a topic name: `[a-zA-Z0-9._-]`.
const TOPIC_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c: u8 = 0;
    loop {
        t[c as usize] = c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'-';
        if c == u8::MAX {
            break;
        }
        c += 1;
    }
    t
};

/// What [`validate_topic`] found that is allowed but worth a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TopicWarnings {
    /// The name mixes `.` and `_`. Kafka maps both to `_` in metric names,
    /// so `a.b` and `a_b` collide there.
    pub mixes_period_and_underscore: bool,
}

/// Checks `topic` against Kafka's rules: 1 to 249 characters from
/// `[a-zA-Z0-9._-]`, and not `.` or `..`.
///
/// # Errors
///
/// [`Error::InvalidTopic`] naming the topic and the first problem.
///
/// # Examples
///
/// ```
/// use omnibase_kafka_pool::validate_topic;
///
/// assert!(validate_topic("orders.created").is_ok());
/// assert!(validate_topic("orders.v1_created")?.mixes_period_and_underscore);
/// let e = validate_topic("a b").unwrap_err();
/// assert_eq!(
///     e.to_string(),
///     r#"topic name "a b" contains ' ' at byte 1 (allowed: a-z A-Z 0-9 . _ -)"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[inline]
pub fn validate_topic(topic: &str) -> Result<TopicWarnings> {
    let bytes = topic.as_bytes();
    if bytes.is_empty()
        || bytes.len() > MAX_TOPIC_LEN
        || !bytes.iter().all(|&b| TOPIC_BYTE[usize::from(b)])
    {
        return Err(topic_error(topic));
    }
    if topic == "." || topic == ".." {
        return Err(Error::InvalidTopic {
            topic: topic.to_owned(),
            problem: TopicProblem::Dots,
        });
    }
    let period = bytes.contains(&b'.');
    let underscore = bytes.contains(&b'_');
    Ok(TopicWarnings {
        mixes_period_and_underscore: period && underscore,
    })
}

#[cold]
fn topic_error(topic: &str) -> Error {
    let problem = if topic.is_empty() {
        TopicProblem::Empty
    } else if let Some((at, ch)) = topic
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii() && TOPIC_BYTE[c as usize]))
    {
        TopicProblem::BadChar { ch, at }
    } else {
        TopicProblem::TooLong {
            len: topic.chars().count(),
        }
    };
    Error::InvalidTopic {
        topic: topic.to_owned(),
        problem,
    }
}

/// The key rules, compiled once from [`KeyConfig`](crate::KeyConfig).
#[derive(Debug, Clone)]
pub struct KeyRules {
    max_len: usize,
    pattern: Option<Regex>,
    required: bool,
}

impl KeyRules {
    /// Rules allowing keys of up to `max_len` bytes, matching `pattern` in
    /// full when one is given, and requiring a key when `required`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] when `pattern` does not compile.
    pub fn new(max_len: usize, pattern: Option<&str>, required: bool) -> Result<Self> {
        let pattern = pattern
            .map(|p| {
                // Anchored so that the whole key must match, not a substring.
                Regex::new(&format!("^(?:{p})$")).map_err(|e| {
                    Error::InvalidConfig(crate::ConfigErrors(vec![crate::ConfigProblem {
                        field: "key.pattern".into(),
                        problem: format!("{p:?} does not compile: {e}"),
                    }]))
                })
            })
            .transpose()?;
        Ok(Self {
            max_len,
            pattern,
            required,
        })
    }

    /// Checks one key.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidKey`] naming the key and the rule it breaks.
    #[inline]
    pub fn check(&self, key: Option<&[u8]>) -> Result<()> {
        let Some(key) = key else {
            return if self.required {
                Err(key_error(b"", "is missing (key.required = true)".into()))
            } else {
                Ok(())
            };
        };
        if key.len() > self.max_len {
            return Err(key_error(
                key,
                format!("is {} bytes (limit: {})", key.len(), self.max_len),
            ));
        }
        if let Some(re) = &self.pattern {
            let Ok(text) = std::str::from_utf8(key) else {
                return Err(key_error(
                    key,
                    "is not UTF-8, so cannot match key.pattern".into(),
                ));
            };
            if !re.is_match(text) {
                let shown = re.as_str();
                let inner = &shown[4..shown.len() - 2];
                return Err(key_error(key, format!("does not match pattern {inner:?}")));
            }
        }
        Ok(())
    }
}

#[cold]
fn key_error(key: &[u8], problem: String) -> Error {
    let key: String = String::from_utf8_lossy(key).chars().take(64).collect();
    Error::InvalidKey { key, problem }
}

/// Checks a payload's size against `message.max.bytes`.
///
/// # Errors
///
/// [`Error::PayloadTooLarge`] naming the topic, the size and the limit.
#[inline]
pub fn check_payload(topic: &str, payload: Option<&[u8]>, limit: usize) -> Result<()> {
    let size = payload.map_or(0, <[u8]>::len);
    if size > limit {
        return Err(Error::PayloadTooLarge {
            topic: topic.to_owned(),
            size,
            limit,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(topic: &str, expected: std::result::Result<bool, &str>) {
        match (validate_topic(topic), expected) {
            (Ok(w), Ok(mixed)) => assert_eq!(w.mixes_period_and_underscore, mixed, "{topic}"),
            (Err(e), Err(msg)) => assert_eq!(e.to_string(), msg),
            (got, want) => panic!("{topic:?}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn topic_rules() {
        check("orders", Ok(false));
        check("orders.created-v1", Ok(false));
        check("a.b_c", Ok(true));
        check("...", Ok(false));
        check(&"x".repeat(249), Ok(false));
        check("", Err(r#"topic name "" is empty"#));
        check(
            ".",
            Err(r#"topic name "." is not allowed ('.' and '..' are reserved)"#),
        );
        check(
            "..",
            Err(r#"topic name ".." is not allowed ('.' and '..' are reserved)"#),
        );
        check(
            "a b",
            Err(r#"topic name "a b" contains ' ' at byte 1 (allowed: a-z A-Z 0-9 . _ -)"#),
        );
        check(
            "tópico",
            Err(r#"topic name "tópico" contains 'ó' at byte 1 (allowed: a-z A-Z 0-9 . _ -)"#),
        );
        let long = "y".repeat(250);
        let msg = format!(r#"topic name "{long}" is 250 characters long (limit: 249)"#);
        check(&long, Err(&msg));
    }

    #[test]
    fn key_rules() {
        let rules = KeyRules::new(8, Some("[a-z]+-[0-9]+"), false).unwrap();
        assert!(rules.check(Some(b"user-42")).is_ok());
        assert!(rules.check(None).is_ok());
        assert_eq!(
            rules.check(Some(b"user-42x")).unwrap_err().to_string(),
            r#"key "user-42x" does not match pattern "[a-z]+-[0-9]+""#
        );
        assert_eq!(
            rules.check(Some(b"abcdefghij")).unwrap_err().to_string(),
            r#"key "abcdefghij" is 10 bytes (limit: 8)"#
        );
        assert!(rules.check(Some(&[0xff, 0xfe])).is_err());
        let required = KeyRules::new(8, None, true).unwrap();
        assert!(required.check(None).is_err());
        assert!(KeyRules::new(8, Some("("), false).is_err());
    }

    #[test]
    fn payload_limit() {
        assert!(check_payload("t", Some(&[0; 10]), 10).is_ok());
        assert_eq!(
            check_payload("t", Some(&[0; 11]), 10)
                .unwrap_err()
                .to_string(),
            r#"payload for topic "t" is 11 bytes (limit: message.max.bytes = 10)"#
        );
    }
}
