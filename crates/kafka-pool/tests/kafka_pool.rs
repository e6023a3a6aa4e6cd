//! The pool against librdkafka's `MockCluster` (faults: broker down and up,
//! request errors, raised round-trip time, transactions) and against the
//! real broker that `cargo xtask services up` starts, plus the envelope's
//! contract tests.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use omnibase_circuit_breaker::{BackoffConfig, State, WindowConfig};
use omnibase_kafka_pool::rdkafka::ClientConfig;
use omnibase_kafka_pool::rdkafka::consumer::{Consumer, StreamConsumer};
use omnibase_kafka_pool::rdkafka::message::{Headers, Message as _};
use omnibase_kafka_pool::rdkafka::mocking::MockCluster;
use omnibase_kafka_pool::rdkafka::producer::DefaultProducerContext;
use omnibase_kafka_pool::rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};
use omnibase_kafka_pool::{
    DeliveryErrorKind, Error, EventEnvelope, LaneConfig, Message, PoolConfig, ProducerPool,
    ScaleDecision, ScalingConfig, SpecVersion, TransactionConfig,
};
use serde::{Deserialize, Serialize};
use tokio::time::{Instant, timeout};

/// A bound on every wait, so that a broken broker fails the test instead of
/// hanging it.
const LIMIT: Duration = Duration::from_secs(60);

fn mock_config(bootstrap: &str) -> PoolConfig {
    PoolConfig {
        name: omnibase_testkit::unique_name("pool").replace('.', "_"),
        bootstrap_servers: bootstrap.into(),
        message_timeout_ms: 10_000,
        scaling: ScalingConfig {
            enabled: false,
            ..ScalingConfig::default()
        },
        ..PoolConfig::default()
    }
}

fn mock_with_topic(topic: &str, partitions: i32) -> MockCluster<'static, DefaultProducerContext> {
    let mock = MockCluster::new(1).expect("mock cluster");
    mock.create_topic(topic, partitions, 1).expect("mock topic");
    mock
}

/// Reads `n` messages of `topic` from the start: (key, payload, headers).
async fn consume(
    bootstrap: &str,
    topic: &str,
    n: usize,
    read_committed: bool,
) -> Vec<(String, String, BTreeMap<String, String>)> {
    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", omnibase_testkit::unique_name("kafka-pool-test"))
        .set("auto.offset.reset", "earliest")
        .set("enable.auto.commit", "false")
        .set(
            "isolation.level",
            if read_committed {
                "read_committed"
            } else {
                "read_uncommitted"
            },
        )
        .create()
        .expect("consumer");
    consumer.subscribe(&[topic]).expect("subscribe");
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let m = timeout(LIMIT, consumer.recv())
            .await
            .expect("the broker delivered the next message in time")
            .expect("a message");
        let text = |b: Option<&[u8]>| String::from_utf8_lossy(b.unwrap_or_default()).into_owned();
        let headers = m
            .headers()
            .map(|h| {
                h.iter()
                    .map(|h| (h.key.to_owned(), text(h.value)))
                    .collect()
            })
            .unwrap_or_default();
        out.push((text(m.key()), text(m.payload()), headers));
    }
    out
}

/// Polls `f` until it holds or `LIMIT` passes.
async fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + LIMIT;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

// ---------------------------------------------------------------- envelope

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct OrderCreated {
    order_id: u64,
    amount_cents: i64,
    items: Vec<String>,
}

