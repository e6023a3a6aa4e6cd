//! The crate's error type, the kinds of delivery failure, and config problems.

use std::fmt;
use std::time::Duration;

use rdkafka::error::{KafkaError, RDKafkaErrorCode};

/// A `Result` whose error defaults to this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in this crate.
///
/// Validation errors ([`InvalidTopic`](Self::InvalidTopic),
/// [`InvalidKey`](Self::InvalidKey), [`PayloadTooLarge`](Self::PayloadTooLarge))
/// are returned before anything is queued; they name the input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The topic name breaks Kafka's rules.
    #[error("topic name {topic:?} {problem}")]
    InvalidTopic {
        /// The name as given.
        topic: String,
        /// What is wrong with it.
        problem: TopicProblem,
    },
    /// The key breaks the configured key rules.
    #[error("key {key:?} {problem}")]
    InvalidKey {
        /// The key, lossily decoded as UTF-8 and cut to 64 characters.
        key: String,
        /// What is wrong with it.
        problem: String,
    },
    /// The payload is larger than `message.max.bytes`.
    #[error("payload for topic {topic:?} is {size} bytes (limit: message.max.bytes = {limit})")]
    PayloadTooLarge {
        /// The topic the message was for.
        topic: String,
        /// Payload size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The configuration holds one or more invalid values; all are listed.
    #[error("invalid kafka pool config: {0}")]
    InvalidConfig(ConfigErrors),
    /// An event envelope failed to parse or breaks the CloudEvents rules.
    #[error("invalid event envelope: {problem}")]
    InvalidEnvelope {
        /// What is wrong, naming the attribute.
        problem: String,
        /// The JSON error, when the input did not parse.
        #[source]
        source: Option<serde_json::Error>,
    },
    /// No lane of that name is configured.
    #[error("no lane named {lane:?} (configured: {configured})")]
    UnknownLane {
        /// The name asked for.
        lane: String,
        /// The configured lane names, comma-separated.
        configured: String,
    },
    /// The circuit breaker refused the send; nothing was queued.
    #[error("send to the event bus refused")]
    CircuitOpen(#[source] omnibase_circuit_breaker::Error),
    /// Every producer of the lane stayed full for the whole bounded wait.
    #[error(
        "producer queue of lane {lane:?} stayed full for {waited:?} (queue.buffering.max.messages reached)"
    )]
    QueueFull {
        /// The lane.
        lane: String,
        /// How long the send waited for room.
        waited: Duration,
    },
    /// The broker did not accept the message for good.
    #[error("delivery to topic {topic:?} failed ({kind})")]
    Delivery {
        /// The topic.
        topic: String,
        /// The kind of failure.
        kind: DeliveryErrorKind,
        /// librdkafka's error.
        #[source]
        source: KafkaError,
    },
    /// A librdkafka call other than a send failed (creating a producer,
    /// a transaction step, a flush).
    #[error("kafka {operation} failed")]
    Kafka {
        /// What was being done.
        operation: &'static str,
        /// librdkafka's error.
        #[source]
        source: KafkaError,
    },
    /// The transactional producer was fenced by a newer one with the same
    /// `transactional.id`; the pool replaces it.
    #[error("transactional producer {transactional_id:?} was fenced")]
    Fenced {
        /// The fenced producer's `transactional.id`.
        transactional_id: String,
        /// librdkafka's error.
        #[source]
        source: KafkaError,
    },
    /// The pool has no transactional producers configured.
    #[error("transactions are not configured (set `transactions` in the pool config)")]
    TransactionsDisabled,
    /// The producer holding the message was dropped before it reported
    /// the message's fate (the pool was dropped without `close`).
    #[error("the producer was dropped before it reported the message's delivery")]
    ReportLost,
    /// The pool is closed (or closing); nothing was queued.
    #[error("producer pool {pool:?} is closed")]
    Closed {
        /// The pool's name.
        pool: String,
    },
}

impl Error {
    /// Whether retrying the same operation later can succeed.
    ///
    /// Validation and config errors stay errors; a refused or full send, a
    /// delivery that timed out or found no broker, and a fenced transaction
    /// (the pool replaced the producer) can be retried.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::CircuitOpen(e) => e.is_retryable(),
            Self::QueueFull { .. } | Self::Fenced { .. } => true,
            Self::Delivery { kind, .. } => kind.is_retryable(),
            Self::Kafka { source, .. } => kafka_retryable(source),
            Self::InvalidTopic { .. }
            | Self::InvalidKey { .. }
            | Self::PayloadTooLarge { .. }
            | Self::InvalidConfig(_)
            | Self::InvalidEnvelope { .. }
            | Self::UnknownLane { .. }
            | Self::TransactionsDisabled
            | Self::ReportLost
            | Self::Closed { .. } => false,
        }
    }
}

fn kafka_retryable(e: &KafkaError) -> bool {
    match e {
        KafkaError::Transaction(t) => t.is_retriable() || t.txn_requires_abort(),
        other => other
            .rdkafka_error_code()
            .is_some_and(|c| DeliveryErrorKind::of(c).is_retryable()),
    }
}

/// What is wrong with a topic name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TopicProblem {
    /// The name is empty.
    Empty,
    /// The name is longer than 249 characters.
    TooLong {
        /// Its length.
        len: usize,
    },
    /// The name is `.` or `..`.
    Dots,
    /// The name contains a character outside `[a-zA-Z0-9._-]`.
    BadChar {
        /// The character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
}

