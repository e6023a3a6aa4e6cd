//! Transactional producers: each has its own `transactional.id` and is
//! leased for exclusive use; a fenced one is replaced.

use std::fmt;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rdkafka::ClientConfig;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{Producer as _, PurgeConfig};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::config::TransactionConfig;
use crate::error::{Error, Result};
use crate::pool::{Message, PoolInner};
use crate::producer::{DeliveryFuture, LaneCounters, Pending, Slot, lock};

/// An initialised transactional producer and its id.
struct TxSlot {
    slot: Arc<Slot>,
    id: String,
}

struct TxShared {
    config: TransactionConfig,
    breaker: omnibase_circuit_breaker::CircuitBreaker,
    client_config: ClientConfig,
    counters: Arc<LaneCounters>,
    /// Initialised producers that nobody leases.
    free: Mutex<Vec<TxSlot>>,
    /// Ids without a live producer: never created, or fenced.
    unused_ids: Mutex<Vec<String>>,
    /// Every live producer, for close.
    live: Mutex<Vec<Arc<Slot>>>,
    leases: Arc<Semaphore>,
}

/// The transactional producers of a pool.
pub(crate) struct TxPool {
    shared: Arc<TxShared>,
}

impl TxPool {
    pub(crate) fn new(
        config: &TransactionConfig,
        client_config: ClientConfig,
        breaker: omnibase_circuit_breaker::CircuitBreaker,
    ) -> Self {
        let n = usize::try_from(config.producers).unwrap_or(1);
        let ids = (0..config.producers)
            .rev()
            .map(|i| format!("{}-{i}", config.id_prefix))
            .collect();
        Self {
            shared: Arc::new(TxShared {
                config: config.clone(),
                breaker,
                client_config,
                counters: Arc::new(LaneCounters::default()),
                free: Mutex::new(Vec::new()),
                unused_ids: Mutex::new(ids),
                live: Mutex::new(Vec::new()),
                leases: Arc::new(Semaphore::new(n)),
            }),
        }
    }

    pub(crate) async fn lease(&self, pool: Arc<PoolInner>) -> Result<Transaction> {
        let shared = Arc::clone(&self.shared);
        let permit = Arc::clone(&shared.leases)
            .acquire_owned()
            .await
            .map_err(|_| pool.closed_error())?;
        let free = lock(&shared.free).pop();
        let tx_slot = match free {
            Some(s) => s,
            None => {
                let s = Arc::clone(&shared);
                match tokio::task::spawn_blocking(move || s.create()).await {
                    Ok(created) => created?,
                    Err(e) => std::panic::resume_unwind(e.into_panic()),
                }
            }
        };
        if let Err(e) = tx_slot.slot.producer.begin_transaction() {
            return Err(shared.failed(tx_slot, "begin transaction", e));
        }
        Ok(Transaction {
            pool,
            shared,
            slot: Some(tx_slot),
            permit: Some(permit),
        })
    }

    /// Flushes every transactional producer until `deadline`; returns the
    /// messages still undelivered.
    pub(crate) fn close(&self, deadline: Instant) -> usize {
        self.shared.leases.close();
        let live = lock(&self.shared.live).clone();
        let mut undelivered = 0;
        for slot in live {
            let _ = slot
                .producer
                .flush(deadline.saturating_duration_since(Instant::now()));
            let n = slot.stats.in_flight();
            if n > 0 {
                undelivered += n;
                slot.producer
                    .purge(PurgeConfig::default().queue().inflight());
            }
        }
        undelivered
    }
}

impl TxShared {
    /// Creates a producer for an unused id and initialises transactions on
    /// it, which fences any older producer with the same id. Blocks.
    fn create(&self) -> Result<TxSlot> {
        let id = lock(&self.unused_ids)
            .pop()
            .ok_or(Error::TransactionsDisabled)?;
        let mut config = self.client_config.clone();
        config
            .set("transactional.id", &id)
            .set("transaction.timeout.ms", self.config.timeout_ms.to_string())
            .set("enable.idempotence", "true");
        let slot = match crate::pool::new_slot(&config, &self.counters, &self.breaker) {
            Ok(s) => s,
            Err(e) => {
                lock(&self.unused_ids).push(id);
                return Err(e);
            }
        };
        if let Err(source) = slot.producer.init_transactions(self.op_timeout()) {
            lock(&self.unused_ids).push(id);
            return Err(Error::Kafka {
                operation: "init transactions",
                source,
            });
        }
        lock(&self.live).push(Arc::clone(&slot));
        Ok(TxSlot { slot, id })
    }

    fn op_timeout(&self) -> Duration {
        Duration::from_millis(self.config.operation_timeout_ms)
    }

