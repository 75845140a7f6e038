//! The dashboard: a thin egui layer over the core. Start with [`app`] (the
//! frame loop and the commands), then [`views`] (one file per view). The
//! file dialogs sit behind a trait (so tests never open a real one), slow
//! work runs in [`loading`], every picture is drawn by [`export`], and fonts
//! are installed from one function that the app, the PNG export and every
//! test harness call.

pub mod app;
pub mod chart;
pub mod clipboard;
pub mod command;
pub mod dialogs;
pub mod export;
pub mod loading;
pub mod offscreen;
pub mod settings;
pub mod views;

/// The strings and number formats, shared with the command line.
pub use crate::present::i18n;

use std::path::PathBuf;

pub use app::MinshengApp;

/// Noto Sans SC Regular (SIL Open Font License 1.1, see `fonts/OFL.txt`).
const NOTO_SANS_SC: &[u8] = include_bytes!("../../fonts/NotoSansSC-Regular.ttf");

/// Install the embedded CJK font as the first choice for all text, so that
/// the app and its exported images look the same on every machine.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto_sans_sc".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(NOTO_SANS_SC)),
    );
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        family.insert(0, "noto_sans_sc".to_owned());
    }
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Monospace) {
        family.push("noto_sans_sc".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The window icon: a small bar chart, drawn here so nothing is needed beside the binary.
pub fn icon() -> egui::IconData {
    const SIZE: u32 = 64;
    let mut rgba = vec![0u8; (SIZE * SIZE * 4) as usize];
    let bars: [(u32, u32, [u8; 3]); 3] = [
        (10, 30, [0x4e, 0x79, 0xa7]),
        (26, 14, [0xe1, 0x57, 0x59]),
        (42, 22, [0x59, 0xa1, 0x4f]),
    ];
    for y in 0..SIZE {
        for x in 0..SIZE {
            let i = ((y * SIZE + x) * 4) as usize;
            let rounded = {
                let (dx, dy) = (x.min(SIZE - 1 - x), y.min(SIZE - 1 - y));
                dx + dy >= 6 || (dx >= 3 && dy >= 3)
            };
            if !rounded {
                continue;
            }
            let mut color = [0xf7, 0xf4, 0xee];
            for (left, top, c) in bars {
                if x >= left && x < left + 12 && y >= top && y < 54 {
                    color = c;
                }
            }
            rgba[i..i + 4].copy_from_slice(&[color[0], color[1], color[2], 255]);
        }
    }
    egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    }
}

/// The renderers tried, in order: wgpu (Vulkan, or OpenGL ES through it),
/// then eframe's own OpenGL painter, which starts on drivers wgpu refuses.
pub const RENDERERS: [eframe::Renderer; 2] = [eframe::Renderer::Wgpu, eframe::Renderer::Glow];

/// Whether a failed start is worth another try with the next renderer: only
/// when the renderer itself failed (no adapter, no GL context), not when the
/// app or the event loop did, which another renderer would not change.
pub fn renderer_failed(err: &eframe::Error) -> bool {
    matches!(
        err,
        eframe::Error::Wgpu(_)
            | eframe::Error::OpenGL(_)
            | eframe::Error::Glutin(_)
            | eframe::Error::NoGlutinConfigs(..)
            | eframe::Error::Winit(_)
    )
}

/// What to tell someone whose machine started no renderer: what failed, and
/// what to install.
pub fn no_renderer_message(failures: &[(eframe::Renderer, String)]) -> String {
    let mut message = String::from(
        "民生对比 Minsheng could not open its window: no graphics renderer started.\n\n",
    );
    for (renderer, reason) in failures {
        message.push_str(&format!("{renderer}: {reason}\n"));
    }
    message.push_str(
        "\nInstall a Vulkan or OpenGL driver and start Minsheng again:\n\
         \u{2022} Debian/Ubuntu: sudo apt install mesa-vulkan-drivers libgl1-mesa-dri libegl1\n\
         \u{2022} Fedora: sudo dnf install mesa-vulkan-drivers mesa-dri-drivers mesa-libEGL\n\
         \u{2022} Arch: sudo pacman -S vulkan-icd-loader mesa\n\
         \u{2022} or your graphics card's own driver (NVIDIA, AMD)\n\
         \n\
         Figures can still be extracted without a window: minsheng extract FOLDER\n",
    );
    message
}

/// Open the dashboard window on `paths` (the embedded seeds when empty):
/// with wgpu, else with OpenGL; when neither starts, say what to install on
/// stderr and in a native message box.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    let paths: std::sync::Arc<[PathBuf]> = paths.into();
    let mut failures = Vec::new();
    for renderer in RENDERERS {
        match run_with(renderer, std::sync::Arc::clone(&paths)) {
            Err(err) if renderer_failed(&err) => {
                eprintln!("minsheng: the {renderer} renderer did not start: {err}");
                failures.push((renderer, err.to_string()));
            }
            other => return other,
        }
    }
    let message = no_renderer_message(&failures);
    eprintln!("{message}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("民生对比 Minsheng")
        .set_description(&message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    // Said in full above; the caller adds only that the window did not open.
    Err(eframe::Error::AppCreation(
        "no graphics renderer started (wgpu, glow)".into(),
    ))
}

/// Open the window with one renderer.
fn run_with(renderer: eframe::Renderer, paths: std::sync::Arc<[PathBuf]>) -> eframe::Result {
    let options = eframe::NativeOptions {
        renderer,
        viewport: egui::ViewportBuilder::default()
            .with_title("民生对比 Minsheng")
            .with_app_id("minsheng")
            .with_inner_size(settings::DEFAULT_WINDOW)
            .with_min_inner_size(settings::MIN_WINDOW)
            .with_icon(icon())
            .with_drag_and_drop(true),
        // The size is restored from our settings, never below the minimum
        // (eframe's own would restore a window shrunk to a sliver).
        persist_window: false,
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "minsheng",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let settings = match cc.storage {
                Some(storage) => eframe::get_value(storage, eframe::APP_KEY).unwrap_or_else(|| {
                    if storage.get_string(eframe::APP_KEY).is_some() {
                        eprintln!("minsheng: the saved settings could not be read; starting from the defaults");
                    }
                    settings::Settings::default()
                }),
                None => settings::Settings::default(),
            };
            let [w, h] = settings.window_size();
            cc.egui_ctx
                .send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(w, h)));
            let mut app = MinshengApp::new(settings, Box::new(dialogs::NativeDialogs))
                .with_cache(crate::cache::Cache::user());
            app.start(&cc.egui_ctx, paths.to_vec());
            Ok(Box::new(app))
        }),
    )
}
