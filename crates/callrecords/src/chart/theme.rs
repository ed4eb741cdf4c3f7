//! Chart colours for the light and dark page themes.
//!
//! Verdict colours come from the Okabe–Ito palette, which stays distinguishable with the common
//! colour-vision deficiencies: good = bluish green, poor = vermillion, not judged = blue,
//! unclassified = grey. Colour is never the only signal: poor bars are also hatched and carry a
//! "!" mark, failed segments a drawn ✖, and scatter points differ in shape.
//!
//! Every role has its own colour value, so native tests can find the elements of one role in
//! the SVG output by their `fill`/`stroke` attribute.

use crate::judge::Verdict;
use plotters::style::RGBColor;

/// The colours of every chart element.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    /// Titles, labels, the "!" poor mark.
    pub text: RGBColor,
    /// Secondary text and the "not reported" outline and words.
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// Within the limit (Okabe–Ito bluish green).
    pub good: RGBColor,
    /// Breaks the limit (Okabe–Ito vermillion).
    pub poor: RGBColor,
    /// Could not be classified (grey).
    pub unclassified: RGBColor,
    /// Reported but not judged by the rule set (Okabe–Ito blue / sky blue).
    pub not_judged: RGBColor,
    /// Hatch lines drawn over poor bars.
    pub hatch: RGBColor,
    /// Dashed threshold lines and their labels.
    pub threshold: RGBColor,
    /// Max markers on average bars.
    pub marker: RGBColor,
    /// The background band of a session on the timeline.
    pub track: RGBColor,
    /// The ✖ drawn on failed sessions and segments.
    pub failed: RGBColor,
}

impl Theme {
    /// For a light page.
    pub fn light() -> Theme {
        Theme {
            background: RGBColor(0xFF, 0xFF, 0xFF),
            text: RGBColor(0x1A, 0x1A, 0x1A),
            muted: RGBColor(0x5F, 0x5F, 0x5F),
            grid: RGBColor(0xE3, 0xE3, 0xE3),
            axis: RGBColor(0x6B, 0x6B, 0x6B),
            good: RGBColor(0x00, 0x9E, 0x73),
            poor: RGBColor(0xD5, 0x5E, 0x00),
            unclassified: RGBColor(0x99, 0x99, 0x99),
            not_judged: RGBColor(0x00, 0x72, 0xB2),
            hatch: RGBColor(0xFA, 0xFA, 0xFA),
            threshold: RGBColor(0x00, 0x00, 0x00),
            marker: RGBColor(0x33, 0x33, 0x33),
            track: RGBColor(0xED, 0xED, 0xED),
            failed: RGBColor(0xAA, 0x33, 0x77),
        }
    }

    /// For a dark page.
    pub fn dark() -> Theme {
        Theme {
            background: RGBColor(0x1B, 0x1B, 0x1F),
            text: RGBColor(0xEC, 0xEC, 0xEC),
            muted: RGBColor(0xA8, 0xA8, 0xA8),
            grid: RGBColor(0x34, 0x34, 0x3A),
            axis: RGBColor(0x9A, 0x9A, 0x9A),
            good: RGBColor(0x00, 0x9E, 0x73),
            poor: RGBColor(0xD5, 0x5E, 0x00),
            unclassified: RGBColor(0x8C, 0x8C, 0x8C),
            not_judged: RGBColor(0x56, 0xB4, 0xE9),
            hatch: RGBColor(0x20, 0x20, 0x20),
            threshold: RGBColor(0xFF, 0xFF, 0xFF),
            marker: RGBColor(0xDA, 0xDA, 0xDA),
            track: RGBColor(0x2A, 0x2A, 0x30),
            failed: RGBColor(0xE3, 0x7B, 0xC0),
        }
    }

    /// Light or dark, e.g. from `prefers-color-scheme`.
    pub fn for_dark_mode(dark: bool) -> Theme {
        if dark {
            Theme::dark()
        } else {
            Theme::light()
        }
    }

    /// The colour of a verdict; `None` (no streams, nothing judged) is "not judged".
    pub fn verdict(&self, verdict: Option<Verdict>) -> RGBColor {
        match verdict {
            Some(Verdict::Good) => self.good,
            Some(Verdict::Poor) => self.poor,
            Some(Verdict::Unclassified) => self.unclassified,
            None => self.not_judged,
        }
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::light()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_its_own_colour() {
        for theme in [Theme::light(), Theme::dark()] {
            let t = theme;
            let all = [
                t.background,
                t.text,
                t.muted,
                t.grid,
                t.axis,
                t.good,
                t.poor,
                t.unclassified,
                t.not_judged,
                t.hatch,
                t.threshold,
                t.marker,
                t.track,
                t.failed,
            ];
            for (i, a) in all.iter().enumerate() {
                for b in &all[i + 1..] {
                    assert_ne!(a, b);
                }
            }
        }
    }
}
