//! 关于 About: the version, where things live, clearing the cache, licences.

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use minsheng::gui::app::Command;

use super::{app_with, cancelled, harness};
use crate::temp_dir;

#[test]
fn the_about_button_shows_the_version_the_folders_and_the_licences() {
    let cache = temp_dir("gui-about-shows");
    let app = app_with(cancelled()).with_cache(Some(minsheng::cache::Cache::at(&cache)));
    let mut harness = harness(app);
    harness.run();
    assert!(harness.query_by_label("# Third-party notices").is_none());
    harness.get_by_label("更多").click();
    harness.run();
    harness.get_by_label("关于").click();
    harness.run();
    assert!(harness.state().views.about.open);
    harness.get_by_label(&format!("版本 {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label(&cache.display().to_string());
    let first_line = minsheng::about::THIRD_PARTY
        .lines()
        .next()
        .unwrap_or_default();
    assert_eq!(first_line, "# Third-party notices");
    // The licences' Markdown is read, not shown: a heading without its `#`,
    // code spans without their backticks.
    harness.get_by_label("Third-party notices");
    assert!(harness.query_by_label("# Third-party notices").is_none());
    harness.get_by_label("Minsheng (民生对比) is licensed under MIT OR Apache-2.0 (LICENSE-MIT,");
    assert!(
        harness.query_by_label_contains("`").is_none(),
        "a backtick is shown"
    );
}

#[test]
fn the_licences_markdown_reads_as_headings_text_code_and_aligned_tables() {
    use minsheng::about::{Line, Span, markdown_lines};
    let text = "# Notices\n\nUnder `LICENSE-MIT` and a lone ` tick.\n\n\
                | Crate | Version |\n|---|---|\n| a | 1.0.0 |\n| longer | 2 |\n\n\
                ```text\n# not a heading, `not code`\n```\n###No space\n";
    let lines = markdown_lines(text);
    let span = |text: &str, code: bool| Span {
        text: text.to_owned(),
        code,
    };
    assert_eq!(
        lines,
        [
            Line::Heading(1, vec![span("Notices", false)]),
            Line::Blank,
            Line::Text(vec![
                span("Under ", false),
                span("LICENSE-MIT", true),
                span(" and a lone ` tick.", false),
            ]),
            Line::Blank,
            Line::Row {
                text: "Crate   Version".into(),
                header: true
            },
            Line::Row {
                text: "a       1.0.0".into(),
                header: false
            },
            Line::Row {
                text: "longer  2".into(),
                header: false
            },
            Line::Blank,
            Line::Code("# not a heading, `not code`".into()),
            Line::Text(vec![span("###No space", false)]),
        ]
    );
}

#[test]
fn the_shipped_notices_show_no_markdown_markup() {
    use minsheng::about::{Line, markdown_lines};
    let lines = markdown_lines(minsheng::about::THIRD_PARTY);
    let headings = lines
        .iter()
        .filter(|l| matches!(l, Line::Heading(..)))
        .count();
    assert!(headings > 20, "{headings} headings");
    for line in &lines {
        let plain = line.plain();
        if matches!(line, Line::Code(_)) {
            continue;
        }
        assert!(!plain.starts_with('#'), "{plain}");
        assert!(!plain.contains('`'), "{plain}");
        assert!(!plain.contains('|'), "{plain}");
    }
    let header = lines
        .iter()
        .find(|l| matches!(l, Line::Row { header: true, .. }))
        .expect("the crates table");
    assert!(header.plain().starts_with("Crate "), "{}", header.plain());
}

#[test]
fn clearing_the_cache_empties_its_folder_and_says_how_much_was_freed() {
    let cache = temp_dir("gui-about-clear");
    std::fs::write(cache.join("results-a.bin"), vec![0u8; 2048]).expect("write");
    std::fs::create_dir_all(cache.join("old")).expect("mkdir");
    std::fs::write(cache.join("old").join("b.bin"), vec![0u8; 1024]).expect("write");
    let app = app_with(cancelled()).with_cache(Some(minsheng::cache::Cache::at(&cache)));
    let mut harness = harness(app);
    harness.run();
    let ctx = harness.ctx.clone();
    harness.state_mut().run(&ctx, Command::ShowAbout);
    harness.run();
    harness.get_by_label("清除缓存").click();
    harness.run();
    assert!(cache.is_dir(), "the folder itself stays");
    let left: Vec<_> = std::fs::read_dir(&cache).expect("read").collect();
    assert!(left.is_empty(), "left in the cache: {left:?}");
    // In the window and on the status line.
    let said = harness
        .query_all_by_label("已清除缓存，释放 3.0 KB")
        .count();
    assert_eq!(said, 2);
}

#[test]
fn without_a_cache_there_is_nothing_to_clear() {
    let mut harness = harness(app_with(cancelled()));
    harness.run();
    let ctx = harness.ctx.clone();
    harness.state_mut().run(&ctx, Command::ShowAbout);
    harness.run();
    let button = harness.get_by_label("清除缓存");
    assert!(button.accesskit_node().is_disabled());
}

#[test]
fn sizes_are_said_for_people() {
    use minsheng::about::human_bytes;
    assert_eq!(human_bytes(12), "12 B");
    assert_eq!(human_bytes(3 * 1024), "3.0 KB");
    assert_eq!(human_bytes(5 * 1024 * 1024 + 300 * 1024), "5.3 MB");
}
