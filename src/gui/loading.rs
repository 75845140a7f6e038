//! Work that must not run on the UI thread: reading a folder (with progress
//! and a cancel flag), and any other slow job (terms, keyword in context,
//! writing files, reading a document again). Each runs on its own thread and
//! wakes the window when it is done; the UI polls it once a frame. Measures
//! files written by `minsheng extract` are opened here too, merged with each
//! other and with any documents opened beside them, on the same thread
//! ([`analysis::analyze_inputs`], as the command line does).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use super::command::Purpose;
use super::dialogs::DialogOutcome;
use crate::analysis::{self, Analysis, Options, Progress};

/// A job on a worker thread whose result arrives once.
pub struct Task<T> {
    result: Receiver<T>,
}

impl<T: Send + 'static> Task<T> {
    /// Run `work` on a thread named `name`; the window repaints when it ends.
    pub fn spawn(
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let (sender, result) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let _ = sender.send(work());
                ctx.request_repaint();
            })?;
        Ok(Self { result })
    }

    /// A task whose result is already known (when no thread could be started).
    pub fn ready(value: T) -> Self {
        let (sender, result) = std::sync::mpsc::channel();
        let _ = sender.send(value);
        Self { result }
    }

    /// The result, if it has arrived. `Err(())` when the worker died.
    pub fn poll(&self) -> Option<Result<T, ()>> {
        match self.result.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(())),
        }
    }

    /// Block until the result arrives (tests and scripted use).
    pub fn wait(self) -> Option<T> {
        self.result.recv().ok()
    }
}

/// A folder being read on a worker thread.
pub struct Loading {
    pub progress: Arc<Mutex<Progress>>,
    cancel: Arc<AtomicBool>,
    task: Task<Analysis>,
    /// What is being read.
    pub paths: Vec<PathBuf>,
}

impl Loading {
    /// Start reading `paths`, reusing results from `cache` when there is one.
    pub fn start(
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        options: Options,
        cache: Option<crate::cache::Cache>,
    ) -> std::io::Result<Self> {
        let progress = Arc::new(Mutex::new(Progress::default()));
        let cancel = Arc::new(AtomicBool::new(false));
        let task = {
            let (progress, cancel, paths, repaint) =
                (progress.clone(), cancel.clone(), paths.clone(), ctx.clone());
            Task::spawn(ctx, "reader", move || {
                let report = |p: Progress| {
                    if let Ok(mut slot) = progress.lock() {
                        *slot = p;
                    }
                    repaint.request_repaint_after(std::time::Duration::from_millis(50));
                };
                analysis::analyze_inputs(&paths, options, &report, &cancel, cache.as_ref())
            })?
        };
        Ok(Self {
            progress,
            cancel,
            task,
            paths,
        })
    }

    /// Ask the worker to stop; it returns what it has read so far.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// How far reading has come.
    pub fn progress(&self) -> Progress {
        self.progress.lock().map(|p| *p).unwrap_or_default()
    }

    /// The analysis, once the worker is done (`Err(())` if it died).
    pub fn poll(&self) -> Option<Result<Analysis, ()>> {
        self.task.poll()
    }

    /// Block until the worker is done.
    pub fn wait(self) -> Option<Analysis> {
        self.task.wait()
    }
}

/// What a worker that ended without an answer leaves behind.
const STOPPED: &str = "the worker stopped";

/// The app's work under way, one slot each: a folder being read, a file
/// dialog open, a file being written, a chart drawn for the clipboard. The
/// app polls them once a frame ([`Background::poll`]) and handles what is
/// done; a slot holds one piece of work at a time.
#[derive(Default)]
pub struct Background {
    pub loading: Option<Loading>,
    pub dialog: Option<(Purpose, Receiver<DialogOutcome>)>,
    pub saving: Option<Task<Result<PathBuf, String>>>,
    /// The chart being drawn for the clipboard.
    pub copying: Option<Task<Result<egui::ColorImage, String>>>,
}

/// Work that finished.
pub enum Done {
    /// The paths read, and what was found (`None`: the reader stopped).
    Loaded(Vec<PathBuf>, Option<Analysis>),
    Dialog(Purpose, DialogOutcome),
    Saved(Result<PathBuf, String>),
    Copied(Result<egui::ColorImage, String>),
}

impl Background {
    /// Take whatever finished, emptying its slot.
    pub fn poll(&mut self) -> Vec<Done> {
        let mut done = Vec::new();
        if let Some(result) = self.loading.as_ref().and_then(Loading::poll) {
            let paths = self.loading.take().map(|l| l.paths).unwrap_or_default();
            done.push(Done::Loaded(paths, result.ok()));
        }
        if let Some((purpose, receiver)) = &self.dialog
            && let Ok(outcome) = receiver.try_recv()
        {
            done.push(Done::Dialog(*purpose, outcome));
            self.dialog = None;
        }
        if let Some(result) = self.saving.as_ref().and_then(Task::poll) {
            self.saving = None;
            done.push(Done::Saved(
                result.unwrap_or_else(|()| Err(STOPPED.to_owned())),
            ));
        }
        if let Some(result) = self.copying.as_ref().and_then(Task::poll) {
            self.copying = None;
            done.push(Done::Copied(
                result.unwrap_or_else(|()| Err(STOPPED.to_owned())),
            ));
        }
        done
    }

    /// Stop reading a folder, if one is being read.
    pub fn stop_loading(&mut self) {
        if let Some(loading) = self.loading.take() {
            loading.cancel();
        }
    }

    /// Block until the folder being read is read (tests and scripted use).
    pub fn wait_for_loading(&mut self) -> Option<(Vec<PathBuf>, Analysis)> {
        let loading = self.loading.take()?;
        let paths = loading.paths.clone();
        loading.wait().map(|analysis| (paths, analysis))
    }

    /// Block until the file being written is written (tests and scripted use).
    pub fn wait_for_save(&mut self) -> Option<Result<PathBuf, String>> {
        self.saving.take()?.wait()
    }

    /// Block until the chart for the clipboard is drawn; the next poll
    /// hands it over (tests and scripted use).
    pub fn wait_for_copy(&mut self) {
        if let Some(task) = self.copying.take() {
            let result = task.wait().unwrap_or_else(|| Err(STOPPED.to_owned()));
            self.copying = Some(Task::ready(result));
        }
    }
}
