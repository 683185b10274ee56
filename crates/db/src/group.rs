//! Group commit: changes that arrive together are applied together. Each caller queues
//! its request; whoever gets the turn applies everything queued, in batches, each batch in
//! one transaction of a few statements, and hands every caller its own result. Under load
//! a crowd of changes costs a few transactions instead of a queue of them; alone, a change
//! costs what it would anyway.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

use sangam_core::Error;
use tokio::sync::oneshot;

use crate::Db;

type Reply<Out> = oneshot::Sender<Result<Out, Error>>;

/// Applies a batch: one result per request, or an error that fails the whole batch.
pub(crate) type Apply<Req, Out> = for<'a> fn(
    &'a Db,
    &'a [Req],
) -> Pin<
    Box<dyn Future<Output = Result<Vec<Result<Out, Error>>, Error>> + Send + 'a>,
>;

pub(crate) struct GroupCommit<Req, Out> {
    pending: Mutex<Vec<(Req, Reply<Out>)>>,
    turn: tokio::sync::Mutex<()>,
}

impl<Req, Out> Default for GroupCommit<Req, Out> {
    fn default() -> Self {
        GroupCommit {
            pending: Mutex::new(Vec::new()),
            turn: tokio::sync::Mutex::new(()),
        }
    }
}

impl<Req, Out> std::fmt::Debug for GroupCommit<Req, Out> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl<Req, Out> GroupCommit<Req, Out> {
    /// Queues `request` and waits for its result; `apply` gets at most `max` requests at
    /// a time.
    pub(crate) async fn submit(
        &self,
        db: &Db,
        request: Req,
        max: usize,
        apply: Apply<Req, Out>,
    ) -> Result<Out, Error> {
        let (reply, answer) = oneshot::channel();
        // A poisoned queue drops the reply, and the caller gets an internal error.
        if let Ok(mut pending) = self.pending.lock() {
            pending.push((request, reply));
        }
        {
            let _turn = self.turn.lock().await;
            loop {
                let batch: Vec<(Req, Reply<Out>)> = match self.pending.lock() {
                    Ok(mut pending) => {
                        let n = pending.len().min(max);
                        pending.drain(..n).collect()
                    }
                    Err(_) => Vec::new(),
                };
                if batch.is_empty() {
                    break;
                }
                let (requests, replies): (Vec<Req>, Vec<Reply<Out>>) = batch.into_iter().unzip();
                match apply(db, &requests).await {
                    Ok(results) => {
                        for (reply, result) in replies.into_iter().zip(results) {
                            let _ = reply.send(result);
                        }
                    }
                    Err(e) => {
                        for reply in replies {
                            let _ = reply.send(Err(Error::Internal(e.to_string())));
                        }
                    }
                }
            }
        }
        answer
            .await
            .map_err(|_| Error::Internal("a queued change was dropped".into()))?
    }
}
