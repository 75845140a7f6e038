//! The status bar: the path field that stands in for a missing dialog.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, Purpose};
use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};
use minsheng::gui::export::Target;
use minsheng::gui::i18n::{Lang, T};
use minsheng::gui::views::status::StatusBar;

use super::{alone, app_with, harness};

fn no_dialogs() -> ScriptedDialogs {
    ScriptedDialogs {
        folder: DialogOutcome::Unavailable("no portal".into()),
        save: DialogOutcome::Unavailable("no portal".into()),
    }
}

#[test]
fn a_missing_dialog_is_reported_in_the_users_language_and_a_path_field_offered() {
    let mut harness = harness(app_with(no_dialogs()));
    harness.run();
    harness.get_by_label("打开文件夹…").click();
    harness.run();
    let status = harness.state().status.clone().unwrap_or_default();
    assert_eq!(
        status,
        Lang::Zh.tr(T::NoDialog),
        "no English reason tacked on"
    );
    harness.get_by_label("路径");
    harness.get_by_label("打开");
}

#[test]
fn saving_without_a_dialog_says_save_and_suggests_a_file_in_the_pictures_folder() {
    let mut harness = harness(app_with(no_dialogs()));
    harness.run();
    harness.get_by_label("导出 PNG…").click();
    harness.run();
    // The button says what it does.
    harness.get_by_label("保存");
    assert!(harness.query_by_label("打开").is_none());
    let field = harness
        .state()
        .views
        .status
        .path_field
        .clone()
        .expect("a path field");
    let path = std::path::PathBuf::from(&field.text);
    assert!(
        path.is_absolute(),
        "the folder is in plain sight: {}",
        field.text
    );
    let Purpose::Save(target) = field.purpose else {
        panic!("a save");
    };
    assert_eq!(path.parent(), Some(target.default_folder().as_path()));
    harness.get_by_label_contains("保存到文件夹");
}

#[test]
fn a_bare_name_is_saved_in_the_default_folder_not_the_working_directory() {
    let path = Target::Csv.resolve("figures.csv");
    assert!(path.is_absolute());
    assert_eq!(path, Target::Csv.default_folder().join("figures.csv"));
    let absolute = std::env::temp_dir().join("x.png");
    assert_eq!(
        Target::Overview.resolve(&absolute.display().to_string()),
        absolute
    );
}

#[test]
fn an_existing_file_is_replaced_only_after_asking() {
    let dir = crate::temp_dir("gui-replace");
    let path = dir.join("old.csv");
    std::fs::write(&path, "old").expect("write");
    let mut status = StatusBar::default();
    status.offer_path_field(Purpose::Save(Target::Csv), Lang::Zh);
    if let Some(field) = &mut status.path_field {
        field.text = path.display().to_string();
    }
    let mut harness = alone(status, Default::default(), |s, ui, ctx| {
        s.ui(ui, ctx, None, None)
    });
    harness.run();
    harness.get_by_label("保存").click();
    harness.run();
    assert!(matches!(
        harness.state().commands.last(),
        Some(Command::Status(_))
    ));
    harness.get_by_label("替换").click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::SaveTo(Target::Csv, path))
    );
}