#[test]
fn test_event_envelope_serialization() {
    // Round trip with every attribute and typed data.
    let full = EventEnvelope::new(
        "/services/orders",
        "com.example.order.created",
        OrderCreated {
            order_id: 7,
            amount_cents: -1250,
            items: vec!["book".into(), "ünïcode ✓".into()],
        },
    )
    .with_subject("order-7")
    .with_partition_key("customer-42")
    .with_correlation_id("req-9f3");
    let json = full.to_json().unwrap();
    let back = EventEnvelope::<OrderCreated>::from_json(&json).unwrap();
    assert_eq!(back, full);
    // Also through plain serde, with the same checks.
    let back: EventEnvelope<OrderCreated> = serde_json::from_slice(&json).unwrap();
    assert_eq!(back, full);

    // A minimal event leaves the optional attributes out, and comes back equal.
    let minimal: EventEnvelope = EventEnvelope::from_json(
        br#"{"specversion":"1.0","id":"A234-1234-1234","source":"https://github.com/cloudevents/spec/pull","type":"com.github.pull_request.opened"}"#,
    )
    .unwrap();
    assert_eq!(minimal.data, None);
    assert_eq!(minimal.time, None);
    let again = minimal.to_json().unwrap();
    let value: serde_json::Value = serde_json::from_slice(&again).unwrap();
    assert_eq!(value.as_object().unwrap().len(), 4, "{value}");
    assert_eq!(
        EventEnvelope::<serde_json::Value>::from_json(&again).unwrap(),
        minimal
    );

    // The spec's own example, with an unknown extension (ignored) and a time offset.
    let spec: EventEnvelope = EventEnvelope::from_json(
        br#"{"specversion":"1.0","type":"com.github.pull_request.opened","source":"https://github.com/cloudevents/spec/pull","subject":"123","id":"A234-1234-1234","time":"2018-04-05T17:31:00+02:00","comexampleextension1":"value","datacontenttype":"text/xml","data":"<much wow=\"xml\"/>"}"#,
    )
    .unwrap();
    assert_eq!(spec.time.unwrap().unix_timestamp(), 1_522_942_260);
    assert_eq!(spec.data, Some(serde_json::json!("<much wow=\"xml\"/>")));

    // Malformed input is rejected with an error that names the problem.
    let cases: &[(&[u8], &str)] = &[
        (
            br#"{"source":"/s","type":"t","specversion":"1.0"}"#,
            "missing field `id`",
        ),
        (
            br#"{"id":"1","type":"t","specversion":"1.0"}"#,
            "missing field `source`",
        ),
        (
            br#"{"id":"1","source":"/s","specversion":"1.0"}"#,
            "missing field `type`",
        ),
        (
            br#"{"id":"1","source":"/s","type":"t"}"#,
            "missing field `specversion`",
        ),
        (
            br#"{"id":"","source":"/s","type":"t","specversion":"1.0"}"#,
            "`id` is empty",
        ),
        (
            br#"{"id":"1","source":"","type":"t","specversion":"1.0"}"#,
            "`source` is empty",
        ),
        (
            br#"{"id":"1","source":"/s","type":"t","specversion":"0.3"}"#,
            "unknown variant `0.3`",
        ),
        (
            br#"{"id":1,"source":"/s","type":"t","specversion":"1.0"}"#,
            "invalid type: integer `1`, expected a string",
        ),
        (
            br#"{"id":"1","source":"/s","type":"t","specversion":"1.0","time":"yesterday"}"#,
            r#"attribute `time` "yesterday" is not an RFC 3339 timestamp"#,
        ),
        (
            br#"{"id":"1","source":"/s","type":"t","specversion":"1.0","subject":""}"#,
            "`subject` is present but empty",
        ),
        (
            br#"{"id":"1","source":"/s","type":"t","specversion":"1.0","partitionkey":7}"#,
            "invalid type: integer `7`",
        ),
        (br#"not json"#, "an event must be a JSON object"),
        (br#"{"id": "#, "EOF while parsing"),
        (br#"["id"]"#, "an event must be a JSON object"),
    ];
    for (input, expected) in cases {
        let err = EventEnvelope::<serde_json::Value>::from_json(input).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::InvalidEnvelope { .. }), "{text}");
        assert!(text.starts_with("invalid event envelope: "), "{text}");
        assert!(
            text.contains(expected),
            "{} -> {text}",
            String::from_utf8_lossy(input)
        );
        assert!(!err.is_retryable());
    }
    // Typed data that does not match its type is rejected too.
    let err = EventEnvelope::<OrderCreated>::from_json(
        br#"{"id":"1","source":"/s","type":"t","specversion":"1.0","data":{"order_id":"seven"}}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("invalid type: string \"seven\""),
        "{err}"
    );
}

#[test]
fn test_shared_model_contract_compliance() {
    let event = EventEnvelope::new(
        "/services/orders",
        "com.example.order.created",
        serde_json::json!({"a": 1}),
    )
    .with_subject("order-7")
    .with_partition_key("customer-42")
    .with_correlation_id("req-9f3");
    let value: serde_json::Value = serde_json::from_slice(&event.to_json().unwrap()).unwrap();
    let attrs = value.as_object().unwrap();

    // REQUIRED context attributes: present, strings, non-empty.
    for name in ["id", "source", "type", "specversion"] {
        let v = attrs
            .get(name)
            .unwrap_or_else(|| panic!("required attribute {name} missing"));
        assert!(
            v.as_str().is_some_and(|s| !s.is_empty()),
            "{name} must be a non-empty String: {v}"
        );
    }
    assert_eq!(attrs["specversion"], "1.0");
    assert_eq!(event.specversion, SpecVersion::V1_0);
    // `id` is unique per event.
    let other = EventEnvelope::new("/services/orders", "com.example.order.created", ());
    assert_ne!(other.id, event.id);

    // OPTIONAL attributes, typed as the spec says: `time` a Timestamp in RFC 3339,
    // `subject` a String, `datacontenttype` a String in RFC 2046 form.
    let time = attrs["time"].as_str().expect("time is a String");
    time::OffsetDateTime::parse(time, &time::format_description::well_known::Rfc3339)
        .expect("time is RFC 3339");
    assert_eq!(attrs["subject"], "order-7");
    let media = attrs["datacontenttype"].as_str().unwrap();
    assert_eq!(media.split('/').count(), 2, "{media}");
    // `data` is JSON itself, not a string holding JSON.
    assert_eq!(attrs["data"], serde_json::json!({"a": 1}));

    // Extensions: lowercase a-z 0-9 names of at most 20 characters, String values,
    // at the top level beside the context attributes.
    for name in ["partitionkey", "correlationid"] {
        assert!(
            name.len() <= 20
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        );
        assert!(attrs[name].is_string(), "{name}");
    }
    assert_eq!(attrs["partitionkey"], "customer-42");
    assert_eq!(attrs["correlationid"], "req-9f3");

    // Every attribute name is one the spec or our two extensions define, and
    // no attribute is null (absent optional attributes are left out).
    let known = [
        "id",
        "source",
        "type",
        "specversion",
        "time",
        "subject",
        "datacontenttype",
        "data",
        "partitionkey",
        "correlationid",
    ];
    for (name, v) in attrs {
        assert!(
            known.contains(&name.as_str()),
            "unexpected attribute {name}"
        );
        assert!(!v.is_null(), "{name} is null");
    }
    let bare = EventEnvelope::<()> {
        time: None,
        subject: None,
        datacontenttype: None,
        data: None,
        ..EventEnvelope::new("/s", "t", ())
    };
    let bare: serde_json::Value = serde_json::from_slice(&bare.to_json().unwrap()).unwrap();
    let mut names: Vec<&str> = bare
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["id", "source", "specversion", "type"]);
}

