//! Waiting for the dashboard's background work: for tests and scripted use,
//! which step frames by hand.

use std::path::PathBuf;

use super::MinshengApp;

impl MinshengApp {
    /// Wait for a running load to finish (tests and scripted use).
    pub fn wait_for_loading(&mut self) {
        if let Some((paths, analysis)) = self.background.wait_for_loading() {
            self.finish_loading(&paths, analysis);
        }
    }

    /// Wait for a running save (tests and scripted use).
    pub fn wait_for_export(&mut self) -> Option<Result<PathBuf, String>> {
        let result = self.background.wait_for_save()?;
        self.status = Some(crate::gui::export::saved_message(
            self.settings.lang,
            &result,
        ));
        Some(result)
    }

    /// Wait for the chart being drawn for the clipboard; the next frame puts
    /// it there (tests and scripted use).
    pub fn wait_for_copy(&mut self) {
        self.background.wait_for_copy();
    }

    /// Wait for every view's background work (tests and scripted use).
    pub fn wait_for_work(&mut self) {
        self.views.main.iter_mut().for_each(|v| v.wait());
        self.views.evidence.wait();
        self.views.reader.wait();
    }
}
