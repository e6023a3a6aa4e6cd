//! What every call on a connection needs from its pool, shared by the
//! connections themselves: so that a checkout clones nothing, and a
//! connection never keeps its pool alive.

use std::sync::Arc;
use std::time::Duration;

use omnibase_sql_guard::Guard;

use crate::shapes::Shapes;
use crate::stats::Counters;

/// The pool-wide parts of a call.
#[derive(Debug)]
pub(crate) struct Context {
    /// Where every event is counted.
    pub(crate) counters: Counters,
    /// Every statement's text passes it before it is first sent on a
    /// connection.
    pub(crate) guard: Arc<Guard>,
    /// Statistics per statement shape, when enabled.
    pub(crate) shapes: Option<Shapes>,
    /// How long one statement may run.
    pub(crate) query_timeout: Option<Duration>,
}
