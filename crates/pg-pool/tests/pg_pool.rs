//! pg-pool against the real PostgreSQL that `cargo xtask services up`
//! started (and, for restarts, a private cluster of the test's own).

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use omnibase_pg_pool::types::Type;
use omnibase_pg_pool::{Error, PgPool, PgPoolConfig};
use omnibase_sql_guard::{Mode, Policy};
use omnibase_testkit::{TempCluster, postgres_admin_url, postgres_url, unique_name};
use tokio_postgres::NoTls;

/// A bound on waits for the server to reflect something, so that a failure
/// fails the test instead of hanging it.
const LIMIT: Duration = Duration::from_secs(20);

/// A config on the shared test server, tagged with an `application_name` of
/// its own so that the test can find its sessions in `pg_stat_activity`.
fn config(app: &str) -> PgPoolConfig {
    PgPoolConfig {
        application_name: app.to_owned(),
        ..PgPoolConfig::new(postgres_url())
    }
}

/// A pool whose guard only monitors: for tests that run what the default
/// guard rightly blocks (`pg_sleep`, `pg_terminate_backend`).
async fn unguarded(config: PgPoolConfig) -> PgPool {
    let policy = Policy {
        mode: Mode::Monitor,
        ..Policy::default()
    };
    PgPool::builder(config)
        .guard(Arc::new(policy.build().unwrap()))
        .connect()
        .await
        .unwrap()
}

/// A superuser connection, for looking at and acting on other sessions.
async fn admin() -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(&postgres_admin_url(), NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
}

/// Sessions of `app` on the server, optionally only those in `state`.
async fn sessions(admin: &tokio_postgres::Client, app: &str, state: Option<&str>) -> i64 {
    admin
        .query_one(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 \
             AND ($2::text IS NULL OR state = $2)",
            &[&app, &state],
        )
        .await
        .unwrap()
        .get(0)
}

/// Polls until `app` has `want` sessions (in `state`), or fails the test.
async fn wait_for_sessions(
    admin: &tokio_postgres::Client,
    app: &str,
    state: Option<&str>,
    want: i64,
) {
    let deadline = tokio::time::Instant::now() + LIMIT;
    loop {
        let now = sessions(admin, app, state).await;
        if now == want {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{app}: {now} sessions, want {want}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn warm_up_opens_min_idle_and_bypass_window_skips_validation() {
    let app = unique_name("warmup");
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 3,
        bypass_window: Duration::from_secs(60),
        ..config(&app)
    })
    .await
    .unwrap();
    assert_eq!(pool.status().size, 3);
    wait_for_sessions(&admin().await, &app, None, 3).await;

    for _ in 0..5 {
        let row = pool.query("SELECT 1::int4", &[]).await.unwrap();
        assert_eq!(row[0].get::<_, i32>(0), 1);
    }
    let stats = pool.stats();
    assert_eq!(stats.validations, 0, "{stats:?}");
    assert!(stats.validations_bypassed >= 5, "{stats:?}");
    assert_eq!(pool.close(LIMIT).await, 0);
}

#[tokio::test]
async fn connections_idle_past_the_window_are_validated() {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 1,
        max_size: 1,
        bypass_window: Duration::ZERO,
        ..config(&unique_name("validate"))
    })
    .await
    .unwrap();
    for _ in 0..3 {
        pool.execute("SELECT 1", &[]).await.unwrap();
    }
    let stats = pool.stats();
    assert_eq!(stats.validations, 3, "{stats:?}");
    assert_eq!(stats.validations_bypassed, 0, "{stats:?}");
    assert_eq!(
        stats.created, 1,
        "one connection served every call: {stats:?}"
    );
}

