//! The daemon's stages as named tasks, and the supervisor that ends the daemon when one of them
//! fails: a stage that panics or stops before shutdown cancels the others, and the daemon then
//! exits non-zero naming it, so a service manager (`Restart=on-failure`) restarts regbot.

use std::collections::HashMap;
use std::future::Future;

use tokio::task::{Id, JoinSet};
use tokio_util::sync::CancellationToken;

#[derive(Debug, thiserror::Error)]
pub enum StageError {
    #[error("the {stage} stage {what}; regbot stopped (a service manager restarts it)")]
    Failed { stage: String, what: String },
}

/// The running stages, by name.
#[derive(Default)]
pub struct Stages {
    tasks: JoinSet<()>,
    names: HashMap<Id, String>,
}

impl Stages {
    pub fn spawn(
        &mut self,
        name: impl Into<String>,
        stage: impl Future<Output = ()> + Send + 'static,
    ) {
        let handle = self.tasks.spawn(stage);
        self.names.insert(handle.id(), name.into());
    }

    /// Waits for every stage to end. The first one to end before `shutdown` (by panicking or by
    /// returning) cancels the others and is the error returned.
    pub async fn supervise(mut self, shutdown: CancellationToken) -> Result<(), StageError> {
        let mut first_failure = None;
        while let Some(ended) = self.tasks.join_next_with_id().await {
            let (id, what) = match ended {
                Ok((id, ())) if shutdown.is_cancelled() => {
                    self.names.remove(&id);
                    continue;
                }
                Ok((id, ())) => (id, "stopped unexpectedly".to_string()),
                Err(e) if e.is_cancelled() => continue,
                Err(e) => {
                    let id = e.id();
                    (id, format!("crashed: {}", panic_message(e)))
                }
            };
            let stage = self.names.remove(&id).unwrap_or_else(|| "unnamed".into());
            tracing::error!(stage = %stage, "{what}; stopping the daemon");
            shutdown.cancel();
            first_failure.get_or_insert(StageError::Failed { stage, what });
        }
        first_failure.map_or(Ok(()), Err)
    }
}

fn panic_message(e: tokio::task::JoinError) -> String {
    match e.try_into_panic() {
        Ok(payload) => payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into()),
        Err(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn until(shutdown: CancellationToken) {
        shutdown.cancelled().await;
    }

    #[tokio::test]
    async fn defect_5_a_crashed_stage_fails_the_daemon_and_is_named() {
        let shutdown = CancellationToken::new();
        let mut stages = Stages::default();
        stages.spawn("listener", until(shutdown.clone()));
        stages.spawn("send worker 1", async { panic!("lost the plot") });
        let err = stages.supervise(shutdown.clone()).await.unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("send worker 1") && text.contains("lost the plot"),
            "{text}"
        );
        assert!(shutdown.is_cancelled(), "the other stages were stopped");
    }

    #[tokio::test]
    async fn a_stage_that_returns_before_shutdown_is_a_failure_too() {
        let shutdown = CancellationToken::new();
        let mut stages = Stages::default();
        stages.spawn("intake", async {});
        let err = stages.supervise(shutdown).await.unwrap_err();
        assert!(
            err.to_string()
                .contains("intake stage stopped unexpectedly")
        );
    }

    #[tokio::test]
    async fn a_clean_shutdown_is_success() {
        let shutdown = CancellationToken::new();
        let mut stages = Stages::default();
        stages.spawn("process worker 0", until(shutdown.clone()));
        shutdown.cancel();
        assert!(stages.supervise(shutdown).await.is_ok());
    }
}