impl fmt::Display for TopicProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("is empty"),
            Self::TooLong { len } => write!(f, "is {len} characters long (limit: 249)"),
            Self::Dots => f.write_str("is not allowed ('.' and '..' are reserved)"),
            Self::BadChar { ch, at } => write!(
                f,
                "contains {ch:?} at byte {at} (allowed: a-z A-Z 0-9 . _ -)"
            ),
        }
    }
}

/// The kind of a delivery failure, for counting and for deciding whether a
/// retry can help and whether the breaker counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryErrorKind {
    /// `message.timeout.ms` passed before the broker acknowledged.
    Timeout,
    /// No broker, a lost connection, a leader change, a request timeout.
    BrokerUnavailable,
    /// The broker rejected this message (too large, invalid, corrupt).
    Rejected,
    /// The topic does not exist or the client may not write to it.
    TopicOrAuthorization,
    /// A transactional or idempotent producer was fenced or lost its epoch.
    Fenced,
    /// The message was purged from the queue (close with a timeout, abort).
    Purged,
    /// Anything else.
    Other,
}

impl DeliveryErrorKind {
    /// Every kind, in [`index`](Self::index) order.
    pub const ALL: [Self; 7] = [
        Self::Timeout,
        Self::BrokerUnavailable,
        Self::Rejected,
        Self::TopicOrAuthorization,
        Self::Fenced,
        Self::Purged,
        Self::Other,
    ];

    /// Position in [`ALL`](Self::ALL).
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The kind of a librdkafka error code.
    #[must_use]
    pub fn of(code: RDKafkaErrorCode) -> Self {
        use RDKafkaErrorCode as C;
        match code {
            C::MessageTimedOut | C::RequestTimedOut => Self::Timeout,
            C::AllBrokersDown
            | C::BrokerTransportFailure
            | C::BrokerNotAvailable
            | C::LeaderNotAvailable
            | C::NotLeaderForPartition
            | C::NetworkException
            | C::NotEnoughReplicas
            | C::NotEnoughReplicasAfterAppend
            | C::Resolve
            | C::ReplicaNotAvailable => Self::BrokerUnavailable,
            C::MessageSizeTooLarge
            | C::InvalidMessage
            | C::InvalidMessageSize
            | C::InvalidRecord
            | C::MessageBatchTooLarge
            | C::InvalidTimestamp
            | C::BadMessage => Self::Rejected,
            C::UnknownTopicOrPartition
            | C::UnknownTopic
            | C::UnknownPartition
            | C::TopicAuthorizationFailed
            | C::InvalidTopic
            | C::ClusterAuthorizationFailed => Self::TopicOrAuthorization,
            C::ProducerFenced
            | C::InvalidProducerEpoch
            | C::Fenced
            | C::TransactionCoordinatorFenced
            | C::InvalidProducerIdMapping
            | C::OutOfOrderSequenceNumber => Self::Fenced,
            C::PurgeQueue | C::PurgeInflight => Self::Purged,
            _ => Self::Other,
        }
    }

    /// Whether sending the same message again later can succeed.
    #[must_use]
    pub fn is_retryable(self) -> bool {
        matches!(
            self,
            Self::Timeout | Self::BrokerUnavailable | Self::Purged | Self::Fenced
        )
    }

    /// Whether the failure says something about the bus's health, so that
    /// the circuit breaker counts it; a rejected message or an unknown topic
    /// is the caller's problem and is ignored by the breaker.
    #[must_use]
    pub fn is_infrastructure(self) -> bool {
        matches!(
            self,
            Self::Timeout | Self::BrokerUnavailable | Self::Other | Self::Fenced
        )
    }

    /// A short lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::BrokerUnavailable => "broker_unavailable",
            Self::Rejected => "rejected",
            Self::TopicOrAuthorization => "topic_or_authorization",
            Self::Fenced => "fenced",
            Self::Purged => "purged",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for DeliveryErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One invalid config value: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The field, as a dotted path (`lanes[1].max_producers`).
    pub field: String,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// Every problem found in one config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigProblem>);

impl ConfigErrors {
    /// The problems, in field order.
    #[must_use]
    pub fn problems(&self) -> &[ConfigProblem] {
        &self.0
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_input() {
        let e = Error::InvalidTopic {
            topic: "a b".into(),
            problem: TopicProblem::BadChar { ch: ' ', at: 1 },
        };
        assert_eq!(
            e.to_string(),
            r#"topic name "a b" contains ' ' at byte 1 (allowed: a-z A-Z 0-9 . _ -)"#
        );
        assert!(!e.is_retryable());
        let full = Error::QueueFull {
            lane: "bulk".into(),
            waited: Duration::from_millis(5),
        };
        assert!(full.is_retryable());
    }

    #[test]
    fn kinds_index_their_table() {
        for (i, k) in DeliveryErrorKind::ALL.iter().enumerate() {
            assert_eq!(k.index(), i);
        }
        assert_eq!(
            DeliveryErrorKind::of(RDKafkaErrorCode::MessageTimedOut),
            DeliveryErrorKind::Timeout
        );
        assert!(!DeliveryErrorKind::Rejected.is_infrastructure());
    }
}
