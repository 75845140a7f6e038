//! File dialogs behind a trait: the native ones (rfd, on a worker thread so
//! the window never freezes), and whatever a test puts in their place.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What came of a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    /// Several files chosen at once (an open dialog).
    ChosenMany(Vec<PathBuf>),
    Cancelled,
    /// No dialog could be shown; the reason says why.
    Unavailable(String),
}

/// The dialogs the dashboard needs. Each returns at once; the outcome arrives
/// on the receiver (the caller polls it every frame).
pub trait Dialogs {
    fn pick_folder(&self, ctx: &egui::Context) -> Receiver<DialogOutcome>;
    /// Documents or measures files (see [`open_filters`]), one or several.
    fn pick_files(&self, ctx: &egui::Context) -> Receiver<DialogOutcome>;
    fn save_file(
        &self,
        ctx: &egui::Context,
        suggested_name: &str,
        filter: (&str, &str),
    ) -> Receiver<DialogOutcome>;
}

/// rfd's dialogs: the XDG desktop portal, else zenity, on Linux; the system's
/// own elsewhere.
pub struct NativeDialogs;

/// Whether a dialog can be shown at all (Linux needs a portal or zenity).
fn availability() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    if has_bus || has_zenity {
        Ok(())
    } else {
        Err("no xdg-desktop-portal (no D-Bus session) and no zenity".to_owned())
    }
}

/// The extensions of measures files written by `minsheng extract`.
pub const MEASURES_EXTENSIONS: [&str; 3] = ["jsonl", "ndjson", "csv"];

/// What the open dialog offers, as (label, extensions): documents and
/// measures files together, measures files alone, documents alone.
pub fn open_filters() -> Vec<(&'static str, Vec<&'static str>)> {
    let documents: Vec<&str> = crate::corpus::Format::EXTENSIONS
        .iter()
        .map(|(ext, _)| *ext)
        .collect();
    let both = documents
        .iter()
        .chain(&MEASURES_EXTENSIONS)
        .copied()
        .collect();
    vec![
        ("文档与数据文件 Documents and measures files", both),
        ("数据文件 Measures files", MEASURES_EXTENSIONS.to_vec()),
        ("文档 Documents", documents),
    ]
}

fn spawn(
    ctx: &egui::Context,
    run: impl FnOnce() -> DialogOutcome + Send + 'static,
) -> Receiver<DialogOutcome> {
    let (sender, receiver) = channel();
    if let Err(reason) = availability() {
        let _ = sender.send(DialogOutcome::Unavailable(reason));
        return receiver;
    }
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("file dialog".into())
        .spawn(move || {
            let _ = sender.send(run());
            ctx.request_repaint();
        });
    if let Err(err) = spawned {
        let (sender, receiver) = channel();
        let _ = sender.send(DialogOutcome::Unavailable(err.to_string()));
        return receiver;
    }
    receiver
}

impl Dialogs for NativeDialogs {
    fn pick_folder(&self, ctx: &egui::Context) -> Receiver<DialogOutcome> {
        spawn(ctx, || {
            let folder = rfd::FileDialog::new()
                .set_title("民生对比 Minsheng")
                .pick_folder();
            folder.map_or(DialogOutcome::Cancelled, DialogOutcome::Chosen)
        })
    }

    fn pick_files(&self, ctx: &egui::Context) -> Receiver<DialogOutcome> {
        spawn(ctx, || {
            let mut dialog = rfd::FileDialog::new().set_title("民生对比 Minsheng");
            for (label, extensions) in open_filters() {
                dialog = dialog.add_filter(label, extensions.as_slice());
            }
            match dialog.pick_files() {
                Some(paths) if !paths.is_empty() => DialogOutcome::ChosenMany(paths),
                _ => DialogOutcome::Cancelled,
            }
        })
    }

    fn save_file(
        &self,
        ctx: &egui::Context,
        suggested_name: &str,
        filter: (&str, &str),
    ) -> Receiver<DialogOutcome> {
        let name = suggested_name.to_owned();
        let (label, ext) = (filter.0.to_owned(), filter.1.to_owned());
        spawn(ctx, move || {
            rfd::FileDialog::new()
                .set_file_name(name)
                .add_filter(label, &[ext])
                .save_file()
                .map_or(DialogOutcome::Cancelled, DialogOutcome::Chosen)
        })
    }
}

/// Dialogs that answer with fixed outcomes, for tests and for scripted use.
#[derive(Clone, Debug)]
pub struct ScriptedDialogs {
    /// What an open dialog answers (a folder, or files).
    pub folder: DialogOutcome,
    pub save: DialogOutcome,
}

impl Dialogs for ScriptedDialogs {
    fn pick_folder(&self, _ctx: &egui::Context) -> Receiver<DialogOutcome> {
        let (sender, receiver) = channel();
        let _ = sender.send(self.folder.clone());
        receiver
    }

    fn pick_files(&self, ctx: &egui::Context) -> Receiver<DialogOutcome> {
        self.pick_folder(ctx)
    }

    fn save_file(
        &self,
        _ctx: &egui::Context,
        _suggested_name: &str,
        _filter: (&str, &str),
    ) -> Receiver<DialogOutcome> {
        let (sender, receiver) = channel();
        let _ = sender.send(self.save.clone());
        receiver
    }
}
