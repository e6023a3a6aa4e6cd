//! pg-pool families: connection lifecycle, pool occupancy, acquire wait,
//! query latency by operation type, errors by SQLSTATE class, validations.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use prometheus::{GaugeVec, IntCounterVec, IntGaugeVec};

use crate::histogram::{HistogramVec, LATENCY_BUCKETS};
use crate::label::{NameSet, label_enum};
use crate::{Counter, Gauge, Histogram, LabelEnum, Registry, Result};

label_enum! {
    /// Why a connection was opened.
    pub enum OpenReason {
        /// Filling the pool up to its minimum at startup.
        Warmup => "warmup",
        /// An acquire found no idle connection.
        Demand => "demand",
        /// Replacing a connection that was closed.
        Replacement => "replacement",
    }
}

label_enum! {
    /// Why a connection was closed; the same values as pg-pool's
    /// `CloseReason::as_str`.
    pub enum CloseReason {
        /// It outlived the pool's maximum lifetime.
        Lifetime => "lifetime",
        /// It sat idle beyond the idle timeout.
        Idle => "idle",
        /// The server or the socket broke it, or a health validation failed.
        Broken => "broken",
        /// A call on it was abandoned or timed out mid-flight, so it was
        /// cancelled and closed rather than reused.
        Abandoned => "abandoned",
        /// The pool was closed.
        PoolClosed => "pool_closed",
    }
}

label_enum! {
    /// Why an acquire gave up without a connection.
    pub enum AcquireFailure {
        /// No connection came free within the acquire timeout.
        Timeout => "timeout",
        /// The pool shed the request: too many waiters already.
        Overloaded => "overloaded",
    }
}

label_enum! {
    /// The operation type of a statement, from its leading keyword.
    pub enum Operation {
        /// `SELECT`, `WITH … SELECT`, `VALUES`, `TABLE`, `SHOW`.
        Select => "select",
        /// `INSERT`, `COPY … FROM`.
        Insert => "insert",
        /// `UPDATE`, `MERGE`.
        Update => "update",
        /// `DELETE`, `TRUNCATE`.
        Delete => "delete",
        /// `CREATE`, `ALTER`, `DROP`, `COMMENT`, `GRANT`, `REVOKE`.
        Ddl => "ddl",
        /// Anything else: transaction control, `SET`, `CALL`, …
        Other => "other",
    }
}

impl Operation {
    /// Classifies a statement by its first keyword, case-insensitively,
    /// skipping leading whitespace, comments and parentheses. A `WITH` query
    /// counts as `select` only when no data-modifying keyword (`insert`,
    /// `update`, `delete`, `merge`) appears in it, else as `other`: that errs
    /// away from "read-only", which pg-pool relies on to decide what is safe
    /// to retry.
    #[must_use]
    pub fn classify(sql: &str) -> Self {
        let rest = skip_noise(sql);
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let is = |k: &str| word.eq_ignore_ascii_case(k);
        if is("with") {
            let writes = rest
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|t| {
                    ["insert", "update", "delete", "merge"]
                        .iter()
                        .any(|w| t.eq_ignore_ascii_case(w))
                });
            if writes { Self::Other } else { Self::Select }
        } else if is("select") || is("values") || is("table") || is("show") || is("explain") {
            Self::Select
        } else if is("insert") || is("copy") {
            Self::Insert
        } else if is("update") || is("merge") {
            Self::Update
        } else if is("delete") || is("truncate") {
            Self::Delete
        } else if is("create")
            || is("alter")
            || is("drop")
            || is("comment")
            || is("grant")
            || is("revoke")
        {
            Self::Ddl
        } else {
            Self::Other
        }
    }

    /// Whether a statement of this kind only reads, so that running it
    /// twice is harmless.
    #[must_use]
    pub fn is_read_only(self) -> bool {
        self == Self::Select
    }
}

