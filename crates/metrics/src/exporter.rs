//! The HTTP `/metrics` exporter (feature `exporter`): hyper 1 on tokio.

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::{Error, Registry, Result, TEXT_CONTENT_TYPE};

/// Serves a [`Registry`] as `GET /metrics` in the text exposition format.
///
/// Other paths answer 404, other methods on `/metrics` 405. The exporter
/// stops accepting on [`shutdown`](Self::shutdown) or when dropped;
/// connections already open finish on their own.
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use omnibase_metrics::{Exporter, Metrics};
///
/// let metrics = Metrics::new()?;
/// let exporter = Exporter::bind("127.0.0.1:0".parse()?, metrics.registry().clone()).await?;
/// println!("scrape http://{}/metrics", exporter.local_addr());
/// exporter.shutdown().await?;
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct Exporter {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<()>>,
}

impl Exporter {
    /// Binds `addr` (port 0 picks a free port) and starts serving on the
    /// current tokio runtime.
    ///
    /// # Errors
    ///
    /// [`Error::Bind`] when the socket cannot be bound.
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime, as `tokio::spawn` does.
    pub async fn bind(addr: SocketAddr, registry: Registry) -> Result<Self> {
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| Error::Bind { addr, source })?;
        let addr = listener
            .local_addr()
            .map_err(|source| Error::Bind { addr, source })?;
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(accept_loop(listener, addr, registry, stopped));
        Ok(Self {
            addr,
            stop: Some(stop),
            task,
        })
    }

    /// The address actually bound.
    #[must_use]
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting connections and waits for the accept loop to end.
    ///
    /// # Errors
    ///
    /// [`Error::Serve`] when the accept loop had already failed.
    pub async fn shutdown(mut self) -> Result<()> {
        if let Some(stop) = self.stop.take() {
            // The loop may have ended already; then there is no receiver.
            let _ = stop.send(());
        }
        match (&mut self.task).await {
            Ok(result) => result,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            // Cancelled: the runtime is shutting down, the loop is gone.
            Err(_) => Ok(()),
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    addr: SocketAddr,
    registry: Registry,
    mut stopped: oneshot::Receiver<()>,
) -> Result<()> {
    loop {
        let stream = tokio::select! {
            // A send or a dropped `Exporter` both mean stop.
            _ = &mut stopped => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                // The peer gave up before we accepted; nothing to serve.
                Err(e) if matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset | io::ErrorKind::Interrupted) => continue,
                Err(source) => return Err(Error::Serve { addr, source }),
            },
        };
        let registry = registry.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let registry = registry.clone();
                async move { Ok::<_, Infallible>(respond(&req, &registry)) }
            });
            // A client that hangs up mid-request is its own problem; there
            // is no one to report the error to.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

fn respond(req: &Request<Incoming>, registry: &Registry) -> Response<Full<Bytes>> {
    let (status, content_type, body) = match (req.method(), req.uri().path()) {
        (&Method::GET | &Method::HEAD, "/metrics") => match registry.encode_text() {
            Ok(text) => (StatusCode::OK, TEXT_CONTENT_TYPE, text),
            Err(e) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "text/plain; charset=utf-8",
                format!("{e}\n"),
            ),
        },
        (_, "/metrics") => (
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            "use GET\n".to_owned(),
        ),
        _ => (
            StatusCode::NOT_FOUND,
            "text/plain; charset=utf-8",
            "metrics are at /metrics\n".to_owned(),
        ),
    };
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}
