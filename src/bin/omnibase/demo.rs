//! `omnibase demo`: a real round trip through PostgreSQL and the broker,
//! printing what it did and how long each step took.
//!
//! PostgreSQL goes through omnibase-pg-pool (warm-up, guard, statement
//! cache, COPY, metrics, per-shape statistics); the broker, until
//! kafka-pool and the event bus land, through rdkafka directly. It grows
//! into the outbox demo later.

use std::error::Error;
use std::future::Future;
use std::time::{Duration, Instant};

use omnibase_infra::kafka_pool::{EventEnvelope, Message, PoolConfig, ProducerPool};
use omnibase_infra::metrics::Metrics;
use omnibase_infra::pg_pool::types::{ToSql, Type};
use omnibase_infra::pg_pool::{self, PgPool, PgPoolConfig};
use rdkafka::ClientConfig;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::{Headers, Message as _};

type BoxError = Box<dyn Error + Send + Sync>;

/// How long any one network step may take before the demo gives up.
const STEP_TIMEOUT: Duration = Duration::from_secs(60);

/// Options of `omnibase demo`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Rows to write to PostgreSQL and messages to send through the broker.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    count: u32,
    /// PostgreSQL URL.
    #[arg(long, env = "OMNIBASE__POSTGRES__URL", hide_env_values = true)]
    postgres_url: String,
    /// Broker bootstrap servers: comma-separated `host:port` pairs.
    #[arg(long, env = "OMNIBASE__KAFKA__BOOTSTRAP_SERVERS")]
    bootstrap_servers: String,
}

pub(crate) async fn run(args: Args) -> Result<(), BoxError> {
    let n = args.count;
    println!("omnibase demo: {n} rows through PostgreSQL, {n} events through the broker\n");
    let total = Instant::now();
    postgres_round_trip(&args.postgres_url, n).await?;
    broker_round_trip(&args.bootstrap_servers, n).await?;
    println!("\ndemo finished in {:.2}s", total.elapsed().as_secs_f64());
    Ok(())
}

/// Runs one named step under the step timeout and prints its duration with
/// the summary it returns.
async fn step<T>(
    name: &str,
    work: impl Future<Output = Result<(T, String), BoxError>>,
) -> Result<T, BoxError> {
    let start = Instant::now();
    let (value, summary) = tokio::time::timeout(STEP_TIMEOUT, work)
        .await
        .map_err(|_| format!("{name}: no answer within {}s", STEP_TIMEOUT.as_secs()))??;
    println!(
        "  {:>9.2} ms  {name}: {summary}",
        start.elapsed().as_secs_f64() * 1e3
    );
    Ok(value)
}

async fn postgres_round_trip(url: &str, n: u32) -> Result<(), BoxError> {
    println!("PostgreSQL, through omnibase-pg-pool (guarded, with metrics)");
    let metrics = Metrics::new()?;
    let pool = step("connect", async {
        let pool = PgPool::builder(PgPoolConfig {
            min_idle: 4,
            ..PgPoolConfig::new(url)
        })
        .metrics(metrics.pg_pool("demo")?)
        .connect()
        .await?;
        let version: String = pool.query("SHOW server_version", &[]).await?[0].get(0);
        let size = pool.status().size;
        Ok((
            pool,
            format!("server {version}, {size} connections warmed up"),
        ))
    })
    .await?;
    step("create table", async {
        pool.execute("DROP TABLE IF EXISTS omnibase_demo_orders", &[])
            .await?;
        pool.execute(
            "CREATE TABLE omnibase_demo_orders (
                 id bigint PRIMARY KEY,
                 customer text NOT NULL,
                 total_cents bigint NOT NULL,
                 placed_at timestamptz NOT NULL DEFAULT now())",
            &[],
        )
        .await?;
        Ok(((), "omnibase_demo_orders".to_owned()))
    })
    .await?;
    step("insert", async {
        let mut conn = pool.acquire().await?;
        let mut tx = conn.transaction().await?;
        for i in 0..i64::from(n) / 2 {
            tx.execute(
                "INSERT INTO omnibase_demo_orders (id, customer, total_cents) VALUES ($1, $2, $3)",
                &[&i, &customer(i), &(i * 100)],
            )
            .await?;
        }
        tx.commit().await?;
        Ok((
            (),
            format!("{} rows, one prepared INSERT in one transaction", n / 2),
        ))
    })
    .await?;
    step("bulk COPY", async {
        let rows: Vec<(i64, String, i64)> = (i64::from(n) / 2..i64::from(n))
            .map(|i| (i, customer(i), i * 100))
            .collect();
        let written = pool
            .acquire()
            .await?
            .copy_in(
                "COPY omnibase_demo_orders (id, customer, total_cents) FROM STDIN (FORMAT binary)",
                &[Type::INT8, Type::TEXT, Type::INT8],
                rows.iter()
                    .map(|(i, c, t)| [i as &(dyn ToSql + Sync), c, t]),
            )
            .await?;
        Ok(((), format!("{written} rows by binary COPY")))
    })
    .await?;
    step("read back", async {
        let row = &pool
            .query(
                "SELECT count(*), sum(total_cents)::bigint FROM omnibase_demo_orders",
                &[],
            )
            .await?[0];
        let (count, sum): (i64, i64) = (row.get(0), row.get(1));
        let expected: i64 = (0..i64::from(n)).map(|i| i * 100).sum();
        if count != i64::from(n) || sum != expected {
            return Err(format!(
                "read back {count} rows summing to {sum}, wrote {n} summing to {expected}"
            )
            .into());
        }
        Ok(((), format!("{count} rows, totals match")))
    })
    .await?;
    step("injection attempt", async {
        let attack = "SELECT * FROM omnibase_demo_orders WHERE customer = 'x' OR '1'='1'";
        match pool.query(attack, &[]).await {
            Err(e @ pg_pool::Error::Rejected { .. }) => {
                Ok(((), format!("blocked before sending: {e}")))
            }
            Ok(_) => Err("an injected statement reached the server".into()),
            Err(e) => Err(e.into()),
        }
    })
    .await?;
    let stats = pool.stats();
    println!(
        "  pool: {} opened, {} checkouts without a round trip, {} validated",
        stats.created, stats.validations_bypassed, stats.validations
    );
    for shape in pool.top_shapes(3) {
        println!(
            "  shape {}: {} calls, p50 {:?}, p99 {:?}: {}",
            shape.fingerprint,
            shape.calls,
            shape.p50,
            shape.p99,
            excerpt(&shape.normalized)
        );
    }
    let exposition = metrics.encode_text()?;
    let series = exposition
        .lines()
        .filter(|l| l.starts_with("omnibase_pg_"))
        .count();
    println!("  metrics: {series} omnibase_pg_* series ready for a /metrics scrape");
    pool.close(STEP_TIMEOUT).await;
    Ok(())
}

