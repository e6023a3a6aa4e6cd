//! A typed event envelope compatible with CloudEvents 1.0 (JSON format), with
//! a partition key and a correlation id as extension attributes.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::error::{Error, Result};

/// The CloudEvents content type of a structured-mode event in JSON, put in
/// the `content-type` header by [`Lane::send_event`](crate::Lane::send_event).
pub const CLOUDEVENTS_JSON: &str = "application/cloudevents+json";

/// The only spec version this envelope speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SpecVersion {
    /// CloudEvents 1.0.
    #[default]
    #[serde(rename = "1.0")]
    V1_0,
}

/// An event in the CloudEvents 1.0 shape.
///
/// Required attributes (`id`, `source`, `type`, `specversion`) are plain
/// fields that must be non-empty; optional ones are `Option`s and are left
/// out of the JSON when `None`. `time` is an RFC 3339 timestamp. The
/// extensions `partitionkey` (the CloudEvents partitioning extension, used
/// as the Kafka message key) and `correlationid` ride along at the top
/// level, as the spec puts extensions.
///
/// Parsing ([`from_json`](Self::from_json), or any serde deserializer)
/// rejects missing or empty required attributes, attributes of the wrong
/// JSON type, another spec version and a malformed time, naming the
/// attribute. Extension attributes other than the two above are ignored.
///
/// # Examples
///
/// ```
/// use omnibase_kafka_pool::EventEnvelope;
///
/// let event = EventEnvelope::new("/orders", "com.example.order.created", serde_json::json!({"id": 7}))
///     .with_partition_key("order-7")
///     .with_correlation_id("req-1");
/// let json = event.to_json()?;
/// let back: EventEnvelope = EventEnvelope::from_json(&json)?;
/// assert_eq!(back, event);
///
/// let err = EventEnvelope::<serde_json::Value>::from_json(br#"{"id":"1","source":"/s","specversion":"1.0"}"#)
///     .unwrap_err();
/// assert!(err.to_string().contains("missing field `type`"), "{err}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Wire<T>", bound(deserialize = "T: DeserializeOwned"))]
pub struct EventEnvelope<T = serde_json::Value> {
    /// Identifies the event; `source` + `id` is unique per distinct event. Required.
    pub id: String,
    /// The context in which the event happened, a URI-reference. Required.
    pub source: String,
    /// The kind of event, reverse-DNS by convention
    /// (`com.example.order.created`). Required.
    #[serde(rename = "type")]
    pub ty: String,
    /// The CloudEvents version. Required; always `"1.0"`.
    pub specversion: SpecVersion,
    /// When the event happened, RFC 3339.
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub time: Option<OffsetDateTime>,
    /// The subject of the event within the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The media type of `data` (`application/json` when absent, for JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datacontenttype: Option<String>,
    /// The event payload.
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
    /// Extension `partitionkey`: events with the same key keep their order;
    /// it becomes the Kafka message key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitionkey: Option<String>,
    /// Extension `correlationid`: ties the event to the request or workflow
    /// that caused it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlationid: Option<String>,
}

/// The shape on the wire; converted into [`EventEnvelope`] after checks.
// Unknown attributes are other extensions: the spec lets them through, so
// parsing ignores them rather than failing on them.
#[derive(Deserialize)]
struct Wire<T> {
    id: String,
    source: String,
    #[serde(rename = "type")]
    ty: String,
    specversion: SpecVersion,
    #[serde(default, deserialize_with = "rfc3339")]
    time: Option<OffsetDateTime>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    datacontenttype: Option<String>,
    #[serde(default = "Option::default")]
    data: Option<T>,
    #[serde(default)]
    partitionkey: Option<String>,
    #[serde(default)]
    correlationid: Option<String>,
}

/// Parses `time`, naming the attribute in the error (serde's own message
/// would not).
fn rfc3339<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<OffsetDateTime>, D::Error> {
    let Some(text) = Option::<std::borrow::Cow<'de, str>>::deserialize(d)? else {
        return Ok(None);
    };
    OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
        .map(Some)
        .map_err(|e| {
            serde::de::Error::custom(format!(
                "attribute `time` {text:?} is not an RFC 3339 timestamp ({e})"
            ))
        })
}