/// `sql` without leading white space, `--` and `/* */` comments and `(`.
fn skip_noise(mut sql: &str) -> &str {
    loop {
        let trimmed = sql.trim_start_matches(|c: char| c.is_whitespace() || c == '(');
        if let Some(rest) = trimmed.strip_prefix("--") {
            sql = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            sql = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return trimmed;
        }
    }
}

label_enum! {
    /// What happened to a pooled connection's health check at checkout.
    pub enum Validation {
        /// Validated, healthy.
        Passed => "passed",
        /// Validated, broken: the connection is discarded.
        Failed => "failed",
        /// Skipped: the connection was idle for less than the bypass window.
        Bypassed => "bypassed",
    }
}

/// The SQLSTATE classes PostgreSQL documents (Appendix A), plus `other`
/// for an unknown class and `none` for a client-side error that carries no
/// SQLSTATE (I/O, timeout, pool closed).
const SQLSTATE_CLASSES: &[&str] = &[
    "00", "01", "02", "03", "08", "09", "0A", "0B", "0F", "0L", "0P", "0Z", "20", "21", "22", "23",
    "24", "25", "26", "27", "28", "2B", "2D", "2F", "34", "38", "39", "3B", "3D", "3F", "40", "42",
    "44", "53", "54", "55", "57", "58", "72", "F0", "HV", "P0", "XX", "other", "none",
];

/// The class of an error, as the `class` label of
/// `omnibase_pg_errors_total`: one of PostgreSQL's documented SQLSTATE
/// classes (the code's first two characters), `other` or `none`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SqlStateClass(&'static str);

impl SqlStateClass {
    /// An error without a SQLSTATE: client-side, I/O or timeout.
    pub const NONE: Self = Self("none");

    /// The class of a five-character SQLSTATE such as `23505`; codes of an
    /// undocumented class map to `other`.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        let class = code.get(..2).unwrap_or("");
        let known = SQLSTATE_CLASSES[..SQLSTATE_CLASSES.len() - 2]
            .iter()
            .find(|c| c.eq_ignore_ascii_case(class));
        Self(known.copied().unwrap_or("other"))
    }

    /// The label value.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// The pg-pool families, registered once per [`Metrics`](crate::Metrics).
#[derive(Debug)]
pub(crate) struct PgFamilies {
    pools: NameSet,
    opened: IntCounterVec,
    closed: IntCounterVec,
    in_use: IntGaugeVec,
    idle: IntGaugeVec,
    waiting: IntGaugeVec,
    acquire_wait: HistogramVec,
    query: HistogramVec,
    errors: IntCounterVec,
    validations: IntCounterVec,
    acquire_failures: IntCounterVec,
    retries: IntCounterVec,
    shape_calls: IntGaugeVec,
    shape_seconds: GaugeVec,
    shape_p99: GaugeVec,
}