fn excerpt(text: &str) -> String {
    let short: String = text.chars().take(70).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

async fn broker_round_trip(bootstrap: &str, n: u32) -> Result<(), BoxError> {
    println!("\nbroker at {bootstrap}");
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis();
    let topic = format!("omnibase.demo.orders.{stamp}");
    step("create topic", async {
        let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .create()?;
        let results = admin
            .create_topics(
                &[NewTopic::new(&topic, 3, TopicReplication::Fixed(1))],
                &AdminOptions::new(),
            )
            .await?;
        for result in results {
            result.map_err(|(name, code)| format!("cannot create topic {name}: {code}"))?;
        }
        Ok(((), format!("{topic} (3 partitions)")))
    })
    .await?;
    step("produce", async {
        let pool = ProducerPool::builder(PoolConfig {
            bootstrap_servers: bootstrap.to_owned(),
            ..PoolConfig::default()
        })
        .build()?;
        // A bad topic name is refused before anything is queued.
        let refused = pool.send(Message::new("orders placed").payload("{}")).await;
        let Err(refusal) = refused else {
            return Err("an invalid topic name was accepted".into());
        };
        let keys: Vec<String> = (0..i64::from(n)).map(customer).collect();
        let payloads = (0..i64::from(n))
            .map(|i| {
                let data = serde_json::json!({ "order_id": i, "total_cents": i * 100 });
                EventEnvelope::new("/omnibase/demo", "order.placed", data)
                    .with_partition_key(customer(i))
                    .to_json()
            })
            .collect::<Result<Vec<_>, _>>()?;
        let batch = keys
            .iter()
            .zip(&payloads)
            .map(|(key, payload)| {
                Message::new(&topic)
                    .key(key)
                    .payload(payload)
                    .header("event-type", "order.placed")
            })
            .collect();
        let report = pool.send_batch(batch).await?;
        if !report.all_delivered() {
            return Err(format!(
                "{} of {n} messages were not delivered",
                n as usize - report.delivered
            )
            .into());
        }
        let undelivered = pool.close(STEP_TIMEOUT).await;
        Ok((
            (),
            format!(
                "{} CloudEvents acknowledged in one batch through omnibase-kafka-pool \
                 (breaker-protected, idempotent), {undelivered} undelivered at close; \
                 refused first: {refusal}",
                report.delivered
            ),
        ))
    })
    .await?;
    step("consume", async {
        let consumer: StreamConsumer = ClientConfig::new()
            .set("bootstrap.servers", bootstrap)
            .set("group.id", format!("omnibase-demo-{stamp}"))
            .set("auto.offset.reset", "earliest")
            .set("enable.auto.commit", "false")
            .create()?;
        consumer.subscribe(&[&topic])?;
        let mut seen = vec![false; usize::try_from(n)?];
        let mut received = 0;
        while received < n {
            let message = consumer.recv().await?;
            let payload = message
                .payload_view::<str>()
                .transpose()?
                .unwrap_or_default();
            let id: i64 = payload
                .split_once("\"order_id\":")
                .and_then(|(_, rest)| rest.split(',').next()?.parse().ok())
                .ok_or_else(|| format!("unexpected payload {payload:?}"))?;
            let key = message
                .key()
                .map(String::from_utf8_lossy)
                .unwrap_or_default();
            let header = message
                .headers()
                .and_then(|h| h.iter().next())
                .and_then(|h| h.value);
            if key != customer(id) || header != Some(b"order.placed".as_slice()) {
                return Err(format!("message {id} came back changed: key {key:?}").into());
            }
            let slot = usize::try_from(id)
                .ok()
                .and_then(|i| seen.get_mut(i))
                .ok_or_else(|| format!("order id {id} out of range"))?;
            if !std::mem::replace(slot, true) {
                received += 1;
            }
        }
        Ok((
            (),
            format!("{received} messages back, keys, headers and payloads intact"),
        ))
    })
    .await?;
    Ok(())
}

fn customer(i: i64) -> String {
    format!("customer-{}", i % 97)
}
