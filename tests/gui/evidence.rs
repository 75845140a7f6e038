//! The evidence panel.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, Evidence};
use minsheng::gui::views::evidence::EvidencePanel;

use super::{TEMPORARY_PER_PERSON_ONCE, alone, app_with, cancelled, harness};

#[test]
fn clicking_a_bar_lists_the_quote_behind_it_and_a_quote_opens_the_reader() {
    let mut app = app_with(cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into()];
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let mut harness = harness(app);
    harness.run();
    harness.get_by_label_contains("宁夏 城市 ").click();
    harness.run();
    let evidence = harness
        .state()
        .views
        .evidence
        .shown
        .clone()
        .expect("evidence shown");
    assert_eq!(evidence.province, "宁夏");
    // The urban bar's figure: 不低于3000元.
    harness
        .get_by_label_contains("按照城市不低于3000元、农村不低于2000元的标准")
        .click();
    harness.run();
    let app = harness.state();
    let reader = app.views.reader.open.as_ref().expect("reader open");
    let doc = &app.data.analysis.documents[reader.doc_index];
    assert!(doc.name.starts_with("000"));
    assert!(doc.original[reader.highlight.start..reader.highlight.end].contains("3000元"));
    assert_eq!(
        &doc.original[reader.figure.start..reader.figure.end],
        "3000元"
    );
}

#[test]
fn the_close_button_asks_to_close_the_panel() {
    let mut panel = EvidencePanel::default();
    panel.show(Evidence {
        province: "宁夏".into(),
        key: TEMPORARY_PER_PERSON_ONCE,
        mentions: vec![],
    });
    let mut harness = alone(panel, Default::default(), EvidencePanel::ui);
    harness.run();
    harness.get_by_label("关闭").click();
    harness.run();
    assert_eq!(harness.state().commands, [Command::ClosePanel]);
}

#[test]
fn a_terms_lines_are_found_off_the_ui_thread_and_open_the_reader() {
    let mut panel = EvidencePanel::default();
    panel.show_term("救助".into());
    let settings = minsheng::gui::app::Settings {
        selected: vec!["青海".into()],
        ..Default::default()
    };
    let mut harness = alone(panel, settings, EvidencePanel::ui);
    harness.run();
    harness.state_mut().view.wait();
    harness.run();
    let line = harness
        .get_all_by_label_contains("【救助】")
        .next()
        .expect("a line");
    line.click();
    harness.run();
    let Some(Command::OpenDocument {
        doc_index,
        span: Some(span),
    }) = harness.state().commands.last().cloned()
    else {
        panic!("{:?}", harness.state().commands);
    };
    let doc = &harness.state().data.analysis.documents[doc_index];
    assert_eq!(&doc.original[span.start..span.end], "救助");
}

#[test]
fn changes_are_listed_as_changes_and_each_figure_can_be_excluded() {
    let text =
        "## 青海新闻\n\n2023年青海城乡低保标准由每人每月680元提高到730元，每人每月提高50元。\n";
    let doc = minsheng::corpus::Document::from_bytes("0.txt", Default::default(), text.as_bytes())
        .expect("reads");
    let analysis = minsheng::analysis::from_documents(vec![doc], Vec::new());
    let key = minsheng::aggregate::MeasureKey::parse("minimum_living:amount_per_person:month")
        .expect("a key");
    let mentions: Vec<usize> = (0..analysis.measures.len()).collect();
    let before = analysis
        .measures
        .iter()
        .position(|f| f.measure.change == minsheng::measure::Change::Before)
        .expect("a before figure");
    let mut panel = EvidencePanel::default();
    panel.show(Evidence {
        province: "青海".into(),
        key,
        mentions,
    });
    let mut harness = alone(panel, Default::default(), EvidencePanel::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 3, Vec::new());
    harness.run();
    harness.get_by_label_contains("680 → 730元/人·月");
    harness.get_by_label_contains("+50元/人·月");
    harness
        .get_all_by_label("×")
        .nth(before)
        .expect("one × a figure")
        .click();
    harness.run();
    let id = minsheng::aggregate::figure_id(&harness.state().data.analysis.measures[before]);
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::Exclude {
            figure_id: id,
            excluded: true
        })
    );
}

#[test]
fn the_pencil_opens_a_figures_fields_and_apply_asks_for_its_correction() {
    let analysis = minsheng::analysis::analyze_seeds();
    let mentions: Vec<usize> = analysis
        .measures
        .iter()
        .enumerate()
        .filter(|(_, f)| minsheng::aggregate::MeasureKey::of(f) == TEMPORARY_PER_PERSON_ONCE)
        .filter(|(_, f)| f.measure.province == "宁夏")
        .map(|(i, _)| i)
        .collect();
    let mut panel = EvidencePanel::default();
    panel.show(Evidence {
        province: "宁夏".into(),
        key: TEMPORARY_PER_PERSON_ONCE,
        mentions: mentions.clone(),
    });
    let mut harness = alone(panel, Default::default(), EvidencePanel::ui);
    harness.state_mut().data = minsheng::gui::views::Data::new(analysis, 3, Vec::new());
    harness.run();
    assert!(
        harness.query_by_label("应用").is_none(),
        "closed until 更正"
    );
    harness
        .get_all_by_label("更正")
        .next()
        .expect("a 更正 a figure")
        .click();
    harness.run();
    harness.get_by_label("应用").click();
    harness.run();
    assert_eq!(
        harness.state().commands.last(),
        Some(&Command::Correct {
            measure: mentions[0],
            correction: None
        }),
        "nothing changed: nothing to correct"
    );
    assert!(
        harness.query_by_label("应用").is_none(),
        "applied and closed"
    );
}

