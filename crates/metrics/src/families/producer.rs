//! kafka-pool producer families: messages by lane, delivery latency,
//! producer count, queue depth, scaling decisions.

use prometheus::{IntCounterVec, IntGaugeVec};

use crate::histogram::{HistogramVec, LATENCY_BUCKETS};
use crate::label::{NameSet, label_enum};
use crate::{Counter, Gauge, Histogram, LabelEnum, Registry, Result};

label_enum! {
    /// Which way the producer pool scaled.
    pub enum ScaleDirection {
        /// A producer was added.
        Up => "up",
        /// A producer was retired.
        Down => "down",
    }
}

/// The producer families, registered once per [`Metrics`](crate::Metrics).
#[derive(Debug)]
pub(crate) struct ProducerFamilies {
    pools: NameSet,
    lanes: NameSet,
    sent: IntCounterVec,
    delivered: IntCounterVec,
    failed: IntCounterVec,
    delivery: HistogramVec,
    producers: IntGaugeVec,
    queue_depth: IntGaugeVec,
    scaling: IntCounterVec,
}

impl ProducerFamilies {
    pub(crate) fn register(r: &Registry) -> Result<Self> {
        Ok(Self {
            pools: NameSet::new("producer pool"),
            lanes: NameSet::new("lane"),
            sent: r.counter_vec(
                "omnibase_producer_messages_sent_total",
                "Messages handed to a producer, by pool and lane.",
                &["pool", "lane"],
            )?,
            delivered: r.counter_vec(
                "omnibase_producer_messages_delivered_total",
                "Messages the broker acknowledged, by pool and lane.",
                &["pool", "lane"],
            )?,
            failed: r.counter_vec(
                "omnibase_producer_messages_failed_total",
                "Messages whose delivery failed for good, by pool and lane.",
                &["pool", "lane"],
            )?,
            delivery: r.histogram_vec(
                "omnibase_producer_delivery_duration_seconds",
                "Time from send to broker acknowledgement, by pool and lane.",
                &["pool", "lane"],
                LATENCY_BUCKETS,
            )?,
            producers: r.gauge_vec(
                "omnibase_producer_producers",
                "Producers currently in the pool.",
                &["pool"],
            )?,
            queue_depth: r.gauge_vec(
                "omnibase_producer_queue_depth",
                "Messages queued in the pool's producers, not yet acknowledged.",
                &["pool"],
            )?,
            scaling: r.counter_vec(
                "omnibase_producer_scaling_decisions_total",
                "Producer pool scaling decisions, by direction.",
                &["pool", "direction"],
            )?,
        })
    }

    pub(crate) fn pool(self: &std::sync::Arc<Self>, pool: &str) -> Result<ProducerPoolMetrics> {
        self.pools.admit(pool)?;
        Ok(ProducerPoolMetrics {
            families: std::sync::Arc::clone(self),
            producers: Gauge::new(self.producers.with_label_values(&[pool])),
            queue_depth: Gauge::new(self.queue_depth.with_label_values(&[pool])),
            scaling: ScaleDirection::ALL
                .iter()
                .map(|d| Counter::new(self.scaling.with_label_values(&[pool, d.as_str()])))
                .collect(),
            pool: pool.to_owned(),
        })
    }
}

/// Pre-resolved handles for one producer pool; from
/// [`Metrics::producer_pool`](crate::Metrics::producer_pool). Per-lane
/// handles come from [`lane`](Self::lane).
#[derive(Clone, Debug)]
pub struct ProducerPoolMetrics {
    families: std::sync::Arc<ProducerFamilies>,
    pool: String,
    producers: Gauge,
    queue_depth: Gauge,
    scaling: Box<[Counter]>,
}

impl ProducerPoolMetrics {
    /// Resolves the handles of one configured lane.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidLabelValue`](crate::Error::InvalidLabelValue) or
    /// [`Error::TooManyLabelValues`](crate::Error::TooManyLabelValues) for
    /// a name that is not a bounded configured name.
    pub fn lane(&self, lane: &str) -> Result<LaneMetrics> {
        let f = &self.families;
        f.lanes.admit(lane)?;
        let labels = [self.pool.as_str(), lane];
        Ok(LaneMetrics {
            sent: Counter::new(f.sent.with_label_values(&labels)),
            delivered: Counter::new(f.delivered.with_label_values(&labels)),
            failed: Counter::new(f.failed.with_label_values(&labels)),
            delivery: f.delivery.with_label_values(&labels)?,
        })
    }

    /// `omnibase_producer_producers`.
    #[must_use]
    pub fn producers(&self) -> &Gauge {
        &self.producers
    }

    /// `omnibase_producer_queue_depth`.
    #[must_use]
    pub fn queue_depth(&self) -> &Gauge {
        &self.queue_depth
    }

    /// `omnibase_producer_scaling_decisions_total{direction}`.
    #[must_use]
    pub fn scaling(&self, direction: ScaleDirection) -> &Counter {
        &self.scaling[direction.index()]
    }
}

/// Pre-resolved handles for one lane of a producer pool.
#[derive(Clone, Debug)]
pub struct LaneMetrics {
    sent: Counter,
    delivered: Counter,
    failed: Counter,
    delivery: Histogram,
}

impl LaneMetrics {
    /// `omnibase_producer_messages_sent_total`.
    #[must_use]
    pub fn sent(&self) -> &Counter {
        &self.sent
    }

    /// `omnibase_producer_messages_delivered_total`.
    #[must_use]
    pub fn delivered(&self) -> &Counter {
        &self.delivered
    }

    /// `omnibase_producer_messages_failed_total`.
    #[must_use]
    pub fn failed(&self) -> &Counter {
        &self.failed
    }

    /// `omnibase_producer_delivery_duration_seconds`.
    #[must_use]
    pub fn delivery(&self) -> &Histogram {
        &self.delivery
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_record_under_pool_and_lane() {
        let r = Registry::new();
        let f = std::sync::Arc::new(ProducerFamilies::register(&r).unwrap());
        let p = f.pool("events").unwrap();
        let lane = p.lane("priority").unwrap();
        lane.sent().inc();
        lane.delivery().observe(0.003);
        p.scaling(ScaleDirection::Up).inc();
        p.producers().set(2);
        let text = r.encode_text().unwrap();
        for line in [
            "omnibase_producer_messages_sent_total{lane=\"priority\",pool=\"events\"} 1",
            "omnibase_producer_delivery_duration_seconds_count{lane=\"priority\",pool=\"events\"} 1",
            "omnibase_producer_scaling_decisions_total{direction=\"up\",pool=\"events\"} 1",
            "omnibase_producer_producers{pool=\"events\"} 2",
        ] {
            assert!(text.contains(line), "{line} missing from\n{text}");
        }
        assert!(p.lane("").is_err());
    }
}