// ---------------------------------------------------------------- validation

#[tokio::test]
async fn invalid_messages_are_refused_before_anything_is_queued() {
    let topic = "validation";
    let mock = mock_with_topic(topic, 1);
    let mut config = mock_config(&mock.bootstrap_servers());
    config.message_max_bytes = 1_000;
    config.key.pattern = Some("[a-z]+-[0-9]+".into());
    let pool = ProducerPool::builder(config).build().unwrap();

    let e = pool.send(Message::new("a b").key("k-1")).await.unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"topic name "a b" contains ' ' at byte 1 (allowed: a-z A-Z 0-9 . _ -)"#
    );
    let e = pool.send(Message::new(topic).key("K1")).await.unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"key "K1" does not match pattern "[a-z]+-[0-9]+""#
    );
    let big = [0_u8; 1_001];
    let e = pool
        .send(Message::new(topic).key("k-1").payload(&big))
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::PayloadTooLarge {
                size: 1_001,
                limit: 1_000,
                ..
            }
        ),
        "{e}"
    );
    let e = pool
        .send_batch(vec![
            Message::new(topic).key("k-1"),
            Message::new("..").key("k-2"),
        ])
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidTopic { .. }), "{e}");
    assert!(matches!(pool.lane("nope"), Err(Error::UnknownLane { .. })));

    let stats = &pool.stats()[0];
    assert_eq!((stats.sent, stats.in_flight), (0, 0), "{stats:?}");
    let c = pool.breaker().counters();
    assert_eq!(c.successes + c.failures + c.ignored, 0, "{c:?}");

    pool.send(Message::new(topic).key("k-1").payload("ok"))
        .await
        .unwrap();
    assert_eq!(pool.stats()[0].delivered, 1);
    assert_eq!(pool.close(LIMIT).await, 0);
    assert!(matches!(
        pool.send(Message::new(topic)).await,
        Err(Error::Closed { .. })
    ));
}

#[test]
fn invalid_config_is_reported_whole() {
    let config = PoolConfig {
        bootstrap_servers: String::new(),
        lanes: vec![
            LaneConfig {
                name: "a".into(),
                ..LaneConfig::default()
            },
            LaneConfig {
                name: "a".into(),
                max_producers: 0,
                ..LaneConfig::default()
            },
        ],
        ..PoolConfig::default()
    };
    let Err(Error::InvalidConfig(errors)) = ProducerPool::builder(config).build() else {
        panic!("expected an invalid config");
    };
    assert_eq!(errors.problems().len(), 3, "{errors}");
}