#[test]
fn a_correction_is_remembered_for_the_folder_applied_everywhere_and_can_be_undone() {
    let mut app = app_with(cancelled());
    let at = app
        .data
        .analysis
        .measures
        .iter()
        .position(|f| f.measure.province == "宁夏")
        .expect("a figure of 宁夏");
    let original = app.data.analysis.measures[at].measure.clone();
    let generation = app.data.generation;
    let correction = minsheng::corrections::Correction {
        doc: original.doc.clone(),
        quote: original.quote.clone(),
        value: original.value,
        exclude: false,
        fields: minsheng::corrections::Fields {
            province: Some("甘肃".into()),
            ..Default::default()
        },
    };
    let ctx = egui::Context::default();
    app.run(
        &ctx,
        Command::Correct {
            measure: at,
            correction: Some(correction.clone()),
        },
    );
    assert!(app.data.generation > generation, "every view draws anew");
    assert_eq!(app.data.analysis.measures[at].measure.province, "甘肃");
    assert!(app.data.analysis.corrected.contains(&at));
    assert_eq!(app.settings.corrections_here(), [correction]);
    app.run(
        &ctx,
        Command::Correct {
            measure: at,
            correction: None,
        },
    );
    assert_eq!(app.data.analysis.measures[at].measure, original);
    assert!(app.settings.corrections_here().is_empty());
    assert!(app.data.analysis.corrected.is_empty());
}

#[test]
fn a_corrections_file_written_by_the_app_gives_the_same_bars_on_the_command_line() {
    let mut app = app_with(cancelled());
    app.settings.selected = vec!["宁夏".into(), "青海".into()];
    app.settings.measure = Some(TEMPORARY_PER_PERSON_ONCE);
    let of_key = |f: &&minsheng::measure::Found| {
        minsheng::aggregate::MeasureKey::of(f) == TEMPORARY_PER_PERSON_ONCE
            && f.measure.change == minsheng::measure::Change::Level
    };
    let measures = &app.data.analysis.measures;
    let excluded = measures
        .iter()
        .filter(of_key)
        .find(|f| f.measure.province == "宁夏")
        .map(minsheng::aggregate::figure_id)
        .expect("a figure of 宁夏");
    let (moved, moved_figure) = measures
        .iter()
        .enumerate()
        .find(|(_, f)| of_key(f) && f.measure.province == "青海")
        .map(|(i, f)| (i, f.measure.clone()))
        .expect("a figure of 青海");
    let ctx = egui::Context::default();
    app.run(
        &ctx,
        Command::Exclude {
            figure_id: excluded,
            excluded: true,
        },
    );
    app.run(
        &ctx,
        Command::Correct {
            measure: moved,
            correction: Some(minsheng::corrections::Correction {
                doc: moved_figure.doc.clone(),
                quote: moved_figure.quote.clone(),
                value: moved_figure.value,
                exclude: false,
                fields: minsheng::corrections::Fields {
                    area: Some(minsheng::measure::Area::Urban),
                    year: Some(Some(2020)),
                    ..Default::default()
                },
            }),
        },
    );
    let dir = crate::temp_dir("corrections-app");
    let file = dir.join("corrections.jsonl");
    let bars_app = dir.join("bars_app.csv");
    let bars_cli = dir.join("bars_cli.csv");
    use minsheng::gui::export::Target;
    app.run(&ctx, Command::SaveTo(Target::Corrections, file.clone()));
    app.wait_for_export().expect("saved").expect("written");
    app.run(
        &ctx,
        Command::SaveTo(
            Target::ChartData(TEMPORARY_PER_PERSON_ONCE),
            bars_app.clone(),
        ),
    );
    app.wait_for_export().expect("saved").expect("written");
    let written = std::fs::read_to_string(&file).expect("corrections written");
    assert_eq!(written.lines().count(), 2, "{written}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_minsheng"))
        .args(["chart", "--measure"])
        .arg(TEMPORARY_PER_PERSON_ONCE.code())
        .args(["--provinces", "青海,宁夏", "--corrections"])
        .arg(&file)
        .arg("--data")
        .arg(&bars_cli)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let app_csv = std::fs::read_to_string(&bars_app).expect("app's bars");
    assert_eq!(
        app_csv,
        std::fs::read_to_string(&bars_cli).expect("cli's bars")
    );
    assert!(
        app_csv.contains(",true\n"),
        "a bar says it is corrected: {app_csv}"
    );
}

#[test]
fn importing_a_corrections_file_adds_its_corrections_and_exclusions_and_counts_the_unmatched() {
    let mut app = app_with(cancelled());
    let figure = app.data.analysis.measures[0].clone();
    let lines = [
        minsheng::corrections::exclusion_of(&figure).json_line(),
        "{\"doc\": \"none.txt\", \"quote\": \"无\", \"value\": 1, \"exclude\": true}".to_owned(),
    ];
    let path = crate::temp_dir("corrections-import").join("c.jsonl");
    std::fs::write(&path, lines.join("\n")).expect("written");
    let ctx = egui::Context::default();
    app.run(&ctx, Command::ImportCorrections(path));
    assert!(
        app.settings
            .excluded_here()
            .contains(&minsheng::aggregate::figure_id(&figure))
    );
    let status = app.status.clone().unwrap_or_default();
    assert!(status.contains("1 条更正未找到对应数据"), "{status}");
}
