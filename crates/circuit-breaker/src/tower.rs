//! A `tower::Layer` that puts a [`CircuitBreaker`] in front of any service.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tower_layer::Layer;
use tower_service::Service;

use crate::breaker::{CircuitBreaker, OwnedPermit};
use crate::error::Error;
use crate::state::State;

/// The error type of a wrapped service: the breaker's refusal
/// ([`Error::NotPermitted`], downcast to see it) or the inner service's error.
pub type BoxError = Box<dyn StdError + Send + Sync>;

/// Wraps services in [`CircuitBreakerService`], all sharing one breaker.
///
/// # Examples
///
/// ```
/// use omnibase_circuit_breaker::{CircuitBreaker, CircuitBreakerLayer};
/// use tower::{Service, ServiceBuilder, ServiceExt, service_fn};
///
/// let breaker = CircuitBreaker::builder("bus").build()?;
/// let mut svc = ServiceBuilder::new()
///     .layer(CircuitBreakerLayer::new(breaker))
///     .service(service_fn(|n: u32| async move { Ok::<_, std::io::Error>(n + 1) }));
/// # futures::executor::block_on(async {
/// assert_eq!(svc.ready().await.unwrap().call(1).await.unwrap(), 2);
/// # });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct CircuitBreakerLayer {
    breaker: CircuitBreaker,
}

impl CircuitBreakerLayer {
    /// A layer whose services all go through `breaker`.
    #[must_use]
    pub fn new(breaker: CircuitBreaker) -> Self {
        Self { breaker }
    }
}

impl<S> Layer<S> for CircuitBreakerLayer {
    type Service = CircuitBreakerService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CircuitBreakerService {
            inner,
            breaker: self.breaker.clone(),
        }
    }
}

/// A service whose calls pass through a [`CircuitBreaker`]: refused when it is
/// open, and recorded (errors classified by the breaker's classifier) otherwise.
#[derive(Debug, Clone)]
pub struct CircuitBreakerService<S> {
    inner: S,
    breaker: CircuitBreaker,
}

impl<S> CircuitBreakerService<S> {
    /// The breaker in front of the inner service.
    #[must_use]
    pub fn breaker(&self) -> &CircuitBreaker {
        &self.breaker
    }
}

impl<S, Req> Service<Req> for CircuitBreakerService<S>
where
    S: Service<Req>,
    S::Error: Into<BoxError>,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, req: Req) -> Self::Future {
        match self.breaker.try_acquire_owned() {
            Ok(permit) => ResponseFuture {
                inner: Some(self.inner.call(req)),
                permit: Some(permit),
                refused: None,
            },
            Err(e) => ResponseFuture {
                inner: None,
                permit: None,
                refused: Some(e),
            },
        }
    }
}

pin_project_lite::pin_project! {
    /// The future of [`CircuitBreakerService`]: the inner call, then its outcome recorded.
    pub struct ResponseFuture<F> {
        #[pin]
        inner: Option<F>,
        permit: Option<OwnedPermit>,
        refused: Option<Error>,
    }
}

impl<F> fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("permit", &self.permit)
            .field("refused", &self.refused)
            .finish_non_exhaustive()
    }
}

impl<F, T, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<T, E>>,
    E: Into<BoxError>,
{
    type Output = Result<T, BoxError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let Some(inner) = this.inner.as_mut().as_pin_mut() else {
            let refused = this.refused.take().unwrap_or(Error::NotPermitted {
                state: State::Open,
                retry_after: None,
            });
            return Poll::Ready(Err(Box::new(refused)));
        };
        let result = ready!(inner.poll(cx));
        this.inner.set(None);
        let permit = this.permit.take();
        match result {
            Ok(v) => {
                if let Some(p) = permit {
                    p.success();
                }
                Poll::Ready(Ok(v))
            }
            Err(e) => {
                let e: BoxError = e.into();
                if let Some(p) = permit {
                    let outcome = p.breaker().classify(&*e);
                    p.record(outcome);
                }
                Poll::Ready(Err(e))
            }
        }
    }
}
