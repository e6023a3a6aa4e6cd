//! pg-pool against raw deadpool-postgres on the real server that
//! `cargo xtask services up` starts: checkout + release, `SELECT 1`
//! throughput under concurrency, and bulk loading by COPY vs INSERT.
//!
//! Run: `cargo xtask services up && cargo bench -p omnibase-pg-pool --bench pool`.

use std::future::Future;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use omnibase_pg_pool::types::{ToSql, Type};
use omnibase_pg_pool::{PgPool, PgPoolConfig};
use tokio::runtime::Runtime;
use tokio_postgres::NoTls;

fn runtime(threads: usize) -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

fn raw_pool(method: RecyclingMethod, size: usize) -> Pool {
    let pg: tokio_postgres::Config = omnibase_testkit::postgres_url()
        .parse()
        .expect("a valid url");
    let manager = Manager::from_config(
        pg,
        NoTls,
        ManagerConfig {
            recycling_method: method,
        },
    );
    Pool::builder(manager)
        .max_size(size)
        .build()
        .expect("a deadpool pool")
}

async fn our_pool(size: usize) -> PgPool {
    PgPool::connect(PgPoolConfig {
        min_idle: size,
        max_size: size,
        bypass_window: Duration::from_secs(3600),
        ..PgPoolConfig::new(omnibase_testkit::postgres_url())
    })
    .await
    .expect("pg-pool connects")
}

/// One task's checkout + release, on a warm pool with an idle connection.
fn checkout(c: &mut Criterion) {
    // One thread: the figure is the pool's own bookkeeping, not wake-ups.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let mut group = c.benchmark_group("checkout_release");
    for (name, method) in [
        ("deadpool-fast", RecyclingMethod::Fast),
        ("deadpool-verified", RecyclingMethod::Verified),
    ] {
        let pool = raw_pool(method, 4);
        // Four idle connections, as pg-pool's min_idle opens: checkouts then
        // cycle through the same number of connections in both pools.
        rt.block_on(async {
            let held = futures::future::try_join_all((0..4).map(|_| pool.get())).await;
            drop(held.expect("four connections"));
        });
        group.bench_function(BenchmarkId::new(name, 1), |b| {
            b.iter(|| rt.block_on(async { drop(pool.get().await.expect("a connection")) }));
        });
    }
    let pool = rt.block_on(our_pool(4));
    group.bench_function(BenchmarkId::new("pg-pool", 1), |b| {
        b.iter(|| rt.block_on(async { drop(pool.acquire().await.expect("a connection")) }));
    });
    group.finish();
}

/// Runs `one` (one `SELECT 1` through some pool) `per_task` times in each of
/// `tasks` concurrent tasks, `iters` times over; returns the time taken.
fn concurrently<F, Fut>(rt: &Runtime, iters: u64, tasks: u64, per_task: u64, one: F) -> Duration
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    rt.block_on(async {
        let start = Instant::now();
        for _ in 0..iters {
            let handles: Vec<_> = (0..tasks)
                .map(|_| {
                    let one = one.clone();
                    tokio::spawn(async move {
                        for _ in 0..per_task {
                            one().await;
                        }
                    })
                })
                .collect();
            for handle in handles {
                handle.await.expect("task");
            }
        }
        start.elapsed()
    })
}

/// `SELECT 1` through the pool from `tasks` concurrent tasks.
fn select_one(c: &mut Criterion) {
    let rt = runtime(2);
    let mut group = c.benchmark_group("select1_throughput");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    const PER_TASK: u64 = 200;
    let size = 8;
    for tasks in [8_u64, 32] {
        group.throughput(Throughput::Elements(tasks * PER_TASK));
        let raw = raw_pool(RecyclingMethod::Fast, size);
        group.bench_function(BenchmarkId::new("deadpool-fast", tasks), |b| {
            b.iter_custom(|iters| {
                let pool = raw.clone();
                concurrently(&rt, iters, tasks, PER_TASK, move || {
                    let raw = pool.clone();
                    async move {
                        let client = raw.get().await.expect("a connection");
                        let stmt = client.prepare_cached("SELECT 1").await.expect("prepare");
                        client.query_one(&stmt, &[]).await.expect("select 1");
                    }
                })
            });
        });
        let ours = rt.block_on(our_pool(size));
        group.bench_function(BenchmarkId::new("pg-pool", tasks), |b| {
            b.iter_custom(|iters| {
                let pool = ours.clone();
                concurrently(&rt, iters, tasks, PER_TASK, move || {
                    let ours = pool.clone();
                    async move {
                        let mut conn = ours.acquire().await.expect("a connection");
                        conn.query_one("SELECT 1", &[]).await.expect("select 1");
                    }
                })
            });
        });
    }
    group.finish();
}

/// 10,000 rows by binary COPY vs by multi-row INSERTs of 1,000 rows.
fn bulk_load(c: &mut Criterion) {
    let rt = runtime(1);
    let pool = rt.block_on(our_pool(1));
    let table = omnibase_testkit::unique_name("bench_bulk");
    rt.block_on(pool.execute(
        &format!("CREATE UNLOGGED TABLE {table} (id int8, name text, amount float8)"),
        &[],
    ))
    .expect("create table");
    const ROWS: i64 = 10_000;
    const BATCH: usize = 1_000;
    let rows: Vec<(i64, String, f64)> = (0..ROWS)
        .map(|i| (i, format!("name-{i}"), i as f64))
        .collect();
    let mut group = c.benchmark_group("bulk_load");
    group
        .sample_size(10)
        .throughput(Throughput::Elements(ROWS as u64));
    group.bench_function(BenchmarkId::new("multi-row-insert", ROWS), |b| {
        let placeholders: String = (0..BATCH)
            .map(|r| format!("(${}, ${}, ${})", r * 3 + 1, r * 3 + 2, r * 3 + 3))
            .collect::<Vec<_>>()
            .join(", ");
        let insert = format!("INSERT INTO {table} (id, name, amount) VALUES {placeholders}");
        b.iter(|| {
            rt.block_on(async {
                let mut conn = pool.acquire().await.expect("a connection");
                conn.execute(&format!("TRUNCATE {table}"), &[])
                    .await
                    .expect("truncate");
                for chunk in rows.chunks(BATCH) {
                    let params: Vec<&(dyn ToSql + Sync)> = chunk
                        .iter()
                        .flat_map(|(id, name, amount)| [id as &(dyn ToSql + Sync), name, amount])
                        .collect();
                    conn.execute(&insert, &params).await.expect("insert");
                }
            })
        });
    });
    group.bench_function(BenchmarkId::new("pg-pool-copy", ROWS), |b| {
        let copy = format!("COPY {table} (id, name, amount) FROM STDIN (FORMAT binary)");
        b.iter(|| {
            rt.block_on(async {
                let mut conn = pool.acquire().await.expect("a connection");
                conn.execute(&format!("TRUNCATE {table}"), &[])
                    .await
                    .expect("truncate");
                conn.copy_in(
                    &copy,
                    &[Type::INT8, Type::TEXT, Type::FLOAT8],
                    rows.iter()
                        .map(|(id, name, amount)| [id as &(dyn ToSql + Sync), name, amount]),
                )
                .await
                .expect("copy")
            })
        });
    });
    group.finish();
    rt.block_on(pool.execute(&format!("DROP TABLE {table}"), &[]))
        .expect("drop table");
}

criterion_group!(benches, checkout, select_one, bulk_load);
criterion_main!(benches);