impl PgFamilies {
    pub(crate) fn register(r: &Registry) -> Result<Self> {
        Ok(Self {
            pools: NameSet::new("pool"),
            opened: r.counter_vec(
                "omnibase_pg_connections_opened_total",
                "PostgreSQL connections opened, by pool and reason.",
                &["pool", "reason"],
            )?,
            closed: r.counter_vec(
                "omnibase_pg_connections_closed_total",
                "PostgreSQL connections closed, by pool and reason.",
                &["pool", "reason"],
            )?,
            in_use: r.gauge_vec(
                "omnibase_pg_connections_in_use",
                "PostgreSQL connections checked out of the pool.",
                &["pool"],
            )?,
            idle: r.gauge_vec(
                "omnibase_pg_connections_idle",
                "PostgreSQL connections idle in the pool.",
                &["pool"],
            )?,
            waiting: r.gauge_vec(
                "omnibase_pg_acquire_waiting",
                "Tasks waiting to acquire a PostgreSQL connection.",
                &["pool"],
            )?,
            acquire_wait: r.histogram_vec(
                "omnibase_pg_acquire_wait_seconds",
                "Time from asking the pool for a connection to getting one.",
                &["pool"],
                LATENCY_BUCKETS,
            )?,
            query: r.histogram_vec(
                "omnibase_pg_query_duration_seconds",
                "PostgreSQL statement latency, by pool and operation type.",
                &["pool", "operation"],
                LATENCY_BUCKETS,
            )?,
            errors: r.counter_vec(
                "omnibase_pg_errors_total",
                "PostgreSQL errors, by pool and SQLSTATE class (none: client-side).",
                &["pool", "class"],
            )?,
            validations: r.counter_vec(
                "omnibase_pg_validations_total",
                "Connection health validations at checkout, by pool and result.",
                &["pool", "result"],
            )?,
            acquire_failures: r.counter_vec(
                "omnibase_pg_acquire_failures_total",
                "Acquires that gave up without a connection, by pool and reason.",
                &["pool", "reason"],
            )?,
            retries: r.counter_vec(
                "omnibase_pg_retries_total",
                "Statements retried after a retryable error.",
                &["pool"],
            )?,
            shape_calls: r.gauge_vec(
                "omnibase_pg_top_shape_calls",
                "Calls of the statement shapes that took the most time (top N per pool).",
                &["pool", "shape"],
            )?,
            shape_seconds: r.float_gauge_vec(
                "omnibase_pg_top_shape_seconds",
                "Time spent in the statement shapes that took the most time (top N per pool).",
                &["pool", "shape"],
            )?,
            shape_p99: r.float_gauge_vec(
                "omnibase_pg_top_shape_p99_seconds",
                "99th-percentile latency of the top statement shapes (top N per pool).",
                &["pool", "shape"],
            )?,
        })
    }

    pub(crate) fn pool(&self, pool: &str) -> Result<PgPoolMetrics> {
        self.pools.admit(pool)?;
        let per =
            |vec: &IntCounterVec, value: &str| Counter::new(vec.with_label_values(&[pool, value]));
        let query = Operation::ALL
            .iter()
            .map(|op| self.query.with_label_values(&[pool, op.as_str()]))
            .collect::<Result<_>>()?;
        Ok(PgPoolMetrics {
            opened: OpenReason::ALL
                .iter()
                .map(|r| per(&self.opened, r.as_str()))
                .collect(),
            closed: CloseReason::ALL
                .iter()
                .map(|r| per(&self.closed, r.as_str()))
                .collect(),
            in_use: Gauge::new(self.in_use.with_label_values(&[pool])),
            idle: Gauge::new(self.idle.with_label_values(&[pool])),
            waiting: Gauge::new(self.waiting.with_label_values(&[pool])),
            acquire_wait: self.acquire_wait.with_label_values(&[pool])?,
            query,
            validations: Validation::ALL
                .iter()
                .map(|v| per(&self.validations, v.as_str()))
                .collect(),
            acquire_failures: AcquireFailure::ALL
                .iter()
                .map(|f| per(&self.acquire_failures, f.as_str()))
                .collect(),
            retries: Counter::new(self.retries.with_label_values(&[pool])),
            shapes: TopShapes {
                calls: self.shape_calls.clone(),
                seconds: self.shape_seconds.clone(),
                p99: self.shape_p99.clone(),
                shown: Arc::default(),
            },
            errors: self.errors.clone(),
            pool: pool.to_owned(),
        })
    }
}

/// Pre-resolved handles for one PostgreSQL pool; from
/// [`Metrics::pg_pool`](crate::Metrics::pg_pool).
///
/// Every series is labelled `pool="<name>"`. Cloning is cheap.
#[derive(Clone, Debug)]
pub struct PgPoolMetrics {
    pool: String,
    opened: Box<[Counter]>,
    closed: Box<[Counter]>,
    in_use: Gauge,
    idle: Gauge,
    waiting: Gauge,
    acquire_wait: Histogram,
    query: Box<[Histogram]>,
    validations: Box<[Counter]>,
    acquire_failures: Box<[Counter]>,
    retries: Counter,
    errors: IntCounterVec,
    shapes: TopShapes,
}

