//! One typed configuration for the whole omnibase stack, loaded from a file
//! and the environment and validated at startup, with every problem reported
//! at once together with where each value came from.
//!
//! This crate is laid out but not yet built: it has no API yet. The design
//! lives in `docs/architecture.md` of the workspace.
