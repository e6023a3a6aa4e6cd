//! event-bus relay families: outbox rows enqueued and relayed, relay lag,
//! relay batch size.

use crate::histogram::HistogramVec;
use crate::{Counter, FloatGauge, Histogram, Registry, Result};

/// Upper bounds for relay batch sizes, in rows.
pub const BATCH_ROWS_BUCKETS: &[f64] =
    &[1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0];

/// The relay families, registered once per [`Metrics`](crate::Metrics).
/// There is one outbox per database, so the families carry no label and
/// the handles are resolved at registration.
#[derive(Debug)]
pub(crate) struct RelayFamilies {
    handles: RelayMetrics,
}

impl RelayFamilies {
    pub(crate) fn register(r: &Registry) -> Result<Self> {
        let unlabelled_counter = |name: &str, help: &str| -> Result<Counter> {
            Ok(Counter::new(r.counter(name, help)?))
        };
        let batch: HistogramVec = r.histogram_vec(
            "omnibase_relay_batch_rows",
            "Outbox rows claimed per relay batch.",
            &[],
            BATCH_ROWS_BUCKETS,
        )?;
        Ok(Self {
            handles: RelayMetrics {
                enqueued: unlabelled_counter(
                    "omnibase_relay_rows_enqueued_total",
                    "Outbox rows written in the producing transaction.",
                )?,
                relayed: unlabelled_counter(
                    "omnibase_relay_rows_relayed_total",
                    "Outbox rows the broker acknowledged and the relay marked delivered.",
                )?,
                lag: FloatGauge::new(r.float_gauge(
                    "omnibase_relay_lag_seconds",
                    "Age of the oldest outbox row not yet relayed; 0 when the outbox is empty.",
                )?),
                batch_rows: batch.with_label_values(&[])?,
            },
        })
    }

    pub(crate) fn handles(&self) -> RelayMetrics {
        self.handles.clone()
    }
}

/// Pre-resolved handles for the outbox relay; from
/// [`Metrics::relay`](crate::Metrics::relay).
#[derive(Clone, Debug)]
pub struct RelayMetrics {
    enqueued: Counter,
    relayed: Counter,
    lag: FloatGauge,
    batch_rows: Histogram,
}

impl RelayMetrics {
    /// `omnibase_relay_rows_enqueued_total`.
    #[must_use]
    pub fn enqueued(&self) -> &Counter {
        &self.enqueued
    }

    /// `omnibase_relay_rows_relayed_total`.
    #[must_use]
    pub fn relayed(&self) -> &Counter {
        &self.relayed
    }

    /// `omnibase_relay_lag_seconds`.
    #[must_use]
    pub fn lag(&self) -> &FloatGauge {
        &self.lag
    }

    /// `omnibase_relay_batch_rows`.
    #[must_use]
    pub fn batch_rows(&self) -> &Histogram {
        &self.batch_rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_families_are_unlabelled() {
        let r = Registry::new();
        let m = RelayFamilies::register(&r).unwrap().handles();
        m.enqueued().inc_by(3);
        m.relayed().inc_by(2);
        m.lag().set(1.25);
        m.batch_rows().observe(2.0);
        let text = r.encode_text().unwrap();
        for line in [
            "omnibase_relay_rows_enqueued_total 3",
            "omnibase_relay_rows_relayed_total 2",
            "omnibase_relay_lag_seconds 1.25",
            "omnibase_relay_batch_rows_bucket{le=\"2\"} 1",
        ] {
            assert!(text.contains(line), "{line} missing from\n{text}");
        }
    }
}