/// The top-shape families of one pool, and which shapes they show now.
#[derive(Clone, Debug)]
struct TopShapes {
    calls: IntGaugeVec,
    seconds: GaugeVec,
    p99: GaugeVec,
    shown: Arc<Mutex<Vec<String>>>,
}

/// Most shapes one pool exports: the label's cardinality bound.
pub const MAX_TOP_SHAPES: usize = 10;

/// One statement shape as exported by
/// [`PgPoolMetrics::set_top_shapes`].
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeSample {
    /// The shape's fingerprint, 16 hex digits: the `shape` label.
    pub fingerprint: String,
    /// Calls so far.
    pub calls: u64,
    /// Time spent so far.
    pub total: Duration,
    /// 99th-percentile latency.
    pub p99: Duration,
}

impl PgPoolMetrics {
    /// `omnibase_pg_connections_opened_total{reason}`.
    #[must_use]
    pub fn opened(&self, reason: OpenReason) -> &Counter {
        &self.opened[reason.index()]
    }

    /// `omnibase_pg_connections_closed_total{reason}`.
    #[must_use]
    pub fn closed(&self, reason: CloseReason) -> &Counter {
        &self.closed[reason.index()]
    }

    /// `omnibase_pg_connections_in_use`.
    #[must_use]
    pub fn in_use(&self) -> &Gauge {
        &self.in_use
    }

    /// `omnibase_pg_connections_idle`.
    #[must_use]
    pub fn idle(&self) -> &Gauge {
        &self.idle
    }

    /// `omnibase_pg_acquire_waiting`.
    #[must_use]
    pub fn waiting(&self) -> &Gauge {
        &self.waiting
    }

    /// `omnibase_pg_acquire_wait_seconds`.
    #[must_use]
    pub fn acquire_wait(&self) -> &Histogram {
        &self.acquire_wait
    }

    /// `omnibase_pg_query_duration_seconds{operation}`.
    #[must_use]
    pub fn query(&self, operation: Operation) -> &Histogram {
        &self.query[operation.index()]
    }

    /// `omnibase_pg_validations_total{result}`.
    #[must_use]
    pub fn validation(&self, result: Validation) -> &Counter {
        &self.validations[result.index()]
    }

    /// `omnibase_pg_acquire_failures_total{reason}`.
    #[must_use]
    pub fn acquire_failure(&self, reason: AcquireFailure) -> &Counter {
        &self.acquire_failures[reason.index()]
    }

    /// `omnibase_pg_retries_total`.
    #[must_use]
    pub fn retries(&self) -> &Counter {
        &self.retries
    }

    /// Replaces the exported top shapes with `top` (at most
    /// [`MAX_TOP_SHAPES`] are taken): shapes that dropped out are removed,
    /// so the `shape` label never holds more than that many values per
    /// pool. A fingerprint that is not 16 hex digits is skipped.
    pub fn set_top_shapes(&self, top: &[ShapeSample]) {
        let Ok(mut shown) = self.shapes.shown.lock() else {
            return;
        };
        let next: Vec<&ShapeSample> = top
            .iter()
            .filter(|s| {
                s.fingerprint.len() == 16 && s.fingerprint.bytes().all(|b| b.is_ascii_hexdigit())
            })
            .take(MAX_TOP_SHAPES)
            .collect();
        for old in shown.iter() {
            if !next.iter().any(|s| &s.fingerprint == old) {
                let labels = [self.pool.as_str(), old.as_str()];
                let _ = self.shapes.calls.remove_label_values(&labels);
                let _ = self.shapes.seconds.remove_label_values(&labels);
                let _ = self.shapes.p99.remove_label_values(&labels);
            }
        }
        for s in &next {
            let labels = [self.pool.as_str(), s.fingerprint.as_str()];
            self.shapes
                .calls
                .with_label_values(&labels)
                .set(i64::try_from(s.calls).unwrap_or(i64::MAX));
            self.shapes
                .seconds
                .with_label_values(&labels)
                .set(s.total.as_secs_f64());
            self.shapes
                .p99
                .with_label_values(&labels)
                .set(s.p99.as_secs_f64());
        }
        *shown = next.into_iter().map(|s| s.fingerprint.clone()).collect();
    }

