//! Colours as the models name them: a province's place in the fixed list of
//! provinces, or an area. The dashboard turns a [`Paint`] into pixels
//! (`gui::chart::color`); the models never hold a colour value themselves.

use crate::measure::{Area, PROVINCES};

/// What a colour stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hue {
    /// The n-th colour of the province palette: a province's place in
    /// [`PROVINCES`], the same in every view and export.
    Province(usize),
    /// The colour of an area, where urban and rural stand side by side.
    Area(Area),
}

/// A colour of a mark: its hue, drawn lighter when `faded` (a figure
/// converted from the other period).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Paint {
    pub hue: Hue,
    pub faded: bool,
}

impl Paint {
    /// A province's colour, by its place in [`PROVINCES`] (unknown names
    /// share the colour after the last province).
    pub fn province(province: &str) -> Self {
        let index = PROVINCES
            .iter()
            .position(|p| *p == province)
            .unwrap_or(PROVINCES.len());
        Self {
            hue: Hue::Province(index),
            faded: false,
        }
    }

    pub fn area(area: Area) -> Self {
        Self {
            hue: Hue::Area(area),
            faded: false,
        }
    }

    /// The same hue, lighter.
    #[must_use]
    pub fn faded(self, faded: bool) -> Self {
        Self { faded, ..self }
    }
}

/// How a line is drawn: each area in its own dash, so that urban and rural
/// lines of one province (one colour) stay apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

impl Dash {
    /// Joint figures solid, urban dashed, rural dotted.
    pub fn of(area: Area) -> Self {
        match area {
            Area::Joint => Self::Solid,
            Area::Urban => Self::Dashed,
            Area::Rural => Self::Dotted,
        }
    }
}
