//! 原文 Reader.

use egui_kittest::kittest::Queryable as _;
use minsheng::gui::app::{Command, MinshengApp};
use minsheng::gui::dialogs::{DialogOutcome, ScriptedDialogs};
use minsheng::gui::views::reader::{ReaderView, Text};
use minsheng::measure::Span;

use super::alone;

#[test]
fn a_document_without_its_text_is_read_again_off_the_ui_thread() {
    let dir = crate::temp_dir("gui-reader");
    let path = dir.join("a.txt");
    std::fs::write(&path, "# 甘肃新闻\n\n甘肃省发放临时救助资金2.5亿元。\n").expect("write");
    let mut harness = alone(ReaderView::default(), Default::default(), ReaderView::ui);
    {
        // As the cache restores it: the summary without the text.
        let mut analysis = minsheng::analysis::analyze_paths(
            &[path],
            Default::default(),
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        );
        analysis.documents[0].original.clear();
        let state = harness.state_mut();
        state.data = minsheng::gui::views::Data::new(analysis, 2, vec![dir]);
        let span = Span { start: 16, end: 25 };
        state
            .view
            .open(&egui::Context::default(), &state.data, 0, span, span);
        assert!(matches!(
            state.view.open.as_ref().map(|r| &r.text),
            Some(Text::Loading(_))
        ));
    }
    harness.run();
    harness.state_mut().view.wait();
    harness.run();
    assert!(matches!(
        harness.state().view.open.as_ref().map(|r| &r.text),
        Some(Text::Loaded(_))
    ));
    harness.get_by_label_contains("甘肃省发放临时救助资金");
    harness.get_by_label("a.txt");
}

#[test]
fn the_quote_can_be_copied_from_the_reader() {
    let mut harness = alone(ReaderView::default(), Default::default(), ReaderView::ui);
    let quote = {
        let state = harness.state_mut();
        state
            .view
            .open_measure(&egui::Context::default(), &state.data, 0);
        state.data.analysis.measures[0].measure.quote.clone()
    };
    harness.run();
    harness.get_by_label("复制引文").click();
    harness.step();
    let copied = super::clipboard::copied_text(&harness.output().platform_output.commands);
    assert_eq!(copied.as_deref(), Some(quote.as_str()));
    assert_eq!(
        harness.state().commands.last(),
        Some(&minsheng::gui::app::Command::Status("已复制".into()))
    );
}

/// A folder with one document, and the measures file `minsheng extract`
/// writes for it; returns the file and how many figures it holds.
fn measures_file(dir: &std::path::Path) -> (std::path::PathBuf, usize) {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("mkdir");
    std::fs::write(
        docs.join("gansu.txt"),
        "# 甘肃新闻\n\n甘肃省发放临时救助资金2.5亿元,惠及困难群众8万人次。\n\n青海省城乡低保标准提高到每人每月700元。\n",
    )
    .expect("write");
    let analysis = minsheng::analysis::analyze_paths(
        &[docs],
        Default::default(),
        &|_| {},
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert!(!analysis.measures.is_empty());
    let jsonl = dir.join("gansu.jsonl");
    minsheng::export::write_atomically(&jsonl, |w| {
        minsheng::export::write_jsonl(w, &analysis.measures)
    })
    .expect("jsonl");
    (jsonl, analysis.measures.len())
}

fn open_files(paths: Vec<std::path::PathBuf>) -> egui_kittest::Harness<'static, MinshengApp> {
    let dialogs = ScriptedDialogs {
        folder: DialogOutcome::ChosenMany(paths),
        save: DialogOutcome::Cancelled,
    };
    let mut harness = super::harness(super::app_with(dialogs));
    harness.run();
    harness.get_by_label("打开文件…").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_loading();
    harness.run_steps(4);
    harness
}

#[test]
fn a_measures_file_opened_from_the_dialog_shows_its_figures_and_the_reader_the_quote_alone() {
    let dir = crate::temp_dir("gui-measures-file");
    let (jsonl, count) = measures_file(&dir);
    let mut harness = open_files(vec![jsonl.clone()]);
    let app = harness.state();
    assert_eq!(app.data.analysis.measures.len(), count);
    assert_eq!(app.data.analysis.problems, []);
    assert_eq!(app.data.source, std::slice::from_ref(&jsonl));
    assert!(app.settings.selected.contains(&"甘肃".to_owned()));
    harness.get_by_label_contains(&jsonl.display().to_string());
    let quote = harness.state().data.analysis.measures[0]
        .measure
        .quote
        .clone();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, Command::OpenReader { measure: 0 });
    harness.run();
    harness.get_by_label("原文不可用（由数据文件导入）");
    harness.get_by_label(&quote);
    harness.get_by_label("gansu.txt");
}

#[test]
fn a_measures_file_that_cannot_be_read_is_a_problem_and_the_others_are_shown() {
    let dir = crate::temp_dir("gui-measures-bad");
    let (jsonl, count) = measures_file(&dir);
    let garbage = dir.join("garbage.jsonl");
    std::fs::write(&garbage, [0xff_u8, 0x00, 0x13, 0x37]).expect("write");
    let missing = dir.join("missing.csv");
    let harness = open_files(vec![jsonl, garbage, missing]);
    let app = harness.state();
    assert_eq!(app.data.analysis.measures.len(), count);
    let problems: Vec<&str> = app
        .data
        .analysis
        .problems
        .iter()
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.ends_with("garbage.jsonl")));
    assert!(problems.iter().any(|p| p.ends_with("missing.csv")));
    harness.get_by_label_contains("问题 (2)");
}

#[test]
fn measures_files_dropped_on_the_window_open_the_same_way() {
    let dir = crate::temp_dir("gui-measures-drop");
    let (jsonl, count) = measures_file(&dir);
    let mut harness = super::harness(super::app_with(super::cancelled()));
    harness.run();
    let dropped = std::sync::Arc::new(Dropped(jsonl));
    harness.input_mut().dropped_files.push(dropped);
    harness.step();
    harness.state_mut().wait_for_loading();
    harness.run_steps(2);
    let analysis = &harness.state().data.analysis;
    assert_eq!(analysis.documents[0].encoding, minsheng::analysis::IMPORTED);
    assert_eq!(harness.state().data.analysis.measures.len(), count);
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn measures_files_and_documents_opened_together_are_merged() {
    use minsheng::import::split_measures_files;
    let dir = crate::temp_dir("gui-measures-mixed");
    let (jsonl, count) = measures_file(&dir);
    let other = dir.join("other");
    std::fs::create_dir_all(&other).expect("mkdir");
    std::fs::write(
        other.join("qinghai.txt"),
        "青海省城乡低保标准提高到每人每月700元。\n",
    )
    .expect("write");
    let docs = dir.join("docs");
    let (files, documents) = split_measures_files(&[jsonl.clone(), docs.clone()]);
    assert_eq!(
        (files, documents),
        (vec![jsonl.clone()], vec![docs]),
        "a folder is read as documents"
    );
    let harness = open_files(vec![other.clone(), jsonl]);
    let analysis = &harness.state().data.analysis;
    assert_eq!(analysis.documents[0].name, "qinghai.txt");
    let from_file = analysis.measures.iter().filter(|f| f.doc_index > 0).count();
    assert_eq!(
        from_file, count,
        "the measures file's figures, after the folder's"
    );
    assert!(analysis.measures.len() > count);
    for found in &analysis.measures {
        assert_eq!(analysis.documents[found.doc_index].name, found.measure.doc);
    }
}
