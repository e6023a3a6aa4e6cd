//! The services that `cargo xtask services up` starts are real: a PostgreSQL
//! server that stores and returns rows, and a Kafka-protocol broker that
//! returns what was produced with keys, headers and payloads intact.

use std::collections::BTreeMap;
use std::time::Duration;

use rdkafka::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::{Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord};
use tokio::time::timeout;

/// A bound on every network wait, so that a broken service fails the test
/// instead of hanging it.
const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test]
async fn postgres_stores_and_returns_rows() {
    let (client, connection) =
        tokio_postgres::connect(&omnibase_testkit::postgres_url(), tokio_postgres::NoTls)
            .await
            .expect("connect to the PostgreSQL that xtask started");
    tokio::spawn(connection);
    let table = omnibase_testkit::unique_name("services_rows");
    client
        .batch_execute(&format!(
            "CREATE TABLE {table} (id int PRIMARY KEY, name text, data bytea)"
        ))
        .await
        .unwrap();
    let rows: Vec<(i32, String, Vec<u8>)> = (0..50_u8)
        .map(|i| {
            (
                i32::from(i),
                format!("O'Brien #{i} — ünïcode"),
                vec![0, 1, 255, i],
            )
        })
        .collect();
    for (id, name, data) in &rows {
        client
            .execute(
                &format!("INSERT INTO {table} VALUES ($1, $2, $3)"),
                &[id, name, data],
            )
            .await
            .unwrap();
    }
    let back: Vec<(i32, String, Vec<u8>)> = client
        .query(
            &format!("SELECT id, name, data FROM {table} ORDER BY id"),
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(back, rows);

    // The server is the one xtask configured, not some other on the machine.
    let extension: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(extension, 1);
    client
        .batch_execute(&format!("DROP TABLE {table}"))
        .await
        .unwrap();
}

#[tokio::test]
async fn broker_returns_messages_intact() {
    let bootstrap = omnibase_testkit::kafka_bootstrap_servers();
    let topic = omnibase_testkit::unique_name("services.round_trip");
    omnibase_testkit::create_topic(&bootstrap, &topic, 2).await;

    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &bootstrap)
        .set("enable.idempotence", "true")
        .create()
        .unwrap();
    let sent: BTreeMap<String, (String, Vec<u8>)> = (0..100)
        .map(|i| {
            (
                format!("key-{i}"),
                (
                    format!("trace-{i}"),
                    format!("payload {i} \u{1F680}").into_bytes(),
                ),
            )
        })
        .collect();
    for (key, (trace, payload)) in &sent {
        let headers = OwnedHeaders::new()
            .insert(Header {
                key: "trace-id",
                value: Some(trace.as_str()),
            })
            .insert(Header {
                key: "empty",
                value: None::<&[u8]>,
            });
        let record = FutureRecord::to(&topic)
            .key(key)
            .payload(payload)
            .headers(headers);
        producer
            .send(record, LIMIT)
            .await
            .map_err(|(e, _)| e)
            .unwrap();
    }

    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &bootstrap)
        .set("group.id", omnibase_testkit::unique_name("services-group"))
        .set("auto.offset.reset", "earliest")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    consumer.subscribe(&[&topic]).unwrap();
    let mut received = BTreeMap::new();
    while received.len() < sent.len() {
        let message = timeout(LIMIT, consumer.recv())
            .await
            .expect("the broker delivered the next message in time")
            .unwrap();
        let key = String::from_utf8(message.key().unwrap().to_vec()).unwrap();
        let headers = message.headers().expect("headers came back");
        let header = |name: &str| headers.iter().find(|h| h.key == name).map(|h| h.value);
        let trace = String::from_utf8(header("trace-id").flatten().unwrap().to_vec()).unwrap();
        assert_eq!(
            header("empty"),
            Some(None),
            "a header without value stays without value"
        );
        received.insert(key, (trace, message.payload().unwrap().to_vec()));
    }
    assert_eq!(received, sent);
}