// ---------------------------------------------------------------- real broker

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_broker_round_trip_keeps_keys_headers_and_order() {
    let bootstrap = omnibase_testkit::kafka_bootstrap_servers();
    let topic = omnibase_testkit::unique_name("kafka_pool-round_trip").replace('.', "-");
    omnibase_testkit::create_topic(&bootstrap, &topic, 3).await;

    let config = PoolConfig {
        lanes: vec![LaneConfig {
            min_producers: 2,
            max_producers: 2,
            ..LaneConfig::default()
        }],
        ..mock_config(&bootstrap)
    };
    let pool = ProducerPool::builder(config).build().unwrap();
    const KEYS: usize = 4;
    const PER_KEY: usize = 60;
    // Half the messages in one batch (one producer, so per-key order holds),
    // half one by one, each awaited.
    let texts: Vec<(String, String, String)> = (0..KEYS * PER_KEY)
        .map(|i| {
            (
                format!("key-{}", i % KEYS),
                format!("{} payload ✓", i / KEYS),
                format!("trace-{i}"),
            )
        })
        .collect();
    let (first, second) = texts.split_at(texts.len() / 2);
    let batch = first
        .iter()
        .map(|(k, p, t)| Message::new(&topic).key(k).payload(p).header("trace-id", t))
        .collect();
    let report = timeout(LIMIT, pool.send_batch(batch))
        .await
        .unwrap()
        .unwrap();
    assert!(report.all_delivered(), "{report:?}");
    assert_eq!(report.delivered, first.len());
    for (k, p, t) in second {
        let m = Message::new(&topic).key(k).payload(p).header("trace-id", t);
        timeout(LIMIT, pool.send(m)).await.unwrap().unwrap();
    }
    assert_eq!(pool.close(LIMIT).await, 0);

    let got = consume(&bootstrap, &topic, texts.len(), false).await;
    let mut next: HashMap<String, usize> = HashMap::new();
    for (key, payload, headers) in &got {
        let seq: usize = payload.split(' ').next().unwrap().parse().unwrap();
        let expected = next.entry(key.clone()).or_insert(0);
        assert_eq!(seq, *expected, "key {key}: order broken");
        *expected += 1;
        let i = seq * KEYS + key.trim_start_matches("key-").parse::<usize>().unwrap();
        assert_eq!(headers.get("trace-id"), Some(&format!("trace-{i}")));
        assert!(payload.ends_with("payload ✓"));
    }
    assert_eq!(next.len(), KEYS);
    assert!(next.values().all(|n| *n == PER_KEY), "{next:?}");
}

