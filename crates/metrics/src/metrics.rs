//! `Metrics`: the registered families, and the entry point for handles.

use std::sync::Arc;

use crate::families::breaker::BreakerFamilies;
use crate::families::guard::GuardFamilies;
use crate::families::pg::PgFamilies;
use crate::families::producer::ProducerFamilies;
use crate::families::relay::RelayFamilies;
use crate::{
    BreakerMetrics, GuardMetrics, PgPoolMetrics, ProducerPoolMetrics, Registry, RelayMetrics,
    Result,
};

/// Every omnibase metric family, registered in one [`Registry`].
///
/// Create one per process at startup and hand clones to the crates that
/// record; each resolves its handles once (per pool, breaker, lane) and
/// keeps them. Cloning is cheap; clones share the families.
#[derive(Clone, Debug)]
pub struct Metrics {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    registry: Registry,
    pg: PgFamilies,
    breaker: BreakerFamilies,
    guard: GuardFamilies,
    producer: Arc<ProducerFamilies>,
    relay: RelayFamilies,
}

impl Metrics {
    /// Registers every family in a new, empty registry.
    ///
    /// # Errors
    ///
    /// Only if a family definition is broken, which the tests rule out.
    pub fn new() -> Result<Self> {
        Self::with_registry(Registry::new())
    }

    /// Registers every family in `registry`, which may already hold a
    /// service's own families.
    ///
    /// # Errors
    ///
    /// [`Error::Prometheus`](crate::Error::Prometheus) when `registry`
    /// already holds one of the `omnibase_*` families, e.g. because this is
    /// the second call with the same registry.
    pub fn with_registry(registry: Registry) -> Result<Self> {
        let inner = Inner {
            pg: PgFamilies::register(&registry)?,
            breaker: BreakerFamilies::register(&registry)?,
            guard: GuardFamilies::register(&registry)?,
            producer: Arc::new(ProducerFamilies::register(&registry)?),
            relay: RelayFamilies::register(&registry)?,
            registry,
        };
        Ok(Self {
            inner: Arc::new(inner),
        })
    }

    /// The registry the families live in.
    #[must_use]
    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    /// Shorthand for `self.registry().encode_text()`.
    ///
    /// # Errors
    ///
    /// See [`Registry::encode_text`].
    pub fn encode_text(&self) -> Result<String> {
        self.inner.registry.encode_text()
    }

    /// Handles for the PostgreSQL pool named `pool` (a configured name).
    /// Asking twice for the same name gives handles to the same series.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidLabelValue`](crate::Error::InvalidLabelValue) for a
    /// name outside `[A-Za-z0-9_.:-]{1,64}`,
    /// [`Error::TooManyLabelValues`](crate::Error::TooManyLabelValues) past
    /// [`MAX_NAMES_PER_LABEL`](crate::MAX_NAMES_PER_LABEL) pools.
    pub fn pg_pool(&self, pool: &str) -> Result<PgPoolMetrics> {
        self.inner.pg.pool(pool)
    }

    /// Handles for the circuit breaker named `name` (a configured name); its
    /// state gauge starts at closed.
    ///
    /// # Errors
    ///
    /// As for [`pg_pool`](Self::pg_pool).
    pub fn breaker(&self, name: &str) -> Result<BreakerMetrics> {
        self.inner.breaker.breaker(name)
    }

    /// Handles for sql-guard, with one findings counter per rule in
    /// `rules`, the guard's fixed rule set. Findings of other rules count
    /// under [`UNKNOWN_RULE`](crate::UNKNOWN_RULE).
    ///
    /// # Errors
    ///
    /// As for [`pg_pool`](Self::pg_pool), per rule name; `unknown` is
    /// reserved.
    pub fn guard(&self, rules: &[&'static str]) -> Result<GuardMetrics> {
        self.inner.guard.guard(rules)
    }

    /// Handles for the producer pool named `pool`; lanes resolve from it.
    ///
    /// # Errors
    ///
    /// As for [`pg_pool`](Self::pg_pool).
    pub fn producer_pool(&self, pool: &str) -> Result<ProducerPoolMetrics> {
        self.inner.producer.pool(pool)
    }

    /// Handles for the outbox relay.
    #[must_use]
    pub fn relay(&self) -> RelayMetrics {
        self.inner.relay.handles()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_registration_in_one_registry_fails() {
        let m = Metrics::new().unwrap();
        let err = Metrics::with_registry(m.registry().clone()).unwrap_err();
        assert!(
            err.to_string().starts_with("metric family \"omnibase_pg_"),
            "{err}"
        );
    }

    #[test]
    fn resolving_twice_shares_series() {
        let m = Metrics::new().unwrap();
        m.breaker("db")
            .unwrap()
            .calls(crate::CallOutcome::Success)
            .inc();
        assert_eq!(
            m.breaker("db")
                .unwrap()
                .calls(crate::CallOutcome::Success)
                .get(),
            1
        );
    }
}
