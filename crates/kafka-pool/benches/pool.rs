//! Messages/s through the pool against raw rdkafka producers with the same
//! config (on MockCluster and on the real broker), throughput and bytes on
//! the wire per compression codec, envelope encoding in MB/s, and the cost
//! of one scaling decision.
//!
//! Run (from the workspace root, with `cargo xtask services up` done for the
//! real-broker group; without a broker that group is skipped):
//! `cargo bench -p omnibase-kafka-pool --all-features --bench pool --
//! --warm-up-time 1 --measurement-time 3`.

use std::collections::VecDeque;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use omnibase_kafka_pool::rdkafka::ClientContext;
use omnibase_kafka_pool::rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use omnibase_kafka_pool::rdkafka::client::DefaultClientContext;
use omnibase_kafka_pool::rdkafka::config::FromClientConfigAndContext;
use omnibase_kafka_pool::rdkafka::error::{KafkaError, RDKafkaErrorCode};
use omnibase_kafka_pool::rdkafka::message::DeliveryResult;
use omnibase_kafka_pool::rdkafka::mocking::MockCluster;
use omnibase_kafka_pool::rdkafka::producer::{
    BaseProducer, BaseRecord, DefaultProducerContext, FutureProducer, FutureRecord, Producer,
    ProducerContext,
};
use omnibase_kafka_pool::{
    Compression, EventEnvelope, LaneConfig, Message, PoolConfig, ProducerPool, ScalingConfig,
    ScalingInput, ScalingPolicy, ScalingState,
};
use serde::Serialize;

/// Messages per measured iteration.
const N: usize = 20_000;
/// The payload size.
const PAYLOAD: [u8; 100] = [b'x'; 100];

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// The setup: linger.ms=5, idempotence on (the defaults), no scaling.
fn pool_config(bootstrap: &str, compression: Compression) -> PoolConfig {
    PoolConfig {
        name: "bench".into(),
        bootstrap_servers: bootstrap.into(),
        linger_ms: 5,
        idempotence: true,
        scaling: ScalingConfig {
            enabled: false,
            ..ScalingConfig::default()
        },
        lanes: vec![LaneConfig {
            max_producers: 1,
            compression,
            ..LaneConfig::default()
        }],
        ..PoolConfig::default()
    }
}

/// A raw `BaseProducer` context that counts reports, so that the baseline
/// also accounts for every delivery.
#[derive(Default)]
struct Counting {
    delivered: AtomicUsize,
    failed: AtomicUsize,
}

impl ClientContext for Counting {}

impl ProducerContext for Counting {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, (): ()) {
        if result.is_ok() {
            self.delivered.fetch_add(1, Ordering::Relaxed);
        } else {
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

async fn raw_future(producer: &FutureProducer, topic: &str) {
    let mut futures = Vec::with_capacity(N);
    for _ in 0..N {
        let record = FutureRecord::<(), _>::to(topic).payload(&PAYLOAD[..]);
        futures.push(
            producer
                .send_result(record)
                .map_err(|(e, _)| e)
                .expect("queued"),
        );
    }
    for f in futures {
        f.await.expect("not cancelled").expect("delivered");
    }
}

fn raw_base(producer: &BaseProducer<Counting>, topic: &str) {
    let ctx = producer.context();
    let before = ctx.delivered.load(Ordering::Relaxed);
    for _ in 0..N {
        let mut record = BaseRecord::<(), _>::to(topic).payload(&PAYLOAD[..]);
        loop {
            match producer.send(record) {
                Ok(()) => break,
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                    record = r;
                    producer.poll(Duration::from_millis(1));
                }
                Err((e, _)) => panic!("{e}"),
            }
        }
        producer.poll(Duration::ZERO);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while ctx.delivered.load(Ordering::Relaxed) - before < N {
        assert!(Instant::now() < deadline, "deliveries missing");
        producer.poll(Duration::from_millis(1));
    }
    assert_eq!(ctx.failed.load(Ordering::Relaxed), 0);
}

async fn pool_send(pool: &ProducerPool, topic: &str) {
    let mut futures = Vec::with_capacity(N);
    for _ in 0..N {
        futures.push(
            pool.enqueue(Message::new(topic).payload(&PAYLOAD[..]))
                .await
                .expect("queued"),
        );
    }
    for f in futures {
        f.await.expect("delivered");
    }
}

async fn pool_batch(pool: &ProducerPool, topic: &str) {
    let batch = (0..N)
        .map(|_| Message::new(topic).payload(&PAYLOAD[..]))
        .collect();
    let report = pool.send_batch(batch).await.expect("batch");
    assert!(
        report.all_delivered() && report.delivered == N,
        "{report:?}"
    );
}

/// The four contenders on one bus, in one group.
/// The contenders, each with a topic of its own so that a log grown by one
/// does not slow the next.
const CONTENDERS: [&str; 4] = [
    "future-producer",
    "pool-send",
    "base-producer",
    "pool-batch",
];

fn topic_of(prefix: &str, contender: &str) -> String {
    format!("{prefix}-{contender}")
}

fn throughput_on(c: &mut Criterion, group: &str, bootstrap: &str, prefix: &str) {
    let t: Vec<String> = CONTENDERS.iter().map(|c| topic_of(prefix, c)).collect();
    let rt = runtime();
    let config = pool_config(bootstrap, Compression::None);
    let client = config.client_config(&config.lanes[0]);
    let future: FutureProducer = client.create().expect("future producer");
    let base =
        BaseProducer::from_config_and_context(&client, Counting::default()).expect("base producer");
    let pool = {
        let _guard = rt.enter();
        ProducerPool::builder(config).build().expect("pool")
    };
    // Warm every contender up: connections, producer ids, metadata.
    rt.block_on(async {
        raw_future(&future, &t[0]).await;
        pool_send(&pool, &t[1]).await;
        pool_send(&pool, &t[3]).await;
    });
    raw_base(&base, &t[2]);

    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    g.throughput(Throughput::Elements(N as u64));
    let timed = |iters: u64, f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        start.elapsed()
    };
    g.bench_function(BenchmarkId::new("future-producer", N), |b| {
        b.iter_custom(|iters| timed(iters, &mut || rt.block_on(raw_future(&future, &t[0]))));
    });
    g.bench_function(BenchmarkId::new("pool-send", N), |b| {
        b.iter_custom(|iters| timed(iters, &mut || rt.block_on(pool_send(&pool, &t[1]))));
    });
    g.bench_function(BenchmarkId::new("base-producer", N), |b| {
        b.iter_custom(|iters| timed(iters, &mut || raw_base(&base, &t[2])));
    });
    g.bench_function(BenchmarkId::new("pool-batch", N), |b| {
        b.iter_custom(|iters| timed(iters, &mut || rt.block_on(pool_batch(&pool, &t[3]))));
    });
    g.finish();
    let stats = &pool.stats()[0];
    assert_eq!(stats.sent, stats.delivered, "{stats:?}");
    assert_eq!(rt.block_on(pool.close(Duration::from_secs(30))), 0);
}

fn mock_cluster(topics: &[String]) -> MockCluster<'static, DefaultProducerContext> {
    let mock = MockCluster::new(1).expect("mock cluster");
    for topic in topics {
        mock.create_topic(topic, 3, 1).expect("mock topic");
    }
    mock
}

