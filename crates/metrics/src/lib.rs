//! One prometheus registry, the metric families every omnibase crate records
//! into, pre-resolved handles for hot paths and a `/metrics` exporter.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
