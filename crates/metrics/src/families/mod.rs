//! The metric families, one module per subsystem that records into them.

pub(crate) mod breaker;
pub(crate) mod guard;
pub(crate) mod pg;
pub(crate) mod producer;
pub(crate) mod relay;
