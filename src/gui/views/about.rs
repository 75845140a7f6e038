//! 关于 About: the version, where the results cache and the settings live
//! (with a button that clears the cache and says how much it freed), and the
//! licences of everything the binary embeds (`THIRD-PARTY.md`, its Markdown
//! read rather than shown).

use std::path::PathBuf;

use egui::RichText;

use super::Ctx;
use crate::about::Line;
use crate::gui::app::Command;
use crate::gui::i18n::T;

/// Where Minsheng keeps things on this machine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Places {
    /// The results cache (none: results are not kept).
    pub cache: Option<PathBuf>,
    /// eframe's settings file folder.
    pub settings: Option<PathBuf>,
}

/// The About window, open or closed.
#[derive(Default)]
pub struct AboutWindow {
    pub open: bool,
    pub places: Places,
    /// What clearing the cache did, once it was asked for.
    pub cleared: Option<String>,
}

impl AboutWindow {
    /// Open the window on `places`.
    pub fn show(&mut self, places: Places) {
        self.open = true;
        self.places = places;
        self.cleared = None;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Command> {
        let Self {
            open,
            places,
            cleared,
        } = self;
        if !*open {
            return None;
        }
        let mut command = None;
        egui::Window::new(ctx.tr(T::About))
            .id(egui::Id::unique("about window"))
            .open(open)
            .default_size([560.0, 520.0])
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(ui.ctx().content_rect().center_top() + egui::vec2(0.0, 60.0))
            .collapsible(false)
            .show(ui.ctx(), |ui| {
                ui.heading("民生对比 Minsheng");
                ui.label(format!(
                    "{} {}",
                    ctx.tr(T::Version),
                    env!("CARGO_PKG_VERSION")
                ));
                ui.add_space(6.0);
                egui::Grid::new("about places")
                    .num_columns(2)
                    .show(ui, |ui| {
                        for (label, path) in [
                            (T::CacheFolder, &places.cache),
                            (T::SettingsFolder, &places.settings),
                        ] {
                            ui.label(ctx.tr(label));
                            let shown = path.as_ref().map_or_else(
                                || ctx.tr(T::NotAvailable).to_owned(),
                                |p| p.display().to_string(),
                            );
                            ui.add(egui::Label::new(RichText::new(shown).monospace()));
                            ui.end_row();
                        }
                    });
                ui.horizontal(|ui| {
                    let clear = egui::Button::new(ctx.tr(T::ClearCache));
                    if ui.add_enabled(places.cache.is_some(), clear).clicked() {
                        command = Some(Command::ClearCache);
                    }
                    if let Some(message) = cleared.as_deref() {
                        ui.label(message);
                    }
                });
                ui.separator();
                ui.label(RichText::new(ctx.tr(T::Licences)).strong());
                licences_ui(ui);
            });
        command
    }
}

/// `THIRD-PARTY.md`, a line a row, its Markdown read (headings, code,
/// tables; see [`crate::about::markdown_lines`]): only the rows in view are
/// laid out (the text is over 100 KB).
fn licences_ui(ui: &mut egui::Ui) {
    static LINES: std::sync::OnceLock<Vec<Line>> = std::sync::OnceLock::new();
    let lines = LINES.get_or_init(|| crate::about::markdown_lines(crate::about::THIRD_PARTY));
    let row_height = ui.text_style_height(&egui::TextStyle::Small);
    egui::ScrollArea::both()
        .id_salt("licences")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, lines.len(), |ui, range| {
            for line in &lines[range] {
                line_ui(ui, line);
            }
        });
}

/// One line of the licences: headings strong, code and tables in the
/// monospace font, code spans in running text too.
fn line_ui(ui: &mut egui::Ui, line: &Line) {
    let small = egui::TextStyle::Small.resolve(ui.style());
    let mono = egui::FontId::monospace(small.size);
    let text: egui::WidgetText = match line {
        Line::Heading(_, _) => RichText::new(line.plain())
            .text_style(egui::TextStyle::Body)
            .strong()
            .into(),
        Line::Text(spans) => {
            let color = ui.visuals().text_color();
            let mut job = egui::text::LayoutJob::default();
            for span in spans {
                let font = if span.code { &mono } else { &small };
                job.append(
                    &span.text,
                    0.0,
                    egui::TextFormat::simple(font.clone(), color),
                );
            }
            job.into()
        }
        Line::Code(text) => RichText::new(text).font(mono).into(),
        Line::Row { text, header } => {
            let text = RichText::new(text).font(mono);
            if *header { text.strong() } else { text }.into()
        }
        Line::Blank => RichText::new("").small().into(),
    };
    ui.add(egui::Label::new(text).extend());
}

/// Empty the results cache; what the status line says of it.
pub fn clear_cache(cache: Option<&crate::cache::Cache>, lang: crate::gui::i18n::Lang) -> String {
    match cache.map(|c| crate::about::clear_dir(c.dir())) {
        Some(Ok(freed)) => format!(
            "{} {}",
            lang.tr(T::CacheCleared),
            crate::about::human_bytes(freed.bytes)
        ),
        Some(Err(err)) => format!("{}: {err}", lang.tr(T::ClearCache)),
        None => lang.tr(T::NotAvailable).to_owned(),
    }
}
