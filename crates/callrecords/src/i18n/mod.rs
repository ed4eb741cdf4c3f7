//! The page's languages: English, Português (Brasil), Русский and 简体中文. The lowest layer of
//! the core (beside `model`, no DOM): the current [`Lang`], the Fluent catalogues
//! (`crates/callrecords/locales/<lang>/*.ftl`, embedded) looked up by message id with the [`t!`]
//! macro, and the locale's numbers, dates and times through one [`LocaleFormat`] (a native one
//! here, the browser's `Intl` in the page).

mod catalogue;
mod format;
mod lang;

pub use catalogue::{lookup, message_ids, text, Arg, CATALOGUES};
pub use format::{
    civil_from_days, date, date_time, fixed, num, percent, set_format, time, with_format, LocaleFormat, NativeFormat,
};
pub use lang::{current, set_current, Lang};