#[tokio::test]
async fn exhaustion_reports_acquire_timeout_with_details() {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 0,
        max_size: 2,
        acquire_timeout: Duration::from_millis(200),
        ..config(&unique_name("exhaust"))
    })
    .await
    .unwrap();
    let held = (pool.acquire().await.unwrap(), pool.acquire().await.unwrap());
    match pool.acquire().await {
        Err(Error::AcquireTimeout {
            waited,
            size,
            in_use,
            ..
        }) => {
            assert_eq!((size, in_use), (2, 2));
            assert!(waited >= Duration::from_millis(200));
        }
        other => panic!("expected AcquireTimeout, got {other:?}"),
    }
    assert_eq!(pool.stats().acquire_timeouts, 1);
    drop(held);
    pool.acquire()
        .await
        .expect("a connection once one is returned");
}

#[tokio::test]
async fn too_many_waiters_are_refused_at_once() {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 1,
        max_size: 1,
        max_waiters: 2,
        acquire_timeout: Duration::from_secs(30),
        ..config(&unique_name("shed"))
    })
    .await
    .unwrap();
    let held = pool.acquire().await.unwrap();
    let waiters: Vec<_> = (0..2)
        .map(|_| {
            let pool = pool.clone();
            tokio::spawn(async move { pool.acquire().await.map(drop) })
        })
        .collect();
    while pool.status().waiting < 2 {
        tokio::task::yield_now().await;
    }
    match pool.acquire().await {
        Err(Error::Overloaded {
            waiting: 2,
            limit: 2,
        }) => {}
        other => panic!("expected Overloaded, got {other:?}"),
    }
    drop(held);
    for waiter in waiters {
        waiter
            .await
            .unwrap()
            .expect("waiters get served once the connection is back");
    }
    assert_eq!(pool.stats().overloaded, 1);
}

/// A one-connection pool whose connection the server has just terminated
/// (as an administrator or a failover would); returns the dead backend's pid.
async fn pool_with_terminated_backend(app: &str, bypass_window: Duration) -> (PgPool, i32) {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 1,
        max_size: 1,
        bypass_window,
        ..config(app)
    })
    .await
    .unwrap();
    let before: i32 = pool.query("SELECT pg_backend_pid()", &[]).await.unwrap()[0].get(0);
    let admin = admin().await;
    admin
        .execute("SELECT pg_terminate_backend($1)", &[&before])
        .await
        .unwrap();
    wait_for_sessions(&admin, app, None, 0).await;
    (pool, before)
}

#[tokio::test]
async fn terminated_backend_is_replaced() {
    // Inside the window no round trip is made; the pool must still notice
    // that the server closed the connection.
    let (pool, before) =
        pool_with_terminated_backend(&unique_name("terminate"), Duration::from_secs(600)).await;
    let after: i32 = pool.query("SELECT pg_backend_pid()", &[]).await.unwrap()[0].get(0);
    assert_ne!(before, after);
    let stats = pool.stats();
    assert_eq!(stats.closed_broken, 1, "{stats:?}");
    assert_eq!(stats.created, 2, "{stats:?}");
}

#[tokio::test]
async fn a_read_that_loses_its_connection_is_retried_once_and_a_write_never() {
    let pool = unguarded(PgPoolConfig {
        min_idle: 1,
        max_size: 1,
        ..config(&unique_name("retry"))
    })
    .await;
    // This read kills its own session mid-statement, every time.
    let suicide = "SELECT pg_terminate_backend(pg_backend_pid())";
    let err = pool.query(suicide, &[]).await.unwrap_err();
    assert_eq!(err.sqlstate(), Some("57P01"), "{err}");
    assert!(err.is_retryable());
    let stats = pool.stats();
    assert_eq!(stats.retries, 1, "retried once, not more: {stats:?}");
    assert_eq!(
        stats.closed_broken, 2,
        "both broken connections were closed: {stats:?}"
    );

    // `execute` is for writes: never retried.
    let _ = pool.execute(suicide, &[]).await.unwrap_err();
    assert_eq!(pool.stats().retries, 1);
    pool.query("SELECT 1", &[]).await.expect("the pool goes on");
}

