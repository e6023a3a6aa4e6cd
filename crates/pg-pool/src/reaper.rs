//! The background reaper: closes idle connections that outlived their
//! lifetime or sat idle too long, and tops the pool back up to `min_idle`.

use std::sync::Weak;
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

use crate::pool::{Shared, warm_up};
use omnibase_metrics::{CloseReason, OpenReason};

/// Runs until the pool is dropped or closed.
///
/// It wakes at half the bypass window (bounded by the reap interval) to mark
/// idle connections stale, and every reap interval to close expired and
/// surplus ones and top the pool up.
pub(crate) async fn run(shared: Weak<Shared>) {
    let Some((reap_every, tick)) = shared.upgrade().map(|s| {
        let half_window = s.config.bypass_window / 2;
        let tick = if half_window.is_zero() {
            s.config.reap_interval
        } else {
            half_window.clamp(Duration::from_millis(5), s.config.reap_interval)
        };
        (s.config.reap_interval, tick)
    }) else {
        return;
    };
    let mut ticker = tokio::time::interval(tick);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_reap = Instant::now();
    loop {
        ticker.tick().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        if shared.pool.is_closed() {
            return;
        }
        mark_stale(&shared);
        let status = shared.pool.status();
        shared.ctx().counters.occupancy(
            status.size - status.available,
            status.available,
            status.waiting,
        );
        if last_reap.elapsed() >= reap_every {
            last_reap = Instant::now();
            reap(&shared);
            if let Some(shapes) = &shared.ctx().shapes {
                shared.ctx().counters.top_shapes(shapes);
            }
            // A server that is down now is retried on the next round.
            let _ = warm_up(&shared, OpenReason::Replacement).await;
        }
    }
}

/// Marks idle connections unused for longer than the bypass window, so that
/// their next checkout validates them.
fn mark_stale(shared: &Shared) {
    let window = shared.pool.manager().bypass_window;
    if window.is_zero() {
        return;
    }
    let now = Instant::now();
    shared.pool.retain(|conn, _| {
        if now.duration_since(conn.state.last_ok) >= window {
            conn.stale.store(true, Relaxed);
        }
        true
    });
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
