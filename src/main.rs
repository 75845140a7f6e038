// No console window when double-clicked on Windows.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

//! The `minsheng` binary: the command line (in `cli`, part of the binary
//! only), which opens the dashboard when no command is given.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    cli::run(cli, open_dashboard)
}

#[cfg(feature = "gui")]
fn open_dashboard(paths: Vec<std::path::PathBuf>) -> ExitCode {
    match minsheng::gui::run(paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "error: the window could not be opened ({err}). On Linux, a desktop session (X11 or Wayland) and Mesa's graphics drivers are needed; `minsheng extract` works without them"
            );
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_dashboard(_paths: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "error: this build has no dashboard (built without the `gui` feature); try `minsheng extract`"
    );
    ExitCode::from(2)
}