fn throughput(c: &mut Criterion) {
    let topics: Vec<String> = CONTENDERS.iter().map(|c| topic_of("bench", c)).collect();
    let mock = mock_cluster(&topics);
    throughput_on(c, "throughput_mock", &mock.bootstrap_servers(), "bench");

    let Ok(bootstrap) = omnibase_testkit::setting("OMNIBASE__KAFKA__BOOTSTRAP_SERVERS") else {
        eprintln!("no broker configured (cargo xtask services up): skipping throughput_broker");
        return;
    };
    let prefix = omnibase_testkit::unique_name("bench-pool").replace('.', "-");
    let new_topics: Vec<String> = CONTENDERS.iter().map(|c| topic_of(&prefix, c)).collect();
    let new_topics: Vec<NewTopic<'_>> = new_topics
        .iter()
        .map(|t| NewTopic::new(t, 3, TopicReplication::Fixed(1)))
        .collect();
    let admin: AdminClient<DefaultClientContext> =
        omnibase_kafka_pool::rdkafka::ClientConfig::new()
            .set("bootstrap.servers", &bootstrap)
            .create()
            .expect("admin client");
    let rt = runtime();
    let created = rt
        .block_on(async {
            tokio::time::timeout(
                Duration::from_secs(60),
                admin.create_topics(&new_topics, &AdminOptions::new()),
            )
            .await
        })
        .expect("topic creation answered")
        .expect("topic created");
    assert!(created.iter().all(Result::is_ok), "{created:?}");
    throughput_on(c, "throughput_broker", &bootstrap, &prefix);
}

#[derive(Serialize)]
struct OrderCreated {
    order_id: u64,
    customer: String,
    amount_cents: i64,
    currency: &'static str,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Item {
    sku: String,
    quantity: u32,
    unit_price_cents: i64,
}

fn event(i: u64) -> EventEnvelope<OrderCreated> {
    EventEnvelope::new(
        "/services/orders",
        "com.example.order.created",
        OrderCreated {
            order_id: i,
            customer: format!("customer-{}", i % 1_000),
            amount_cents: i64::try_from(i % 10_000).unwrap_or(0) * 3,
            currency: "EUR",
            items: (0..3)
                .map(|j| Item {
                    sku: format!("SKU-{:06}", (i * 7 + j) % 100_000),
                    quantity: u32::try_from(j + 1).unwrap_or(1),
                    unit_price_cents: 1_999,
                })
                .collect(),
        },
    )
    .with_partition_key(format!("customer-{}", i % 1_000))
    .with_correlation_id(format!("req-{i:08x}"))
}

