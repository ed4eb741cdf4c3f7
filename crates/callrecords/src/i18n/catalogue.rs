//! The Fluent catalogues, one set of `.ftl` files per language embedded in the binary (the page,
//! the command line and the tests read the same text), and message lookup by id with
//! arguments: [`text`], or the [`t!`](crate::t) macro. Numbers given as arguments choose the
//! plural form (Russian has three, Chinese none) and are written the locale's way
//! ([`super::num`]); Unicode isolation marks are off (the page shows plain text).

use super::format::num;
use super::lang::{current, Lang};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::rc::Rc;

/// The catalogue files, in this order in every language.
macro_rules! files {
    ($lang:literal) => {
        &[
            include_str!(concat!("../../locales/", $lang, "/page.ftl")),
            include_str!(concat!("../../locales/", $lang, "/core.ftl")),
            include_str!(concat!("../../locales/", $lang, "/logs.ftl")),
            include_str!(concat!("../../locales/", $lang, "/sip.ftl")),
            include_str!(concat!("../../locales/", $lang, "/howto.ftl")),
            include_str!(concat!("../../locales/", $lang, "/chart.ftl")),
            include_str!(concat!("../../locales/", $lang, "/ux.ftl")),
            include_str!(concat!("../../locales/", $lang, "/load.ftl")),
            include_str!(concat!("../../locales/", $lang, "/work.ftl")),
            include_str!(concat!("../../locales/", $lang, "/diag.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
        ]
    };
}

/// Every language's catalogue text, English (the source) first.
pub const CATALOGUES: [(Lang, &[&str]); 4] =
    [(Lang::En, files!("en")), (Lang::PtBr, files!("pt-BR")), (Lang::Ru, files!("ru")), (Lang::ZhCn, files!("zh-CN"))];

/// An argument of a message: text as it is, or a number (which also picks the plural form).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Number(v as f64)
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i32, i64, f64);

type Bundle = FluentBundle<FluentResource>;

/// Numbers inside messages are written like every other number on the page.
fn format_number(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(num(n.value, n.options.maximum_fraction_digits.unwrap_or(3))),
        _ => None,
    }
}

fn build(lang: Lang) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = lang.code().parse().expect("the four tags are valid");
    let mut bundle = FluentBundle::new(vec![tag]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    for source in CATALOGUES[lang.index()].1 {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        // A message defined twice keeps the first (the completeness test forbids it).
        bundle.add_resource_overriding(resource);
    }
    bundle
}

thread_local! {
    static BUNDLES: RefCell<[Option<Rc<Bundle>>; 4]> = const { RefCell::new([None, None, None, None]) };
}

fn bundle(lang: Lang) -> Rc<Bundle> {
    BUNDLES.with(|b| b.borrow_mut()[lang.index()].get_or_insert_with(|| Rc::new(build(lang))).clone())
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(out.into_owned())
}

/// The message `id` in the current language with `args`; the English one when a translation
/// is missing, the id itself when English has none either (the catalogue tests fail on both).
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    lookup(id, args).unwrap_or_else(|| id.to_string())
}

/// The message `id` in the current language (or English), `None` when there is none: for ids
/// made from data (an enum's Graph value) where a missing message means "the same in every
/// language".
pub fn lookup(id: &str, args: &[(&str, Arg)]) -> Option<String> {
    format_in(current(), id, args).or_else(|| format_in(Lang::En, id, args))
}

/// The ids of the messages one catalogue text defines (with whether each has a non-empty
/// value), for the completeness tests.
pub fn message_ids(source: &str) -> Vec<(String, bool)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let filled = m.value.as_ref().is_some_and(|v| {
                    v.elements.iter().any(|e| match e {
                        fluent_syntax::ast::PatternElement::TextElement { value } => !value.trim().is_empty(),
                        fluent_syntax::ast::PatternElement::Placeable { .. } => true,
                    })
                });
                Some((m.id.name.to_string(), filled))
            }
            _ => None,
        })
        .collect()
}

/// A message in the current language, with arguments if it has any: `t!("count-call-records", count = n)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
