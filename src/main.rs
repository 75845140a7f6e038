// No console window when double-clicked on Windows.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

//! The `minsheng` binary: the command line (in `cli`, part of the binary
//! only), which opens the dashboard when no command is given.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    quiet_futile_wayland_probe();
    let cli = cli::Cli::parse();
    cli::run(cli, open_dashboard)
}

/// Whether no Wayland compositor can be reached from this process: libwayland
/// needs `WAYLAND_SOCKET`, an absolute `WAYLAND_DISPLAY`, or an absolute
/// `XDG_RUNTIME_DIR` to find one, and without them prints
/// `error: XDG_RUNTIME_DIR is invalid or not set in the environment.` on
/// every attempt.
fn wayland_unreachable() -> bool {
    let absolute =
        |name: &str| std::env::var_os(name).is_some_and(|v| std::path::Path::new(&v).is_absolute());
    std::env::var_os("WAYLAND_SOCKET").is_none()
        && !absolute("WAYLAND_DISPLAY")
        && !absolute("XDG_RUNTIME_DIR")
}

/// Mesa's Vulkan device-selection layer asks libwayland for the default
/// display each time the graphics adapters are listed (several times for
/// each window or picture), and libwayland prints an error for each when no
/// compositor can be reached, though nothing is wrong. When that is
/// so, and no one asked the layer to choose a device (`DRI_PRIME`,
/// `MESA_VK_DEVICE_SELECT`) or to stay on or off (`NODEVICE_SELECT`), the
/// layer is left out (`NODEVICE_SELECT=1`, its own switch): wgpu chooses
/// the adapter itself, by power preference.
fn quiet_futile_wayland_probe() {
    let asked = ["NODEVICE_SELECT", "DRI_PRIME", "MESA_VK_DEVICE_SELECT"]
        .iter()
        .any(|name| std::env::var_os(name).is_some());
    if cfg!(target_os = "linux") && !asked && wayland_unreachable() {
        // SAFETY: called first in `main`, before any thread is started, so
        // nothing reads the environment while it changes.
        #[allow(unsafe_code)]
        unsafe {
            std::env::set_var("NODEVICE_SELECT", "1");
        }
    }
}

#[cfg(feature = "gui")]
fn open_dashboard(paths: Vec<std::path::PathBuf>) -> ExitCode {
    if cfg!(target_os = "linux")
        && std::env::var_os("WAYLAND_DISPLAY").is_some()
        && wayland_unreachable()
    {
        eprintln!(
            "warning: WAYLAND_DISPLAY is set, but XDG_RUNTIME_DIR is not set or not an absolute path, so the Wayland session cannot be reached; the window opens through X11 (DISPLAY) where there is one"
        );
    }
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