    /// Handles a failed transaction step: a fenced or fatally failed
    /// producer is dropped and its id freed, so the next lease creates a
    /// new one; otherwise the transaction is aborted and the producer
    /// goes back to the free list.
    fn failed(&self, s: TxSlot, operation: &'static str, source: KafkaError) -> Error {
        if is_fenced(&source) {
            lock(&self.live).retain(|l| !Arc::ptr_eq(l, &s.slot));
            lock(&self.unused_ids).push(s.id.clone());
            return Error::Fenced {
                transactional_id: s.id,
                source,
            };
        }
        if let Err(e) = s.slot.producer.abort_transaction(self.op_timeout())
            && is_fenced(&e)
        {
            lock(&self.live).retain(|l| !Arc::ptr_eq(l, &s.slot));
            lock(&self.unused_ids).push(s.id.clone());
            return Error::Fenced {
                transactional_id: s.id,
                source: e,
            };
        }
        lock(&self.free).push(s);
        Error::Kafka { operation, source }
    }
}

fn is_fenced(e: &KafkaError) -> bool {
    match e {
        KafkaError::Transaction(t) => {
            t.is_fatal()
                || matches!(
                    t.code(),
                    RDKafkaErrorCode::ProducerFenced
                        | RDKafkaErrorCode::Fenced
                        | RDKafkaErrorCode::InvalidProducerEpoch
                )
        }
        other => matches!(
            other.rdkafka_error_code(),
            Some(RDKafkaErrorCode::ProducerFenced | RDKafkaErrorCode::Fenced)
        ),
    }
}

/// A leased transactional producer with an open transaction; from
/// [`ProducerPool::transaction`](crate::ProducerPool::transaction).
///
/// Finish it with [`commit`](Self::commit) or [`abort`](Self::abort).
/// Dropped unfinished, it is aborted on a background thread and the
/// producer goes back to the pool.
pub struct Transaction {
    pool: Arc<PoolInner>,
    shared: Arc<TxShared>,
    slot: Option<TxSlot>,
    /// Held until the producer is back in the free list.
    permit: Option<OwnedSemaphorePermit>,
}

impl fmt::Debug for Transaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transaction")
            .field("transactional_id", &self.transactional_id())
            .finish()
    }
}

impl Transaction {
    /// The leased producer's `transactional.id`.
    #[must_use]
    pub fn transactional_id(&self) -> &str {
        self.slot.as_ref().map_or("", |s| s.id.as_str())
    }

    /// Queues one message in the transaction; it becomes visible to
    /// `read_committed` consumers only when the transaction commits.
    ///
    /// # Errors
    ///
    /// The validation errors of [`Lane::send`](crate::Lane::send),
    /// [`Error::CircuitOpen`], [`Error::Kafka`] when librdkafka refuses it.
    pub fn enqueue(&self, message: Message<'_>) -> Result<DeliveryFuture> {
        let Some(s) = &self.slot else {
            return Err(self.pool.closed_error());
        };
        self.pool.check(&message)?;
        let pending = Pending::one(self.pool.admit()?);
        s.slot.stats.queue(1);
        match s
            .slot
            .producer
            .send(message.into_record(Arc::clone(&pending)))
        {
            Ok(()) => {
                self.shared.counters.sent.0.fetch_add(1, Ordering::Relaxed);
                Ok(DeliveryFuture { pending })
            }
            Err((source, record)) => {
                drop(record);
                if let Some(p) = pending.take_permit() {
                    p.record(omnibase_circuit_breaker::Outcome::Ignored);
                }
                s.slot.stats.unqueue(1);
                Err(Error::Kafka {
                    operation: "produce in transaction",
                    source,
                })
            }
        }
    }

    /// Commits: flushes the transaction's messages and makes them visible.
    ///
    /// # Errors
    ///
    /// [`Error::Fenced`] when a newer producer took over the id (the pool
    /// replaces this one); [`Error::Kafka`] otherwise, after aborting.
    pub async fn commit(mut self) -> Result<()> {
        self.finish(true).await
    }

    /// Aborts: the transaction's messages are never visible.
    ///
    /// # Errors
    ///
    /// As [`commit`](Self::commit).
    pub async fn abort(mut self) -> Result<()> {
        self.finish(false).await
    }

    async fn finish(&mut self, commit: bool) -> Result<()> {
        let Some(s) = self.slot.take() else {
            return Ok(());
        };
        let shared = Arc::clone(&self.shared);
        let joined = tokio::task::spawn_blocking(move || {
            let timeout = shared.op_timeout();
            let (operation, r) = if commit {
                (
                    "commit transaction",
                    s.slot.producer.commit_transaction(timeout),
                )
            } else {
                (
                    "abort transaction",
                    s.slot.producer.abort_transaction(timeout),
                )
            };
            match r {
                Ok(()) => {
                    lock(&shared.free).push(s);
                    Ok(())
                }
                Err(e) => Err(shared.failed(s, operation, e)),
            }
        })
        .await;
        match joined {
            Ok(r) => r,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
}

impl Drop for Transaction {
    fn drop(&mut self) {
        if let Some(s) = self.slot.take() {
            let shared = Arc::clone(&self.shared);
            let permit = self.permit.take();
            let spawned = std::thread::Builder::new()
                .name("kafka-pool-abort".into())
                .spawn(move || {
                    let _permit = permit;
                    if let Err(e) = s.slot.producer.abort_transaction(shared.op_timeout()) {
                        let _ = shared.failed(s, "abort transaction", e);
                    } else {
                        lock(&shared.free).push(s);
                    }
                });
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "could not abort a dropped transaction");
            }
        }
    }
}
