//! Decides, before a statement is sent to PostgreSQL, whether its text carries
//! signs of SQL injection; fingerprints statements; learns and enforces an
//! allowlist of fingerprints.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
