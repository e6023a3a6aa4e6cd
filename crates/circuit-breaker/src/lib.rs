//! A circuit breaker for calls to a failing dependency: closed, open and
//! half-open states over sliding windows, with failure-rate and slow-call
//! thresholds, backoff and adaptive thresholds.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