    /// Counts one error in `omnibase_pg_errors_total{class}`.
    ///
    /// Resolved per call (a map lookup, ~15 ns): errors are off the hot
    /// path, and pre-resolving 45 classes per pool would export 45 zero
    /// series that nobody reads.
    pub fn error(&self, class: SqlStateClass) {
        self.errors
            .with_label_values(&[self.pool.as_str(), class.as_str()])
            .inc();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(sql: &str, expected: Operation) {
        assert_eq!(Operation::classify(sql), expected, "{sql}");
    }

    #[test]
    fn classify() {
        check("SELECT 1", Operation::Select);
        check("  (select 1)", Operation::Select);
        check("with x as (select 1) select * from x", Operation::Select);
        check(
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            Operation::Other,
        );
        check(
            "  -- note\n /* c */ (select 1) union (select 2)",
            Operation::Select,
        );
        check("/* unterminated", Operation::Other);
        check("COPY t FROM STDIN BINARY", Operation::Insert);
        check("TRUNCATE t", Operation::Delete);
        check("insert into t values (1)", Operation::Insert);
        check("UPDATE t SET a = 1", Operation::Update);
        check("delete from t", Operation::Delete);
        check("CREATE TABLE t (a int)", Operation::Ddl);
        check("begin", Operation::Other);
        check("", Operation::Other);
        check("sélect", Operation::Other);
    }

    #[track_caller]
    fn check_class(code: &str, expected: &str) {
        assert_eq!(SqlStateClass::from_code(code).as_str(), expected, "{code}");
    }

    #[test]
    fn sqlstate_classes() {
        check_class("23505", "23");
        check_class("0a000", "0A");
        check_class("XX000", "XX");
        check_class("ZZ999", "other");
        check_class("", "other");
        check_class("é", "other");
        check_class("none1", "other");
        assert_eq!(SqlStateClass::NONE.as_str(), "none");
    }

    #[test]
    fn handles_record_under_their_labels() {
        let r = Registry::new();
        let f = PgFamilies::register(&r).unwrap();
        let p = f.pool("primary").unwrap();
        p.opened(OpenReason::Demand).inc();
        p.query(Operation::Delete).observe(0.002);
        p.error(SqlStateClass::from_code("40001"));
        let text = r.encode_text().unwrap();
        assert!(
            text.contains(
                "omnibase_pg_connections_opened_total{pool=\"primary\",reason=\"demand\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "omnibase_pg_query_duration_seconds_count{operation=\"delete\",pool=\"primary\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains("omnibase_pg_errors_total{class=\"40\",pool=\"primary\"} 1"),
            "{text}"
        );
        assert!(f.pool("a b").is_err());
    }

    #[test]
    fn top_shapes_are_bounded_and_replaced() {
        let metrics = crate::Metrics::new().unwrap();
        let pool = metrics.pg_pool("p").unwrap();
        let sample = |i: u64| ShapeSample {
            fingerprint: format!("{i:016x}"),
            calls: i,
            total: Duration::from_millis(i),
            p99: Duration::from_micros(i),
        };
        let first: Vec<_> = (0..15).map(sample).collect();
        pool.set_top_shapes(&first);
        let text = metrics.encode_text().unwrap();
        let shown = |text: &str| {
            text.lines()
                .filter(|l| l.starts_with("omnibase_pg_top_shape_calls{"))
                .count()
        };
        assert_eq!(shown(&text), MAX_TOP_SHAPES);
        pool.set_top_shapes(&[
            sample(99),
            ShapeSample {
                fingerprint: "not hex".into(),
                ..sample(1)
            },
        ]);
        let text = metrics.encode_text().unwrap();
        assert_eq!(shown(&text), 1, "{text}");
        assert!(
            text.contains(r#"omnibase_pg_top_shape_calls{pool="p",shape="0000000000000063"} 99"#),
            "{text}"
        );
    }
}