// ---------------------------------------------------------------- faults

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broker_down_then_up_opens_then_closes_the_breaker_and_loses_nothing() {
    let topic = "down-up";
    let mock = mock_with_topic(topic, 1);
    let bootstrap = mock.bootstrap_servers();
    let config = PoolConfig {
        message_timeout_ms: 2_500,
        breaker: omnibase_circuit_breaker::Config {
            failure_rate_threshold: 50.0,
            minimum_calls: 4,
            window: WindowConfig::Count { size: 8 },
            half_open_permits: 2,
            // Long enough that the breaker is still open when the test looks,
            // even on a loaded machine.
            backoff: BackoffConfig::Fixed { open_ms: 1_000 },
            ..omnibase_circuit_breaker::Config::default()
        },
        ..mock_config(&bootstrap)
    };
    let pool = ProducerPool::builder(config).build().unwrap();
    let mut transitions = pool.breaker().subscribe();
    // On a loaded machine the first delivery (connect, producer id) may take
    // longer than the short message timeout: retry it.
    let deadline = Instant::now() + LIMIT;
    while let Err(e) = pool.send(Message::new(topic).key("m-0").payload("0")).await {
        assert!(e.is_retryable() && Instant::now() < deadline, "{e}");
    }
    let warm_up = pool.breaker().counters();

    mock.broker_down(1).unwrap();
    let keys: Vec<String> = (1..=6).map(|i| format!("m-{i}")).collect();
    let mut futures = Vec::new();
    for k in &keys {
        futures.push(
            pool.enqueue(Message::new(topic).key(k).payload(k))
                .await
                .unwrap(),
        );
    }
    for f in futures {
        let e = timeout(LIMIT, f).await.unwrap().unwrap_err();
        assert!(e.is_retryable(), "{e}");
        assert!(
            matches!(
                e,
                Error::Delivery {
                    kind: DeliveryErrorKind::Timeout,
                    ..
                }
            ),
            "{e}"
        );
    }
    assert_eq!(pool.breaker().state(), State::Open, "{warm_up:?}");
    let refused = pool.send(Message::new(topic).key("m-x")).await.unwrap_err();
    assert!(
        matches!(refused, Error::CircuitOpen(_)) && refused.is_retryable(),
        "{refused}"
    );
    let timeouts = pool.stats()[0]
        .errors
        .iter()
        .find(|(k, _)| *k == DeliveryErrorKind::Timeout)
        .unwrap()
        .1;
    assert_eq!(timeouts, 6);

    mock.broker_up(1).unwrap();
    // The caller's retry loop (the outbox relay's job): resend what failed
    // until the breaker lets it through and the broker acknowledges it.
    let mut pending = keys.clone();
    let deadline = Instant::now() + LIMIT;
    while !pending.is_empty() {
        assert!(Instant::now() < deadline, "still undelivered: {pending:?}");
        let k = pending[0].clone();
        match pool.send(Message::new(topic).key(&k).payload(&k)).await {
            Ok(_) => {
                pending.remove(0);
            }
            Err(e) if e.is_retryable() => tokio::time::sleep(Duration::from_millis(20)).await,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(pool.breaker().state(), State::Closed);
    let mut seen = Vec::new();
    while let Ok(t) = transitions.try_recv() {
        seen.push((t.from, t.to));
    }
    assert!(seen.contains(&(State::Closed, State::Open)), "{seen:?}");
    assert!(seen.contains(&(State::HalfOpen, State::Closed)), "{seen:?}");
    assert_eq!(pool.close(LIMIT).await, 0);

    let mut got: Vec<String> = consume(&bootstrap, topic, 7, false)
        .await
        .into_iter()
        .map(|m| m.0)
        .collect();
    got.sort();
    let mut want: Vec<String> = std::iter::once("m-0".to_owned()).chain(keys).collect();
    want.sort();
    assert_eq!(got, want);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injected_request_errors_are_retried_without_duplicates_or_reported_by_kind() {
    let topic = "request-errors";
    let mock = mock_with_topic(topic, 1);
    let bootstrap = mock.bootstrap_servers();
    let pool = ProducerPool::builder(mock_config(&bootstrap))
        .build()
        .unwrap();
    pool.send(Message::new(topic).key("warm").payload("0"))
        .await
        .unwrap();

    // Retriable errors: librdkafka retries, idempotence drops duplicates.
    mock.request_errors(
        RDKafkaApiKey::Produce,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS,
        ],
    );
    let payloads: Vec<String> = (0..50).map(|i| format!("p-{i}")).collect();
    let batch = payloads
        .iter()
        .map(|p| Message::new(topic).key("k").payload(p))
        .collect();
    let report = timeout(LIMIT, pool.send_batch(batch))
        .await
        .unwrap()
        .unwrap();
    assert!(report.all_delivered(), "{report:?}");

    // A permanent error: the message fails with its kind; the breaker ignores it.
    mock.request_errors(
        RDKafkaApiKey::Produce,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE],
    );
    let e = timeout(
        LIMIT,
        pool.send(Message::new(topic).key("big").payload("x")),
    )
    .await
    .unwrap()
    .unwrap_err();
    assert!(
        matches!(
            e,
            Error::Delivery {
                kind: DeliveryErrorKind::Rejected,
                ..
            }
        ),
        "{e}"
    );
    assert!(!e.is_retryable());
    assert_eq!(pool.breaker().counters().failures, 0);
    let stats = &pool.stats()[0];
    assert_eq!(
        stats.errors[DeliveryErrorKind::Rejected.index()].1,
        1,
        "{stats:?}"
    );
    assert_eq!((stats.sent, stats.delivered, stats.failed), (52, 51, 1));
    assert_eq!(pool.close(LIMIT).await, 0);

    let got = consume(&bootstrap, topic, 51, false).await;
    let bodies: Vec<&str> = got.iter().skip(1).map(|m| m.1.as_str()).collect();
    assert_eq!(
        bodies,
        payloads.iter().map(String::as_str).collect::<Vec<_>>(),
        "duplicates or gaps"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_accounts_for_every_message() {
    let topic = "batch-accounting";
    let mock = mock_with_topic(topic, 1);
    let pool = ProducerPool::builder(mock_config(&mock.bootstrap_servers()))
        .build()
        .unwrap();
    pool.send(Message::new(topic).payload("warm"))
        .await
        .unwrap();
    // The middle message names a partition the topic does not have.
    let batch = vec![
        Message::new(topic).payload("a"),
        Message::new(topic).payload("b").partition(7),
        Message::new(topic).payload("c"),
    ];
    let report = timeout(LIMIT, pool.send_batch(batch))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.delivered, 2, "{report:?}");
    assert_eq!(
        report.not_queued.len() + report.failed.len(),
        1,
        "{report:?}"
    );
    assert!(!report.all_delivered());
    // The caller's mistake says nothing about the bus: no breaker failure.
    assert_eq!(pool.breaker().counters().failures, 0);
    assert_eq!(pool.close(LIMIT).await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_waits_a_bounded_time_then_fails_retryably() {
    let topic = "queue-full";
    let mock = mock_with_topic(topic, 1);
    let bootstrap = mock.bootstrap_servers();
    let config = PoolConfig {
        queue_max_messages: 5,
        queue_full_timeout_ms: 200,
        ..mock_config(&bootstrap)
    };
    let pool = ProducerPool::builder(config).build().unwrap();
    pool.send(Message::new(topic).payload("warm"))
        .await
        .unwrap();
    mock.broker_down(1).unwrap();
    let mut queued = Vec::new();
    let full = loop {
        match pool.enqueue(Message::new(topic).payload("x")).await {
            Ok(f) => queued.push(f),
            Err(e) => break e,
        }
        assert!(queued.len() <= 5, "the queue bound was not applied");
    };
    let Error::QueueFull { waited, .. } = &full else {
        panic!("{full}")
    };
    assert!(*waited >= Duration::from_millis(200), "{full}");
    assert!(full.is_retryable());
    mock.broker_up(1).unwrap();
    for f in queued {
        timeout(LIMIT, f).await.unwrap().unwrap();
    }
    assert_eq!(pool.close(LIMIT).await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_reports_what_it_could_not_deliver() {
    let topic = "close-undelivered";
    let mock = mock_with_topic(topic, 1);
    let pool = ProducerPool::builder(mock_config(&mock.bootstrap_servers()))
        .build()
        .unwrap();
    pool.send(Message::new(topic).payload("warm"))
        .await
        .unwrap();
    mock.broker_down(1).unwrap();
    let mut futures = Vec::new();
    for _ in 0..5 {
        futures.push(
            pool.enqueue(Message::new(topic).payload("x"))
                .await
                .unwrap(),
        );
    }
    assert_eq!(pool.close(Duration::from_millis(200)).await, 5);
    for f in futures {
        let e = timeout(LIMIT, f).await.unwrap().unwrap_err();
        assert!(
            matches!(
                e,
                Error::Delivery {
                    kind: DeliveryErrorKind::Purged,
                    ..
                }
            ),
            "{e}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raised_rtt_changes_the_scaling_decision() {
    let topic = "rtt";
    let mock = mock_with_topic(topic, 1);
    let config = PoolConfig {
        statistics_interval_ms: 100,
        scaling: ScalingConfig {
            enabled: false,
            up_after: 1,
            up_rate_per_producer: 1e9,
            down_rate_per_producer: 0.0,
            up_queue_depth_per_producer: 1_000_000,
            up_internal_latency_ms: 250,
            ..ScalingConfig::default()
        },
        lanes: vec![LaneConfig {
            min_producers: 1,
            max_producers: 2,
            ..LaneConfig::default()
        }],
        ..mock_config(&mock.bootstrap_servers())
    };
    let pool = ProducerPool::builder(config).build().unwrap();

    // Steady load in the background: 20 messages every 5 ms.
    let load = {
        let pool = pool.clone();
        tokio::spawn(async move {
            let deadline = Instant::now() + LIMIT;
            let mut futures = Vec::new();
            while Instant::now() < deadline && futures.len() < 200_000 {
                for _ in 0..20 {
                    match pool
                        .enqueue(Message::new(topic).payload("0123456789"))
                        .await
                    {
                        Ok(f) => futures.push(f),
                        Err(Error::Closed { .. }) => return futures.len(),
                        Err(e) => panic!("{e}"),
                    }
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            futures.len()
        })
    };

    // Decides once three statistics callbacks have arrived since `from`.
    async fn decide_after_stats(pool: &ProducerPool) -> omnibase_kafka_pool::LaneScaling {
        let from = pool.stats()[0].statistics_seen;
        eventually("statistics", || pool.stats()[0].statistics_seen >= from + 3).await;
        pool.scale_now().remove(0)
    }

    let fast = decide_after_stats(&pool).await;
    assert!(!fast.signals.latency_high, "{fast:?}");
    assert_eq!(fast.decision, ScaleDecision::Hold, "{fast:?}");

    mock.broker_round_trip_time(1, Duration::from_millis(1_000))
        .unwrap();
    let deadline = Instant::now() + LIMIT;
    let slow = loop {
        let d = decide_after_stats(&pool).await;
        if d.decision != ScaleDecision::Hold || Instant::now() > deadline {
            break d;
        }
    };
    assert!(slow.signals.latency_high, "{slow:?}");
    assert_eq!(slow.decision, ScaleDecision::Up, "{slow:?}");
    assert_eq!(pool.stats()[0].producers, 2);

    mock.broker_round_trip_time(1, Duration::ZERO).unwrap();
    assert_eq!(pool.close(LIMIT).await, 0);
    let sent = timeout(LIMIT, load).await.unwrap().unwrap();
    assert!(sent > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_kafka_producer_pool_scaling() {
    let topic = "scaling";
    let mock = mock_with_topic(topic, 4);
    let bootstrap = mock.bootstrap_servers();
    let config = PoolConfig {
        scaling: ScalingConfig {
            enabled: false,
            ewma_alpha: 1.0,
            up_rate_per_producer: 2_000.0,
            down_rate_per_producer: 500.0,
            up_after: 1,
            down_after: 2,
            cooldown: 0,
            ..ScalingConfig::default()
        },
        lanes: vec![LaneConfig {
            min_producers: 1,
            max_producers: 3,
            ..LaneConfig::default()
        }],
        ..mock_config(&bootstrap)
    };
    let pool = ProducerPool::builder(config).build().unwrap();
    let payloads: Vec<String> = (0..500).map(|i| format!("payload {i:05}")).collect();

    // Under load: batches of 500 as fast as the pool takes them, one decision
    // after each, until the lane reaches its bound.
    let mut sent = 0;
    let mut decisions = Vec::new();
    let deadline = Instant::now() + LIMIT;
    while pool.stats()[0].producers < 3 {
        assert!(
            Instant::now() < deadline && sent < 100_000,
            "never scaled up: {decisions:?}"
        );
        let batch = payloads
            .iter()
            .map(|p| Message::new(topic).key(p).payload(p))
            .collect();
        let report = pool.send_batch(batch).await.unwrap();
        assert!(report.all_delivered());
        sent += report.delivered;
        decisions.push(pool.scale_now().remove(0));
    }
    // Load keeps going at the bound: no producer beyond max.
    for _ in 0..3 {
        let batch = payloads
            .iter()
            .map(|p| Message::new(topic).key(p).payload(p))
            .collect();
        sent += pool.send_batch(batch).await.unwrap().delivered;
        let d = pool.scale_now().remove(0);
        assert_eq!(d.decision, ScaleDecision::Hold, "{d:?}");
    }
    assert!(
        decisions
            .iter()
            .any(|d| d.decision == ScaleDecision::Up && d.signals.rate_high)
    );

    // Per-message sends spread over the producers by in-flight count.
    let mut futures = Vec::new();
    for p in &payloads {
        futures.push(
            pool.enqueue(Message::new(topic).key(p).payload(p))
                .await
                .unwrap(),
        );
    }
    for f in futures {
        f.await.unwrap();
    }
    sent += payloads.len();

    // Idle: producers are retired one by one down to min, each flushed first.
    let deadline = Instant::now() + LIMIT;
    while pool.stats()[0].producers > 1 {
        assert!(Instant::now() < deadline, "never scaled down");
        tokio::time::sleep(Duration::from_millis(10)).await;
        let d = pool.scale_now().remove(0);
        assert_ne!(d.decision, ScaleDecision::Up, "{d:?}");
    }
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert_eq!(pool.scale_now().remove(0).decision, ScaleDecision::Hold);
    }
    eventually("retired producers flushed", || pool.retiring() == 0).await;
    let stats = &pool.stats()[0];
    assert_eq!(
        (stats.sent, stats.delivered, stats.failed),
        (sent as u64, sent as u64, 0),
        "{stats:?}"
    );
    assert_eq!(pool.close(LIMIT).await, 0);
    assert_eq!(consume(&bootstrap, topic, sent, false).await.len(), sent);
}

// ---------------------------------------------------------------- transactions
//
// On MockCluster: the tansu 0.6 broker that xtask starts initialises
// transactional producers but refuses EndTxn ("EndTxnRequest (KIP-98) not
// supported by broker"), so no transaction can commit or abort there.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transactions_commit_abort_and_replace_a_fenced_producer() {
    let topic = "tx";
    let mock = mock_with_topic(topic, 1);
    let bootstrap = mock.bootstrap_servers();
    let prefix = omnibase_testkit::unique_name("tx").replace('.', "-");
    let config = PoolConfig {
        transactions: Some(TransactionConfig {
            id_prefix: prefix.clone(),
            producers: 1,
            ..TransactionConfig::default()
        }),
        ..mock_config(&bootstrap)
    };
    let pool = ProducerPool::builder(config).build().unwrap();

    let tx = timeout(LIMIT, pool.transaction()).await.unwrap().unwrap();
    assert_eq!(tx.transactional_id(), format!("{prefix}-0"));
    let mut futures = Vec::new();
    for i in 0..3 {
        futures.push(
            tx.enqueue(
                Message::new(topic)
                    .key(&format!("committed-{i}"))
                    .payload("c"),
            )
            .unwrap(),
        );
    }
    timeout(LIMIT, tx.commit()).await.unwrap().unwrap();
    for f in futures {
        f.await.unwrap();
    }

    let tx = timeout(LIMIT, pool.transaction()).await.unwrap().unwrap();
    let aborted = tx
        .enqueue(Message::new(topic).key("aborted").payload("a"))
        .unwrap();
    timeout(LIMIT, tx.abort()).await.unwrap().unwrap();
    assert!(aborted.await.is_err());

    // The coordinator says a newer producer took the id over: the pool's
    // producer is fenced and dropped, and the next lease gets a fresh one.
    // (MockCluster does not fence across producers by itself, so the answer
    // is injected.)
    let tx = timeout(LIMIT, pool.transaction()).await.unwrap().unwrap();
    let _lost = tx
        .enqueue(Message::new(topic).key("fenced").payload("f"))
        .unwrap();
    mock.request_errors(
        RDKafkaApiKey::EndTxn,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_PRODUCER_FENCED],
    );
    let fenced = timeout(LIMIT, tx.commit()).await.unwrap().unwrap_err();
    assert!(matches!(fenced, Error::Fenced { .. }), "{fenced:?}");
    assert!(fenced.is_retryable());
    let tx = timeout(LIMIT, pool.transaction()).await.unwrap().unwrap();
    let last = tx
        .enqueue(Message::new(topic).key("committed-3").payload("c"))
        .unwrap();
    timeout(LIMIT, tx.commit()).await.unwrap().unwrap();
    last.await.unwrap();
    assert_eq!(pool.close(LIMIT).await, 0);

    // MockCluster leaves the fenced producer's open transaction visible
    // (a real coordinator aborts it when the new producer initialises), so
    // that one message may show up; the aborted one never does.
    let got = consume(&bootstrap, topic, 5, true).await;
    let keys: Vec<&str> = got
        .iter()
        .map(|m| m.0.as_str())
        .filter(|k| *k != "fenced")
        .collect();
    assert_eq!(
        keys,
        ["committed-0", "committed-1", "committed-2", "committed-3"]
    );
}

#[tokio::test]
async fn transactions_need_config() {
    let mock = mock_with_topic("t", 1);
    let pool = ProducerPool::builder(mock_config(&mock.bootstrap_servers()))
        .build()
        .unwrap();
    assert!(matches!(
        pool.transaction().await,
        Err(Error::TransactionsDisabled)
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_carry_their_partition_key_and_content_type() {
    let topic = "events";
    let mock = mock_with_topic(topic, 2);
    let bootstrap = mock.bootstrap_servers();
    let metrics = omnibase_metrics::Metrics::new().unwrap();
    let pool = ProducerPool::builder(mock_config(&bootstrap))
        .metrics(&metrics)
        .build()
        .unwrap();
    let event = EventEnvelope::new(
        "/orders",
        "com.example.order.created",
        serde_json::json!({"id": 7}),
    )
    .with_partition_key("order-7");
    pool.default_lane().send_event(topic, &event).await.unwrap();
    assert_eq!(pool.close(LIMIT).await, 0);
    let got = consume(&bootstrap, topic, 1, false).await;
    assert_eq!(got[0].0, "order-7");
    assert_eq!(
        got[0].2.get("content-type").map(String::as_str),
        Some(omnibase_kafka_pool::CLOUDEVENTS_JSON)
    );
    assert_eq!(
        EventEnvelope::<serde_json::Value>::from_json(got[0].1.as_bytes()).unwrap(),
        event
    );
    let text = metrics.encode_text().unwrap();
    assert!(
        text.contains("omnibase_producer_messages_delivered_total{lane=\"default\""),
        "{text}"
    );
    assert!(
        text.contains("omnibase_producer_delivery_duration_seconds_count{lane=\"default\""),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_task_scales_at_each_interval() {
    let topic = "auto-scaling";
    let mock = mock_with_topic(topic, 2);
    let config = PoolConfig {
        scaling: ScalingConfig {
            enabled: true,
            interval_ms: 20,
            ewma_alpha: 1.0,
            up_rate_per_producer: 1_000.0,
            down_rate_per_producer: 100.0,
            up_after: 1,
            down_after: 1,
            cooldown: 0,
            ..ScalingConfig::default()
        },
        lanes: vec![LaneConfig {
            min_producers: 1,
            max_producers: 2,
            ..LaneConfig::default()
        }],
        ..mock_config(&mock.bootstrap_servers())
    };
    let metrics = omnibase_metrics::Metrics::new().unwrap();
    let pool = ProducerPool::builder(config)
        .metrics(&metrics)
        .build()
        .unwrap();
    let payloads: Vec<String> = (0..200).map(|i| format!("m{i}")).collect();
    let deadline = Instant::now() + LIMIT;
    let mut sent = 0;
    while pool.stats()[0].producers < 2 {
        assert!(
            Instant::now() < deadline && sent < 200_000,
            "the task never added a producer"
        );
        let batch = payloads
            .iter()
            .map(|p| Message::new(topic).payload(p))
            .collect();
        sent += pool.send_batch(batch).await.unwrap().delivered;
    }
    // Idle now: the task retires the extra producer, flushed first.
    eventually("the task to retire a producer", || {
        pool.stats()[0].producers == 1
    })
    .await;
    eventually("the retired producer to be flushed", || {
        pool.retiring() == 0
    })
    .await;
    let text = metrics.encode_text().unwrap();
    for direction in ["up", "down"] {
        let line = text
            .lines()
            .find(|l| {
                l.starts_with("omnibase_producer_scaling_decisions_total")
                    && l.contains(&format!("direction=\"{direction}\""))
            })
            .unwrap_or_else(|| panic!("no {direction} counter in\n{text}"));
        let n: u64 = line.rsplit(' ').next().unwrap().parse().unwrap();
        assert!(n >= 1, "{line}");
    }
    assert_eq!(pool.close(LIMIT).await, 0);
    assert_eq!(pool.stats()[0].delivered, sent as u64);
}
