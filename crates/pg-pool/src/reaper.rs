//! The background reaper: closes idle connections that outlived their
//! lifetime or sat idle too long, and tops the pool back up to `min_idle`.

use std::sync::Weak;
use std::time::Instant;

use crate::pool::{Shared, warm_up};
use crate::stats::CloseReason;

/// Runs until the pool is dropped or closed.
pub(crate) async fn run(shared: Weak<Shared>) {
    let Some(interval) = shared.upgrade().map(|s| s.config.reap_interval) else {
        return;
    };
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        if shared.pool.is_closed() {
            return;
        }
        reap(&shared);
        // A server that is down now is retried on the next tick.
        let _ = warm_up(&shared).await;
    }
}

/// One pass over the idle connections.
fn reap(shared: &Shared) {
    let now = Instant::now();
    let min_idle = shared.config.min_idle;
    let idle_timeout = shared.config.idle_timeout;
    let mut open = shared.pool.status().size;
    let removed = shared.pool.retain(|conn, _| {
        let keep = !conn.expired(now)
            && (now.duration_since(conn.state.last_ok) <= idle_timeout || open <= min_idle);
        if !keep {
            open -= 1;
        }
        keep
    });
    for mut conn in removed.removed {
        // The same test as above tells the two reasons apart.
        let reason = if conn.expired(now) {
            CloseReason::Lifetime
        } else {
            CloseReason::Idle
        };
        conn.state.close_reason.get_or_insert(reason);
    }
}
