//! Starting the window: which renderers are tried and what is said when none
//! starts; what the open dialog offers.

use eframe::egui_wgpu::WgpuError;
use minsheng::gui::{RENDERERS, no_renderer_message, renderer_failed};

#[test]
fn wgpu_is_tried_first_then_opengl() {
    assert_eq!(RENDERERS, [eframe::Renderer::Wgpu, eframe::Renderer::Glow]);
}

#[test]
fn only_a_renderer_failure_is_worth_another_renderer() {
    assert!(renderer_failed(&eframe::Error::Wgpu(
        WgpuError::NoSurfaceFormatsAvailable
    )));
    assert!(!renderer_failed(&eframe::Error::AppCreation(
        "the app failed".into()
    )));
}

#[test]
fn when_no_renderer_starts_the_message_names_what_failed_and_what_to_install() {
    let message = no_renderer_message(&[
        (eframe::Renderer::Wgpu, "no suitable adapter".to_owned()),
        (eframe::Renderer::Glow, "no GL config".to_owned()),
    ]);
    assert!(message.contains("wgpu: no suitable adapter"), "{message}");
    assert!(message.contains("glow: no GL config"), "{message}");
    assert!(
        message.contains("mesa-vulkan-drivers libgl1-mesa-dri libegl1"),
        "{message}"
    );
    assert!(message.contains("minsheng extract"), "{message}");
}

#[test]
fn the_open_dialog_offers_documents_and_measures_files() {
    let filters = minsheng::gui::dialogs::open_filters();
    let (_, first) = &filters[0];
    for ext in ["txt", "html", "docx", "pdf", "xlsx", "xls", "jsonl", "csv"] {
        assert!(first.contains(&ext), "{ext} in {first:?}");
    }
    assert!(
        filters
            .iter()
            .any(|(_, e)| *e == ["jsonl", "ndjson", "csv"])
    );
}
