//! A PostgreSQL connection pool on deadpool-postgres: warm-up, health
//! validation cached for a bypass window, lifetime and idle reaping, guarded
//! queries, a statement cache, bulk COPY and lifecycle metrics.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
