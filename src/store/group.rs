//! The group commit: see [`Group`].

use std::collections::VecDeque;
use std::sync::Arc;

/// A group commit (issue #18) without a writer task of its own: the caller that finds no writer running spawns
/// one on its own runtime (an actix worker's), which writes every job queued meanwhile, batch after batch, and
/// ends when the queue is empty. A job is handed over through a lock, not a channel to a task on another
/// runtime: no wake-up of another thread to hand it over and none to hear back, unless another worker's writer
/// took it. The writer is spawned, not run inline by that caller: a request dropped mid-write (the client went
/// away) cannot leave the queue without a writer.
pub(super) struct Group<J> {
    /// The jobs waiting, and whether a writer runs.
    state: std::sync::Mutex<(VecDeque<J>, bool)>,
}

impl<J: Send + 'static> Group<J> {
    pub(super) fn new() -> Arc<Group<J>> {
        Arc::new(Group {
            state: std::sync::Mutex::new((VecDeque::new(), false)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (VecDeque<J>, bool)> {
        // Nothing is left half-done under this lock: a panic elsewhere does not make its state wrong.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `job`, and spawns a writer if none runs: it takes the jobs in batches (up to `max` by `weight`, at
    /// least one job) and hands each batch to `write`, which stores it and answers its jobs.
    pub(super) fn submit<F: std::future::Future<Output = ()> + Send + 'static>(
        self: &Arc<Self>,
        job: J,
        max: usize,
        weight: fn(&J) -> usize,
        write: impl Fn(Vec<J>) -> F + Send + 'static,
    ) {
        let start = {
            let mut state = self.lock();
            state.0.push_back(job);
            !std::mem::replace(&mut state.1, true)
        };
        if !start {
            return;
        }
        // If this writer ends any other way than by an empty queue (a panic, its runtime shut down, or dropped
        // before it ever ran), the jobs still queued are dropped (their callers hear an error) and the next caller
        // starts a writer. Made out here, so that a task dropped unpolled drops it too.
        let mut stop = StopWriter {
            group: Arc::clone(self),
            armed: true,
        };
        tokio::spawn(async move {
            let group = Arc::clone(&stop.group);
            loop {
                let batch = {
                    let mut state = group.lock();
                    if state.0.is_empty() {
                        // Stopped here, under the lock: from now on the queue and the flag may already be a new
                        // writer's, which the guard must not touch.
                        state.1 = false;
                        stop.disarm();
                        break;
                    }
                    let mut total = 0;
                    let mut batch = Vec::new();
                    while let Some(job) = state.0.front() {
                        if !batch.is_empty() && total + weight(job) > max {
                            break;
                        }
                        total += weight(job);
                        batch.extend(state.0.pop_front());
                    }
                    batch
                };
                write(batch).await;
            }
        });
    }
}

/// Marks the writer of a group stopped when its task ends before it stopped itself (a panic, its runtime shut
/// down).
struct StopWriter<J> {
    group: Arc<Group<J>>,
    /// Whether the writer has not yet stopped itself.
    armed: bool,
}

impl<J> StopWriter<J> {
    /// The writer stopped itself: nothing for the guard to do.
    fn disarm(&mut self) {
        self.armed = false;
    }
}

impl<J> Drop for StopWriter<J> {
    fn drop(&mut self) {
        if self.armed {
            let mut state = self.group.state.lock().unwrap_or_else(|e| e.into_inner());
            state.0.clear();
            state.1 = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Group;
    use std::sync::{Arc, Mutex};

    type Job = (u32, tokio::sync::oneshot::Sender<usize>);

    /// Every job of 200 concurrent submitters is written once, in batches of at most `max`, in the order queued;
    /// each submitter hears the size of the batch its job went in.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_queued_job_is_written_once_in_bounded_batches() {
        let group: Arc<Group<Job>> = Group::new();
        let written = Arc::new(Mutex::new(Vec::<Vec<u32>>::new()));
        let mut waiting = Vec::new();
        for i in 0..200u32 {
            let (tx, rx) = tokio::sync::oneshot::channel();
            let w = Arc::clone(&written);
            group.submit(
                (i, tx),
                7,
                |_| 1,
                move |batch: Vec<Job>| {
                    let w = Arc::clone(&w);
                    async move {
                        tokio::task::yield_now().await;
                        let n = batch.len();
                        w.lock().unwrap().push(batch.iter().map(|j| j.0).collect());
                        for (_, tx) in batch {
                            let _ = tx.send(n);
                        }
                    }
                },
            );
            waiting.push(rx);
        }
        for rx in waiting {
            let n = rx.await.expect("every job answered");
            assert!((1..=7).contains(&n));
        }
        let batches = written.lock().unwrap().clone();
        assert!(batches.iter().all(|b| !b.is_empty() && b.len() <= 7));
        let all: Vec<u32> = batches.into_iter().flatten().collect();
        assert_eq!(all, (0..200).collect::<Vec<_>>(), "each once, in order");
    }

    /// Writers start and stop all the time when jobs come one by one from several threads: none of 160 000 jobs
    /// is lost between one writer stopping and the next starting (a stop guard that ran after its writer had
    /// stopped dropped the next writer's queue: 1 refused JWT in 55 820 under `bench/load.sh`).
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_job_is_lost_when_writers_come_and_go() {
        let group: Arc<Group<Job>> = Group::new();
        let mut tasks = Vec::new();
        for t in 0..8u32 {
            let group = Arc::clone(&group);
            tasks.push(tokio::spawn(async move {
                let mut lost = 0;
                for i in 0..20_000u32 {
                    let (tx, rx) = tokio::sync::oneshot::channel();
                    group.submit(
                        (t * 100_000 + i, tx),
                        64,
                        |_| 1,
                        |batch: Vec<Job>| async move {
                            for (_, tx) in batch {
                                let _ = tx.send(1);
                            }
                        },
                    );
                    if rx.await.is_err() {
                        lost += 1;
                    }
                }
                lost
            }));
        }
        let mut lost = 0;
        for t in tasks {
            lost += t.await.unwrap();
        }
        assert_eq!(lost, 0, "jobs dropped between writers");
    }

    /// A writer spawned on a runtime that ends before it ever runs (an actix worker stopping) does not leave the
    /// group without one: the job it had is dropped (its caller hears an error) and the next job, from another
    /// runtime, is written.
    #[test]
    fn a_writer_dropped_before_it_ran_does_not_stall_later_jobs() {
        let group: Arc<Group<Job>> = Group::new();
        let write = |batch: Vec<Job>| async move {
            for (_, tx) in batch {
                let _ = tx.send(1);
            }
        };
        let first = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let (tx, dropped) = tokio::sync::oneshot::channel();
        first.block_on(async { group.submit((1, tx), 10, |_| 1, write) });
        drop(first);
        let second = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        second.block_on(async {
            assert!(
                dropped.await.is_err(),
                "the job of the writer that never ran"
            );
            assert_next_job_is_written(&group, write).await;
        });
    }

    /// A writer that dies mid-batch (here: a panic) does not leave the group without one: its batch's
    /// submitters hear an error (their reply is dropped) and the next job is written by a new writer.
    #[tokio::test]
    async fn a_writer_that_dies_does_not_stall_later_jobs() {
        let group: Arc<Group<Job>> = Group::new();
        let write = |batch: Vec<Job>| async move {
            if batch.iter().any(|j| j.0 == 13) {
                panic!("the write failed hard");
            }
            for (_, tx) in batch {
                let _ = tx.send(1);
            }
        };
        let (tx, doomed) = tokio::sync::oneshot::channel();
        group.submit((13, tx), 10, |_| 1, write);
        assert!(
            doomed.await.is_err(),
            "the dead writer's job hears an error"
        );
        assert_next_job_is_written(&group, write).await;
    }

    /// One more job is written (by a new writer) within 10 s, not left waiting for a writer that is gone.
    async fn assert_next_job_is_written<F: std::future::Future<Output = ()> + Send + 'static>(
        group: &Arc<Group<Job>>,
        write: impl Fn(Vec<Job>) -> F + Send + 'static,
    ) {
        let (tx, rx) = tokio::sync::oneshot::channel();
        group.submit((0, tx), 10, |_| 1, write);
        let written = tokio::time::timeout(std::time::Duration::from_secs(10), rx)
            .await
            .expect("the next job is left waiting for a writer that is gone");
        assert_eq!(written.expect("written by a new writer"), 1);
    }
}
