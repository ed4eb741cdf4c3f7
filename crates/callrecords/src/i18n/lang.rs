//! The four languages, how a browser or the command line names them, and the current one
//! (one per thread: the page sets it when the user picks a language; tests and the command
//! line start in English).

use std::cell::Cell;

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    PtBr,
    Ru,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::PtBr, Lang::Ru, Lang::ZhCn];

    /// The BCP 47 tag: `en`, `pt-BR`, `ru`, `zh-CN` (the URL's `lang=`, `<html lang>`, `--lang`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
            Lang::ZhCn => "简体中文",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// A language tag as browsers (`navigator.languages`) and people write it: `pt-BR`, `pt`,
    /// `ru-RU`, `zh-Hans-CN`, `zh`, `en-GB`, any case. `None` for a language not offered
    /// (and for Chinese written in traditional characters: `zh-TW`, `zh-Hant`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "pt" => Some(Lang::PtBr),
            "ru" => Some(Lang::Ru),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// The first offered language of a preference list (the browser's), else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language messages and numbers are written in on this thread.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Switches this thread's language (the page, on a choice; the command line, from `--lang`).
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_offered_language() {
        assert_eq!(Lang::parse("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("RU-ru"), Some(Lang::Ru));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh_CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh-TW"), None);
        assert_eq!(Lang::parse("de-DE"), None);
        assert_eq!(Lang::preferred(["de-DE", "ru", "en"]), Lang::Ru);
        assert_eq!(Lang::preferred(["fr", "de"]), Lang::En);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn the_current_language_is_per_thread() {
        set_current(Lang::ZhCn);
        assert_eq!(current(), Lang::ZhCn);
        assert_eq!(std::thread::spawn(current).join().unwrap(), Lang::En);
        set_current(Lang::En);
    }
}
