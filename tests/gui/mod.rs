//! The dashboard driven through `egui_kittest`: each view built alone around
//! its own state (a module per view), and the whole app for what crosses
//! views. Widgets are found by label, clicked, and the state checked;
//! rendered snapshots use wgpu on Mesa's software renderer
//! (`UPDATE_SNAPSHOTS=1` rewrites them).

mod about;
mod app;
mod change;
mod clipboard;
mod compare;
mod coverage;
mod documents;
mod evidence;
mod gap;
mod map;
mod opening;
mod overview;
mod reader;
mod report;
mod side_panel;
mod startup;
mod status;
mod table;
mod terms;
mod top_bar;
mod trend;

use egui_kittest::Harness;
use minsheng::aggregate::MeasureKey;
use minsheng::gui::app::{Command, MinshengApp, Settings};
use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};
use minsheng::gui::i18n::Lang;
use minsheng::gui::views::{Ctx, Data};
use minsheng::measure::{Category, Kind, Period};

pub const SIZE: egui::Vec2 = egui::vec2(1280.0, 820.0);

pub const TEMPORARY_PER_PERSON_ONCE: MeasureKey = MeasureKey {
    category: Category::TemporaryAssistance,
    kind: Kind::AmountPerPerson,
    period: Some(Period::Once),
};

/// The app on the seeds, with dialogs that answer as given.
pub fn app_with(dialogs: ScriptedDialogs) -> MinshengApp {
    let mut app = MinshengApp::new(Settings::default(), Box::new(dialogs));
    app.load_seeds();
    app
}

pub fn cancelled() -> ScriptedDialogs {
    ScriptedDialogs {
        folder: DialogOutcome::Cancelled,
        save: DialogOutcome::Cancelled,
    }
}

/// The picture the export just asked for, once written: to `path`.
pub fn exported_png(
    harness: &mut Harness<'static, MinshengApp>,
    path: &std::path::Path,
) -> image::RgbaImage {
    harness.run();
    let result = harness
        .state_mut()
        .wait_for_export()
        .expect("an export ran");
    assert_eq!(result.expect("written"), path);
    image::open(path).expect("a PNG").to_rgba8()
}

/// The whole app in a harness.
pub fn harness(app: MinshengApp) -> Harness<'static, MinshengApp> {
    Harness::builder()
        .with_size(SIZE)
        .with_context_setup(minsheng::gui::install_fonts)
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut MinshengApp| app.ui(ui), app)
}

/// The whole app, rendered (for snapshots).
pub fn rendered(app: MinshengApp, size: egui::Vec2) -> Harness<'static, MinshengApp> {
    Harness::builder()
        .with_size(size)
        .with_context_setup(minsheng::gui::install_fonts)
        .with_max_steps(12)
        .wgpu()
        .build_ui_state(|ui, app: &mut MinshengApp| app.ui(ui), app)
}

/// One view alone: its state, the data and settings it reads, and the
/// commands it returned.
pub struct Alone<V> {
    pub view: V,
    pub data: Data,
    pub settings: Settings,
    pub commands: Vec<Command>,
}

type Draw<V> = fn(&mut V, &mut egui::Ui, &Ctx<'_>) -> Option<Command>;

/// A harness around one view on the seeds (all provinces with data selected).
pub fn alone<V: 'static>(view: V, settings: Settings, draw: Draw<V>) -> Harness<'static, Alone<V>> {
    alone_sized(view, settings, draw, egui::vec2(1000.0, 700.0), false)
}

pub fn alone_sized<V: 'static>(
    view: V,
    mut settings: Settings,
    draw: Draw<V>,
    size: egui::Vec2,
    wgpu: bool,
) -> Harness<'static, Alone<V>> {
    let data = Data::seeds(1);
    if settings.selected.is_empty() {
        settings.selected = data.provinces_with_data();
    }
    if settings.measure.is_none() {
        settings.measure = data.keys.first().map(|(k, _)| *k);
    }
    let state = Alone {
        view,
        data,
        settings,
        commands: Vec::new(),
    };
    let builder = Harness::builder()
        .with_size(size)
        .with_context_setup(minsheng::gui::install_fonts);
    let builder = if wgpu { builder.wgpu() } else { builder };
    builder.build_ui_state(
        move |ui, s: &mut Alone<V>| {
            let ctx = Ctx::new(&s.data, &s.settings);
            egui::CentralPanel::default().show(ui, |ui| {
                if let Some(command) = draw(&mut s.view, ui, &ctx) {
                    s.commands.push(command);
                }
            });
        },
        state,
    )
}

pub fn english() -> Settings {
    Settings {
        lang: Lang::En,
        ..Settings::default()
    }
}
