//! Pre-resolved counter and gauge handles: one atomic per call, no lookup.

/// A monotonically increasing integer series with its labels already
/// resolved. Cloning is cheap and every clone records into the same series.
#[derive(Clone, Debug)]
pub struct Counter(prometheus::IntCounter);

impl Counter {
    pub(crate) fn new(inner: prometheus::IntCounter) -> Self {
        Self(inner)
    }

    /// Adds one.
    #[inline]
    pub fn inc(&self) {
        self.0.inc();
    }

    /// Adds `n`.
    #[inline]
    pub fn inc_by(&self, n: u64) {
        self.0.inc_by(n);
    }

    /// The current value.
    #[must_use]
    pub fn get(&self) -> u64 {
        self.0.get()
    }
}

/// An integer series that goes up and down (connections in use, queue
/// depth), labels already resolved.
#[derive(Clone, Debug)]
pub struct Gauge(prometheus::IntGauge);

impl Gauge {
    pub(crate) fn new(inner: prometheus::IntGauge) -> Self {
        Self(inner)
    }

    /// Sets the value.
    #[inline]
    pub fn set(&self, v: i64) {
        self.0.set(v);
    }

    /// Adds one.
    #[inline]
    pub fn inc(&self) {
        self.0.inc();
    }

    /// Subtracts one.
    #[inline]
    pub fn dec(&self) {
        self.0.dec();
    }

    /// Adds `v`, which may be negative.
    #[inline]
    pub fn add(&self, v: i64) {
        self.0.add(v);
    }

    /// The current value.
    #[must_use]
    pub fn get(&self) -> i64 {
        self.0.get()
    }
}

/// A floating-point series that goes up and down (a lag in seconds), labels
/// already resolved.
#[derive(Clone, Debug)]
pub struct FloatGauge(prometheus::Gauge);

impl FloatGauge {
    pub(crate) fn new(inner: prometheus::Gauge) -> Self {
        Self(inner)
    }

    /// Sets the value.
    #[inline]
    pub fn set(&self, v: f64) {
        self.0.set(v);
    }

    /// The current value.
    #[must_use]
    pub fn get(&self) -> f64 {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_record_into_the_underlying_series() {
        let raw = prometheus::IntCounter::new("c_total", "c").unwrap();
        let c = Counter::new(raw.clone());
        c.inc();
        c.inc_by(2);
        assert_eq!((c.get(), raw.get()), (3, 3));

        let g = Gauge::new(prometheus::IntGauge::new("g", "g").unwrap());
        g.set(5);
        g.inc();
        g.dec();
        g.add(-2);
        assert_eq!(g.get(), 3);

        let f = FloatGauge::new(prometheus::Gauge::new("f", "f").unwrap());
        f.set(1.5);
        assert!((f.get() - 1.5).abs() < f64::EPSILON);
    }
}
