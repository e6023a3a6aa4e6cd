//! Producers for a Kafka-protocol event bus (Kafka, Redpanda) on rdkafka:
//! topic and key validation, a typed event envelope, lanes, scaling by
//! measured load, breaker-protected sends and flush on shutdown.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
