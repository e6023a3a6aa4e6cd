//! The registry wrapper: registration helpers, `gather` and text encoding.

use prometheus::core::Collector;
use prometheus::proto::MetricFamily;
use prometheus::{IntCounterVec, IntGaugeVec, Opts};

use crate::histogram::HistogramVec;
use crate::{Error, Result};

/// One prometheus registry: every family of a process registers here and a
/// scrape gathers from here. Cloning is cheap; clones share the registry.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    inner: prometheus::Registry,
}

impl Registry {
    /// An empty registry.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Wraps an existing prometheus registry, e.g. one that already holds a
    /// service's own families.
    #[must_use]
    pub fn from_prometheus(inner: prometheus::Registry) -> Self {
        Self { inner }
    }

    /// The underlying prometheus registry, to register families of your own.
    #[must_use]
    pub fn as_prometheus(&self) -> &prometheus::Registry {
        &self.inner
    }

    /// Registers a collector under `family` (its name, for the error).
    ///
    /// # Errors
    ///
    /// [`Error::Prometheus`] when prometheus rejects it, e.g. a duplicate.
    pub fn register(&self, family: &str, collector: Box<dyn Collector>) -> Result<()> {
        self.inner
            .register(collector)
            .map_err(|source| Error::Prometheus {
                family: family.to_owned(),
                source,
            })
    }

    /// Every family's current samples, sorted by name.
    #[must_use]
    pub fn gather(&self) -> Vec<MetricFamily> {
        self.inner.gather()
    }

    /// The current samples in the Prometheus text exposition format
    /// (content type [`TEXT_CONTENT_TYPE`](crate::TEXT_CONTENT_TYPE)).
    ///
    /// # Errors
    ///
    /// [`Error::Encode`] when a gathered family cannot be encoded.
    pub fn encode_text(&self) -> Result<String> {
        prometheus::TextEncoder::new()
            .encode_to_string(&self.gather())
            .map_err(Error::Encode)
    }

    /// Registers a collector just made (or names the family that could not
    /// be made) and hands it back.
    fn registered<C: Collector + Clone + 'static>(
        &self,
        name: &str,
        made: prometheus::Result<C>,
    ) -> Result<C> {
        let collector = made.map_err(|source| Error::Prometheus {
            family: name.to_owned(),
            source,
        })?;
        self.register(name, Box::new(collector.clone()))?;
        Ok(collector)
    }

    pub(crate) fn counter_vec(
        &self,
        name: &str,
        help: &str,
        labels: &[&str],
    ) -> Result<IntCounterVec> {
        self.registered(name, IntCounterVec::new(Opts::new(name, help), labels))
    }

    pub(crate) fn counter(&self, name: &str, help: &str) -> Result<prometheus::IntCounter> {
        self.registered(name, prometheus::IntCounter::new(name, help))
    }

    pub(crate) fn gauge_vec(&self, name: &str, help: &str, labels: &[&str]) -> Result<IntGaugeVec> {
        self.registered(name, IntGaugeVec::new(Opts::new(name, help), labels))
    }

    pub(crate) fn float_gauge_vec(
        &self,
        name: &str,
        help: &str,
        labels: &[&str],
    ) -> Result<prometheus::GaugeVec> {
        self.registered(
            name,
            prometheus::GaugeVec::new(Opts::new(name, help), labels),
        )
    }

    pub(crate) fn float_gauge(&self, name: &str, help: &str) -> Result<prometheus::Gauge> {
        self.registered(name, prometheus::Gauge::new(name, help))
    }

    pub(crate) fn histogram_vec(
        &self,
        name: &str,
        help: &str,
        labels: &[&str],
        buckets: &[f64],
    ) -> Result<HistogramVec> {
        let vec = HistogramVec::new(name, help, labels, buckets)?;
        self.register(name, Box::new(vec.clone()))?;
        Ok(vec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_family_is_an_error_naming_it() {
        let r = Registry::new();
        r.counter_vec("x_total", "x", &["a"]).unwrap();
        let err = r.counter_vec("x_total", "x", &["a"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "metric family \"x_total\" rejected by prometheus"
        );
    }

    #[test]
    fn encodes_registered_families() {
        let r = Registry::new();
        r.counter_vec("x_total", "x", &["a"])
            .unwrap()
            .with_label_values(&["b"])
            .inc();
        r.histogram_vec("h_seconds", "h", &[], &[1.0])
            .unwrap()
            .with_label_values(&[])
            .unwrap()
            .observe(0.5);
        let text = r.encode_text().unwrap();
        assert!(text.contains("x_total{a=\"b\"} 1"), "{text}");
        assert!(text.contains("h_seconds_bucket{le=\"1\"} 1"), "{text}");
        assert!(text.contains("h_seconds_count 1"), "{text}");
    }
}