impl<T> TryFrom<Wire<T>> for EventEnvelope<T> {
    type Error = String;

    fn try_from(w: Wire<T>) -> std::result::Result<Self, String> {
        for (name, value) in [("id", &w.id), ("source", &w.source), ("type", &w.ty)] {
            if value.is_empty() {
                return Err(format!("required attribute `{name}` is empty"));
            }
        }
        for (name, value) in [
            ("subject", &w.subject),
            ("datacontenttype", &w.datacontenttype),
            ("partitionkey", &w.partitionkey),
            ("correlationid", &w.correlationid),
        ] {
            if value.as_deref() == Some("") {
                return Err(format!("attribute `{name}` is present but empty"));
            }
        }
        Ok(Self {
            id: w.id,
            source: w.source,
            ty: w.ty,
            specversion: w.specversion,
            time: w.time,
            subject: w.subject,
            datacontenttype: w.datacontenttype,
            data: w.data,
            partitionkey: w.partitionkey,
            correlationid: w.correlationid,
        })
    }
}

impl<T> EventEnvelope<T> {
    /// A new event with a random UUID-shaped id, the current time and
    /// `datacontenttype` `application/json`.
    pub fn new(source: impl Into<String>, ty: impl Into<String>, data: T) -> Self {
        Self {
            id: random_id(),
            source: source.into(),
            ty: ty.into(),
            specversion: SpecVersion::V1_0,
            time: Some(OffsetDateTime::now_utc()),
            subject: None,
            datacontenttype: Some("application/json".into()),
            data: Some(data),
            partitionkey: None,
            correlationid: None,
        }
    }

    /// Sets the `partitionkey` extension.
    #[must_use]
    pub fn with_partition_key(mut self, key: impl Into<String>) -> Self {
        self.partitionkey = Some(key.into());
        self
    }

    /// Sets the `correlationid` extension.
    #[must_use]
    pub fn with_correlation_id(mut self, id: impl Into<String>) -> Self {
        self.correlationid = Some(id.into());
        self
    }

    /// Sets `subject`.
    #[must_use]
    pub fn with_subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }
}

impl<T: Serialize> EventEnvelope<T> {
    /// The JSON encoding.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidEnvelope`] when `data` cannot be serialized.
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(256);
        self.write_json(&mut buf)?;
        Ok(buf)
    }

    /// Appends the JSON encoding to `buf`, so a caller can reuse one buffer.
    ///
    /// # Errors
    ///
    /// As [`to_json`](Self::to_json).
    pub fn write_json(&self, buf: &mut Vec<u8>) -> Result<()> {
        serde_json::to_writer(buf, self).map_err(|e| Error::InvalidEnvelope {
            problem: format!("cannot encode: {e}"),
            source: Some(e),
        })
    }
}

impl<T: DeserializeOwned> EventEnvelope<T> {
    /// Parses and checks one JSON-encoded event.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidEnvelope`] naming the attribute that is missing,
    /// empty, of the wrong type or malformed.
    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        // serde would also take a struct as a JSON array; the format does not.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(Error::InvalidEnvelope {
                problem: "an event must be a JSON object".into(),
                source: None,
            });
        }
        serde_json::from_slice(bytes).map_err(|e| Error::InvalidEnvelope {
            problem: e.to_string(),
            source: Some(e),
        })
    }
}

/// A random version-4 UUID in its text form, from a fast non-cryptographic
/// generator: unique enough for event ids, not for secrets.
fn random_id() -> String {
    let mut b = fastrand::u128(..).to_be_bytes();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = |r: std::ops::Range<usize>| b[r].iter().map(|x| format!("{x:02x}")).collect::<String>();
    format!(
        "{}-{}-{}-{}-{}",
        h(0..4),
        h(4..6),
        h(6..8),
        h(8..10),
        h(10..16)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_look_like_uuids() {
        let id = random_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(id, random_id());
    }
}