#[tokio::test]
async fn terminated_backend_fails_validation_outside_the_window() {
    let (pool, before) =
        pool_with_terminated_backend(&unique_name("terminate_validate"), Duration::ZERO).await;
    let mut conn = pool
        .acquire()
        .await
        .expect("a healthy connection after the kill");
    let after: i32 = conn
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0);
    assert_ne!(before, after);
    assert_eq!(
        pool.stats().retries,
        0,
        "validation caught it; nothing to retry"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_concurrent_connection_cleanup() {
    let app = unique_name("cleanup");
    let pool = unguarded(PgPoolConfig {
        min_idle: 2,
        max_size: 10,
        acquire_timeout: Duration::from_secs(30),
        ..config(&app)
    })
    .await;
    let tasks: Vec<_> = (0..300_u32)
        .map(|i| {
            let pool = pool.clone();
            tokio::spawn(async move {
                let work = async {
                    let mut conn = pool.acquire().await?;
                    if i % 5 == 0 {
                        let mut tx = conn.transaction().await?;
                        tx.execute("SELECT pg_sleep(0.02)", &[]).await?;
                        tx.commit().await?;
                    } else {
                        conn.execute(
                            "SELECT pg_sleep(0.01 * $1::int4)",
                            &[&i32::try_from(i % 4).unwrap()],
                        )
                        .await?;
                    }
                    Ok::<_, Error>(())
                };
                match i % 3 {
                    // Gives up mid-statement, for sure: the statement would
                    // run for a minute, so only a cancel ends it in time.
                    0 => {
                        let mut conn = pool.acquire().await?;
                        let long = conn.execute("SELECT pg_sleep(60)", &[]);
                        let _ = tokio::time::timeout(Duration::from_millis(20), long).await;
                        Ok(())
                    }
                    // Gives up at some point: waiting to acquire, or mid-flight.
                    1 => {
                        let _ = tokio::time::timeout(Duration::from_millis(2), work).await;
                        Ok(())
                    }
                    _ => work.await,
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let admin = admin().await;
    // Abandoned statements were cancelled: nothing of ours is still running,
    // though the sleeps alone would run for a minute.
    wait_for_sessions(&admin, &app, Some("active"), 0).await;
    // Each one cost its connection, closed in the background once the
    // server let go of it.
    let deadline = tokio::time::Instant::now() + LIMIT;
    while pool.stats().closed_abandoned < 100 {
        assert!(tokio::time::Instant::now() < deadline, "{:?}", pool.stats());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(pool.close(LIMIT).await, 0, "every connection came back");
    wait_for_sessions(&admin, &app, None, 0).await;
}

#[tokio::test]
async fn query_timeout_cancels_the_statement_on_the_server() {
    let app = unique_name("timeout");
    let pool = unguarded(PgPoolConfig {
        query_timeout: Some(Duration::from_millis(300)),
        ..config(&app)
    })
    .await;
    match pool.execute("SELECT pg_sleep(60)", &[]).await {
        Err(e @ Error::QueryTimeout { .. }) => {
            assert!(e.is_retryable());
            assert!(e.to_string().contains("pg_sleep(60)"), "{e}");
        }
        other => panic!("expected QueryTimeout, got {other:?}"),
    }
    wait_for_sessions(&admin().await, &app, Some("active"), 0).await;
    pool.execute("SELECT 1", &[])
        .await
        .expect("the pool goes on");
}

#[tokio::test]
async fn server_errors_keep_their_sqlstate_and_the_connection() {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 1,
        max_size: 1,
        ..config(&unique_name("sqlstate"))
    })
    .await
    .unwrap();
    let table = unique_name("uniq");
    pool.execute(&format!("CREATE TABLE {table} (id int PRIMARY KEY)"), &[])
        .await
        .unwrap();
    pool.execute(&format!("INSERT INTO {table} VALUES (1)"), &[])
        .await
        .unwrap();
    let err = pool
        .execute(&format!("INSERT INTO {table} VALUES (1)"), &[])
        .await
        .unwrap_err();
    assert_eq!(err.sqlstate(), Some("23505"), "{err}");
    assert!(!err.is_retryable());
    let err = pool.execute("SELEC 1", &[]).await.unwrap_err();
    assert_eq!(err.sqlstate(), Some("42601"), "{err}");
    assert_eq!(
        pool.stats().created,
        1,
        "errors from the server do not cost the connection"
    );
    pool.execute(&format!("DROP TABLE {table}"), &[])
        .await
        .unwrap();
}

#[tokio::test]
async fn transactions_commit_and_roll_back() {
    let pool = PgPool::connect(config(&unique_name("tx"))).await.unwrap();
    let table = unique_name("tx");
    pool.execute(&format!("CREATE TABLE {table} (id int)"), &[])
        .await
        .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let mut tx = conn.transaction().await.unwrap();
    tx.execute(&format!("INSERT INTO {table} VALUES (1)"), &[])
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut tx = conn.transaction().await.unwrap();
    tx.execute(&format!("INSERT INTO {table} VALUES (2)"), &[])
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    {
        let mut tx = conn.transaction().await.unwrap();
        tx.execute(&format!("INSERT INTO {table} VALUES (3)"), &[])
            .await
            .unwrap();
        // Dropped without commit: rolled back.
    }
    let ids: Vec<i32> = conn
        .query(&format!("SELECT id FROM {table} ORDER BY id"), &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(ids, vec![1]);
    conn.execute(&format!("DROP TABLE {table}"), &[])
        .await
        .unwrap();
}

#[tokio::test]
async fn copy_of_100k_rows_arrives_intact() {
    let pool = PgPool::connect(config(&unique_name("copy"))).await.unwrap();
    let table = unique_name("copy");
    pool.execute(
        &format!("CREATE TABLE {table} (id int8, name text, amount float8)"),
        &[],
    )
    .await
    .unwrap();
    let rows: Vec<(i64, String, f64)> = (0..100_000_i64)
        .map(|i| (i, format!("name-{i}-ü"), i as f64 / 4.0))
        .collect();
    let mut conn = pool.acquire().await.unwrap();
    let written = conn
        .copy_in(
            &format!("COPY {table} (id, name, amount) FROM STDIN (FORMAT binary)"),
            &[Type::INT8, Type::TEXT, Type::FLOAT8],
            rows.iter().map(|(id, name, amount)| {
                [
                    id as &(dyn tokio_postgres::types::ToSql + Sync),
                    name,
                    amount,
                ]
            }),
        )
        .await
        .unwrap();
    assert_eq!(written, 100_000);
    let row = conn
        .query_one(
            &format!("SELECT count(*), sum(id)::int8, sum(amount) FROM {table}"),
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, i64>(0), 100_000);
    assert_eq!(row.get::<_, i64>(1), 4_999_950_000);
    assert_eq!(row.get::<_, f64>(2), rows.iter().map(|r| r.2).sum::<f64>());
    for id in [0_i64, 4_242, 99_999] {
        let back = conn
            .query_one(
                &format!("SELECT name, amount FROM {table} WHERE id = $1"),
                &[&id],
            )
            .await
            .unwrap();
        let expected = &rows[usize::try_from(id).unwrap()];
        assert_eq!(
            (back.get::<_, String>(0), back.get::<_, f64>(1)),
            (expected.1.clone(), expected.2)
        );
    }
    conn.execute(&format!("DROP TABLE {table}"), &[])
        .await
        .unwrap();
}

#[tokio::test]
async fn streaming_reads_every_row() {
    let pool = PgPool::connect(config(&unique_name("stream")))
        .await
        .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let mut total = 0_i64;
    let mut count = 0;
    {
        let rows = conn
            .query_stream("SELECT g::int8 FROM generate_series(1, 200000) g", &[])
            .await
            .unwrap();
        let mut rows = std::pin::pin!(rows);
        while let Some(row) = rows.next().await {
            total += row.unwrap().get::<_, i64>(0);
            count += 1;
        }
    }
    assert_eq!((count, total), (200_000, 200_000 * 200_001 / 2));
    // The connection is still good and goes back to the pool.
    conn.execute("SELECT 1", &[]).await.unwrap();
    drop(conn);
    assert_eq!(pool.stats().closed_abandoned, 0);
}

#[tokio::test]
async fn idle_and_expired_connections_are_reaped_down_to_min_idle() {
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 1,
        max_size: 4,
        max_lifetime: Duration::from_millis(400),
        lifetime_jitter: Duration::ZERO,
        reap_interval: Duration::from_millis(50),
        ..config(&unique_name("reap"))
    })
    .await
    .unwrap();
    let held: Vec<_> = futures::future::try_join_all((0..4).map(|_| pool.acquire()))
        .await
        .unwrap();
    drop(held);
    let deadline = tokio::time::Instant::now() + LIMIT;
    while pool.stats().closed_lifetime < 4 {
        assert!(tokio::time::Instant::now() < deadline, "{:?}", pool.stats());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The reaper keeps min_idle open: replacements were made.
    while pool.status().size < 1 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{:?}",
            pool.status()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(pool.stats().created >= 5, "{:?}", pool.stats());
}

#[tokio::test]
async fn the_pool_recovers_after_a_server_restart() {
    let cluster = TempCluster::start();
    let pool = PgPool::connect(PgPoolConfig {
        min_idle: 2,
        max_size: 4,
        bypass_window: Duration::ZERO,
        acquire_timeout: Duration::from_secs(2),
        connect_timeout: Duration::from_secs(1),
        ..PgPoolConfig::new(cluster.url())
    })
    .await
    .unwrap();
    pool.execute("SELECT 1", &[]).await.unwrap();

    cluster.stop_server();
    let err = pool.execute("SELECT 1", &[]).await.unwrap_err();
    assert!(err.is_retryable(), "a down server is worth retrying: {err}");

    cluster.start_server();
    let row = pool
        .query("SELECT 41 + 1", &[])
        .await
        .expect("the pool recovers");
    assert_eq!(row[0].get::<_, i32>(0), 42);
    let stats = pool.stats();
    assert!(stats.closed_broken >= 1, "{stats:?}");
}

#[tokio::test]
async fn unreachable_server_fails_fast_or_warms_in_background() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://nobody:secret@127.0.0.1:{port}/none");
    let err = PgPool::connect(PgPoolConfig::new(&url)).await.unwrap_err();
    assert!(matches!(err, Error::Connect { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&format!("127.0.0.1:{port}")),
        "{err}"
    );
    assert!(!format!("{err} {err:?}").contains("secret"), "{err:?}");

    let pool = PgPool::connect(PgPoolConfig {
        warmup: omnibase_pg_pool::Warmup::Background,
        ..PgPoolConfig::new(&url)
    })
    .await
    .expect("background warm-up starts without the server");
    assert!(pool.acquire().await.is_err());
}

#[tokio::test]
async fn metrics_record_what_the_pool_does() {
    let metrics = omnibase_metrics::Metrics::new().unwrap();
    let pool = PgPool::builder(PgPoolConfig {
        min_idle: 2,
        max_size: 2,
        acquire_timeout: Duration::from_millis(100),
        bypass_window: Duration::from_secs(600),
        reap_interval: Duration::from_millis(20),
        ..config(&unique_name("metrics"))
    })
    .metrics(metrics.pg_pool("primary").unwrap())
    .connect()
    .await
    .unwrap();
    for _ in 0..3 {
        pool.query("SELECT 1", &[]).await.unwrap();
    }
    pool.execute("SELEC 1", &[]).await.unwrap_err();
    let held = (pool.acquire().await.unwrap(), pool.acquire().await.unwrap());
    pool.acquire().await.unwrap_err();
    drop(held);

    let text = metrics.encode_text().unwrap();
    for line in [
        r#"omnibase_pg_connections_opened_total{pool="primary",reason="warmup"} 2"#,
        r#"omnibase_pg_query_duration_seconds_count{operation="select",pool="primary"} 3"#,
        r#"omnibase_pg_errors_total{class="42",pool="primary"} 1"#,
        r#"omnibase_pg_validations_total{pool="primary",result="bypassed"} 6"#,
        r#"omnibase_pg_acquire_failures_total{pool="primary",reason="timeout"} 1"#,
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    // The reaper publishes the top shapes: the `SELECT 1` shape shows up.
    let select_one = omnibase_sql_guard::Fingerprint::of("SELECT 1").to_string();
    let series = format!(r#"omnibase_pg_top_shape_calls{{pool="primary",shape="{select_one}"}} 3"#);
    let deadline = tokio::time::Instant::now() + LIMIT;
    while !metrics.encode_text().unwrap().contains(&series) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{series} never published"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_injected_statement_is_blocked_and_never_reaches_the_server() {
    let pool = PgPool::connect(config(&unique_name("guard")))
        .await
        .unwrap();
    let table = unique_name("guarded");
    pool.execute(&format!("CREATE TABLE {table} (name text)"), &[])
        .await
        .unwrap();
    let benign = format!("SELECT * FROM {table} WHERE name = 'O''Brien'");
    pool.query(&benign, &[])
        .await
        .expect("an escaped quote is fine");

    let injected = format!("SELECT * FROM {table} WHERE name = 'x' OR 'a'='a'");
    match pool.query(&injected, &[]).await {
        Err(e @ Error::Rejected { .. }) => {
            assert!(e.to_string().starts_with("sql rejected: "), "{e}");
            assert!(!e.is_retryable());
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
    let stacked = format!("SELECT 1 FROM {table}; DROP TABLE {table}");
    assert!(matches!(
        pool.execute(&stacked, &[]).await,
        Err(Error::Rejected { .. })
    ));

    // pg_stat_statements saw the benign statement and neither injection.
    let (stats, connection) = tokio_postgres::connect(&postgres_url(), NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let seen: Vec<String> = stats
        .query(
            "SELECT query FROM pg_stat_statements WHERE query LIKE '%' || $1 || '%'",
            &[&table],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(
        seen.iter().any(|q| q.contains("WHERE name = $1")),
        "{seen:?}"
    );
    assert!(
        !seen
            .iter()
            .any(|q| q.contains(" OR ") || q.contains("DROP")),
        "{seen:?}"
    );
    pool.execute(&format!("DROP TABLE {table}"), &[])
        .await
        .expect("a plain DROP is allowed");
}

#[tokio::test]
async fn statement_shapes_are_counted_by_fingerprint() {
    let pool = PgPool::connect(config(&unique_name("shapes")))
        .await
        .unwrap();
    for id in 0..20_i32 {
        // Literal variants of one shape, and the same shape with a parameter.
        pool.query(&format!("SELECT {id} AS id, 'x' AS name"), &[])
            .await
            .unwrap();
    }
    pool.query("select 7 as ID, 'y' as NAME", &[])
        .await
        .unwrap();
    pool.query("SELECT generate_series(1, 5)", &[])
        .await
        .unwrap();
    pool.query("SELECT 1 / 0", &[]).await.unwrap_err();
    let top = pool.top_shapes(10);
    let one = top
        .iter()
        .find(|s| s.calls == 21)
        .unwrap_or_else(|| panic!("{top:#?}"));
    assert_eq!(one.rows, 21);
    assert!(one.p50 <= one.p99 && one.p99 <= one.max, "{one:?}");
    let series = top
        .iter()
        .find(|s| s.normalized.contains("generate_series"))
        .unwrap();
    assert_eq!((series.calls, series.rows), (1, 5));
    let failing = top
        .iter()
        .find(|s| s.errors == 1)
        .unwrap_or_else(|| panic!("{top:#?}"));
    assert!(failing.normalized.contains('/'), "{failing:?}");
}