/// Throughput per codec on the same encoded events, and the bytes each
/// sends to the broker (printed: criterion has no column for it).
fn compression(c: &mut Criterion) {
    const M: usize = 5_000;
    let payloads: Vec<Vec<u8>> = (0..M as u64)
        .map(|i| event(i).to_json().expect("json"))
        .collect();
    let raw: usize = payloads.iter().map(Vec::len).sum();
    let mut codecs = vec![Compression::None, Compression::Gzip, Compression::Snappy];
    if cfg!(feature = "lz4") {
        codecs.push(Compression::Lz4);
    }
    if cfg!(feature = "zstd") {
        codecs.push(Compression::Zstd);
    }
    let rt = runtime();
    let mock = mock_cluster(&["codecs".to_owned()]);
    let mut g = c.benchmark_group("compression");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(raw as u64));
    for codec in codecs {
        let config = PoolConfig {
            statistics_interval_ms: 100,
            ..pool_config(&mock.bootstrap_servers(), codec)
        };
        let pool = {
            let _guard = rt.enter();
            ProducerPool::builder(config).build().expect("pool")
        };
        let send = || {
            let batch = payloads
                .iter()
                .map(|p| Message::new("codecs").payload(p))
                .collect();
            let report = rt.block_on(pool.send_batch(batch)).expect("batch");
            assert!(report.all_delivered());
        };
        // Bytes on the wire for one pass, from librdkafka's statistics.
        send();
        let settled = |pool: &ProducerPool| {
            let seen = pool.stats()[0].statistics_seen;
            let deadline = Instant::now() + Duration::from_secs(30);
            while pool.stats()[0].statistics_seen < seen + 2 {
                assert!(Instant::now() < deadline, "no statistics");
                rt.block_on(async { tokio::time::sleep(Duration::from_millis(5)).await });
            }
            pool.stats()[0].wire_bytes
        };
        let before = settled(&pool);
        send();
        let wire = settled(&pool) - before;
        eprintln!(
            "compression {:>6}: {raw} payload bytes -> {wire} bytes on the wire ({:.1}% of payload, {:.0} bytes/message)",
            codec.as_str(),
            wire as f64 * 100.0 / raw as f64,
            wire as f64 / M as f64,
        );
        g.bench_function(BenchmarkId::new(codec.as_str(), M), |b| b.iter(send));
        assert_eq!(rt.block_on(pool.close(Duration::from_secs(30))), 0);
    }
    g.finish();
}

/// Envelope encoding in MB/s, the serializer choice's number.
fn envelope(c: &mut Criterion) {
    let e = event(42);
    let json = e.to_json().expect("json");
    let as_value: EventEnvelope<serde_json::Value> =
        EventEnvelope::from_json(&json).expect("round trip");
    let mut g = c.benchmark_group("envelope");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function(BenchmarkId::new("encode-typed-to_json", json.len()), |b| {
        b.iter(|| black_box(&e).to_json().expect("json"));
    });
    let mut buf = Vec::with_capacity(1024);
    g.bench_function(
        BenchmarkId::new("encode-typed-reused-buffer", json.len()),
        |b| {
            b.iter(|| {
                buf.clear();
                black_box(&e).write_json(&mut buf).expect("json");
                black_box(buf.len())
            });
        },
    );
    g.bench_function(BenchmarkId::new("encode-value-to_json", json.len()), |b| {
        b.iter(|| black_box(&as_value).to_json().expect("json"));
    });
    g.bench_function(
        BenchmarkId::new("decode-value-from_json", json.len()),
        |b| {
            b.iter(|| {
                EventEnvelope::<serde_json::Value>::from_json(black_box(&json)).expect("json")
            });
        },
    );
    g.finish();
}

/// One scaling decision against a naive alternative that keeps the last 60
/// rate samples and averages them (O(window) per decision).
fn scaling(c: &mut Criterion) {
    let policy = ScalingPolicy::new(&ScalingConfig::default(), 1, 8);
    let mut g = c.benchmark_group("scaling_decision");
    let mut state = ScalingState::default();
    let mut i = 0_u64;
    g.bench_function(BenchmarkId::new("ewma-decide", 1), |b| {
        b.iter(|| {
            i = i.wrapping_add(7_919);
            let input = ScalingInput {
                producers: 2,
                messages: 100_000 + i % 50_000,
                interval_secs: 1.0,
                queue_depth: i % 1_000,
                internal_latency_us: i % 20_000,
            };
            black_box(policy.decide(&mut state, black_box(&input)))
        });
    });
    let mut window: VecDeque<f64> = VecDeque::with_capacity(60);
    g.bench_function(BenchmarkId::new("window-mean-60", 60), |b| {
        b.iter(|| {
            i = i.wrapping_add(7_919);
            if window.len() == 60 {
                window.pop_front();
            }
            window.push_back(100_000.0 + (i % 50_000) as f64);
            let mean = window.iter().sum::<f64>() / window.len() as f64;
            black_box(mean / 2.0 > 200_000.0)
        });
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default().configure_from_args()
}

criterion_group! {
    name = benches;
    config = config();
    targets = scaling, envelope, throughput, compression
}
criterion_main!(benches);
