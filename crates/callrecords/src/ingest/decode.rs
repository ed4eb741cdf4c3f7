//! Input bytes to UTF-8 text: gzip, UTF-16 (with or without a BOM), a UTF-8 BOM.
//!
//! Gzip is bounded ([`DecodeLimits`]): a 2 MB `.gz` of white space would otherwise become 2 GB
//! in memory (half of what wasm32 can address), and gzip inside gzip is unwrapped at most
//! [`MAX_GZIP_DEPTH`] layers deep. Past the size limit decoding stops, keeps what came before
//! the cut (the records in it still load) and says so; the layers are streamed into each other,
//! so only the final text is held.
//!
//! The limits in force are a per-thread setting ([`set_decode_limits`]; the command line's
//! `--max-bytes`), read by [`decode`]; [`decode_with`] takes them as a parameter.

use crate::i18n::Arg;
use crate::model::diagnostic::Message;
use std::borrow::Cow;
use std::cell::Cell;
use std::io::Read;

/// At most this many bytes are decompressed by default: 1 GiB, a quarter of wasm32's 4 GiB
/// address space, so the text and what is read from it still fit.
pub const DEFAULT_MAX_BYTES: usize = 1 << 30;

/// Gzip layers unwrapped at most by default (a `.json.gz` that was gzipped again is 2).
pub const MAX_GZIP_DEPTH: usize = 2;

/// The most bytes one text value keeps by default: 1 MiB (Graph's longest, user agents and
/// feedback, are a few kilobytes). See `bound.rs`.
pub const DEFAULT_MAX_TEXT: usize = 1 << 20;

/// The smallest string-length limit that can be set: room for a few characters and "…".
pub const MIN_MAX_TEXT: usize = 16;

/// What decoding may produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Most bytes gzip decompresses to, over every member and layer; the rest is left out.
    pub max_bytes: usize,
    /// Most gzip layers unwrapped; a deeper one is refused.
    pub max_gzip_depth: usize,
    /// Most bytes one text value (a JSON string) keeps; a longer one is cut, with a warning.
    /// At least [`MIN_MAX_TEXT`].
    pub max_text: usize,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        DecodeLimits { max_bytes: DEFAULT_MAX_BYTES, max_gzip_depth: MAX_GZIP_DEPTH, max_text: DEFAULT_MAX_TEXT }
    }
}

thread_local! {
    static LIMITS: Cell<DecodeLimits> = Cell::new(DecodeLimits::default());
}

/// Sets the limits [`decode`] uses on this thread (every later load on it).
pub fn set_decode_limits(limits: DecodeLimits) {
    LIMITS.with(|l| l.set(limits));
}

/// The limits in force on this thread.
pub fn decode_limits() -> DecodeLimits {
    LIMITS.with(Cell::get)
}

/// "1 GiB", "512 MiB", "1,000 bytes".
pub fn size_text(bytes: usize) -> String {
    for (unit, size) in [("GiB", 1usize << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] {
        if bytes >= size && bytes % size == 0 {
            return format!("{} {unit}", bytes / size);
        }
    }
    if bytes >= 1 << 20 {
        return format!("{:.1} MiB", bytes as f64 / f64::from(1u32 << 20));
    }
    format!("{bytes} bytes")
}

/// A size as the arguments of a message (`{ $size }` and `{ $unit }`, which the catalogue's
/// `diag-size` writes): the same units as [`size_text`], the number in the locale's way.
fn size_args(bytes: usize) -> [(&'static str, Arg); 2] {
    let (size, unit) = [("gib", 1usize << 30), ("mib", 1 << 20), ("kib", 1 << 10)]
        .into_iter()
        .find(|&(_, size)| bytes >= size && bytes % size == 0)
        .map(|(unit, size)| ((bytes / size) as f64, unit))
        .unwrap_or(if bytes >= 1 << 20 {
            ((bytes as f64 / f64::from(1u32 << 20) * 10.0).round() / 10.0, "mib")
        } else {
            (bytes as f64, "bytes")
        });
    [("size", Arg::Number(size)), ("unit", Arg::from(unit))]
}

/// Decoded text, and why it stops early when a limit or damage cut it.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, [u8]>,
    /// Set when only the beginning was decoded: what happened, for a warning. `text` is what
    /// came before the cut.
    pub cut: Option<Message>,
}

const GZIP: [u8; 2] = [0x1f, 0x8b];

/// [`decode_with`] under the limits in force ([`decode_limits`]); a cut is an error here (the
/// message says which limit). For the tests; ingest reports a cut as a warning.
#[cfg(test)]
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    let decoded = decode_with(bytes, &decode_limits()).map_err(|m| m.text())?;
    match decoded.cut {
        Some(message) => Err(message.text()),
        None => Ok(decoded.text),
    }
}

/// Decompresses gzip (within `limits`) and converts UTF-16 / strips a BOM. `Err` is a message
/// for the user, when nothing could be decoded.
pub(crate) fn decode_with<'a>(bytes: &'a [u8], limits: &DecodeLimits) -> Result<Decoded<'a>, Message> {
    decode_cow(Cow::Borrowed(bytes), limits)
}

/// [`decode_with`] of bytes borrowed or owned (a file read whole after a streamed read gave up:
/// the text is then owned, not copied).
pub(crate) fn decode_cow<'a>(bytes: Cow<'a, [u8]>, limits: &DecodeLimits) -> Result<Decoded<'a>, Message> {
    let odd = || Message::new("diag-odd-utf16", vec![]);
    if !bytes.starts_with(&GZIP) {
        let cut = odd_utf16(&bytes).then(odd);
        return Ok(Decoded { text: unicode(bytes), cut });
    }
    let (out, cut) = gunzip(&bytes, limits)?;
    let cut = cut.or_else(|| odd_utf16(&out).then(odd));
    Ok(Decoded { text: unicode(Cow::Owned(out)), cut })
}

/// When a text starting with `head` needs no decoding (it is neither gzip nor UTF-16): how many
/// bytes of byte-order mark to skip. A streamed read takes only such text ([`super::stream`]).
pub(crate) fn plain_start(head: &[u8]) -> Option<usize> {
    match head {
        [0x1f, 0x8b, ..] | [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] | [b'{' | b'[', 0, ..] | [0, b'{' | b'[', ..] => None,
        [0xEF, 0xBB, 0xBF, ..] => Some(3),
        _ => Some(0),
    }
}

/// The first two bytes a reader gives, and the reader with them put back.
fn peek2<'r>(mut reader: Box<dyn Read + 'r>) -> std::io::Result<([u8; 2], usize, Box<dyn Read + 'r>)> {
    let mut head = [0u8; 2];
    let mut got = 0;
    while got < 2 {
        match reader.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let back: Box<dyn Read + 'r> = Box::new(std::io::Cursor::new(head[..got].to_vec()).chain(reader));
    Ok((head, got, back))
}

/// Every gzip layer, streamed into the next: the text and, when it stops early, why.
fn gunzip(bytes: &[u8], limits: &DecodeLimits) -> Result<(Vec<u8>, Option<Message>), Message> {
    // The reader's own words stay in English (`detail`); the catalogue names the cause.
    let cause = |e: &std::io::Error| if e.kind() == std::io::ErrorKind::UnexpectedEof { "eof" } else { "other" };
    let damaged = |e: std::io::Error| {
        let args = vec![("cause", Arg::from(cause(&e))), ("detail", Arg::from(e.to_string()))];
        Message::new("diag-gzip-unreadable", args)
    };
    let mut reader: Box<dyn Read + '_> = Box::new(flate2::read::MultiGzDecoder::new(bytes));
    let mut depth = 1;
    loop {
        let (head, got, back) = peek2(reader).map_err(damaged)?;
        reader = back;
        if got < 2 || head != GZIP {
            break;
        }
        if depth >= limits.max_gzip_depth {
            return Err(Message::new("diag-gzip-too-deep", vec![("limit", Arg::from(limits.max_gzip_depth))]));
        }
        reader = Box::new(flate2::read::MultiGzDecoder::new(reader));
        depth += 1;
    }
    // The gzip trailer gives the last member's size: a first capacity, so a large text is not
    // copied while it grows (at most the limit, and at most deflate's 1032:1 ratio).
    let hint = bytes.len().checked_sub(4).map_or(0, |at| {
        let size = u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        size.min(limits.max_bytes).min(bytes.len().saturating_mul(1032))
    });
    let mut out = Vec::with_capacity(hint);
    let limit = limits.max_bytes as u64;
    if let Err(e) = (&mut reader).take(limit).read_to_end(&mut out) {
        if out.is_empty() {
            return Err(damaged(e));
        }
        let mut args = vec![("cause", Arg::from(cause(&e))), ("detail", Arg::from(e.to_string()))];
        args.extend(size_args(out.len()));
        return Ok((out, Some(Message::new("diag-gzip-damaged", args))));
    }
    let mut one = [0u8; 1];
    let more = matches!(reader.read(&mut one), Ok(n) if n > 0);
    let cut = more.then(|| Message::new("diag-gzip-too-big", size_args(limits.max_bytes).into()));
    Ok((out, cut))
}

/// `bytes` as UTF-16 text: an odd byte at the end (`FF FE 7B`) is half a character.
fn odd_utf16(bytes: &[u8]) -> bool {
    let body = match bytes {
        [0xFF, 0xFE, rest @ ..] | [0xFE, 0xFF, rest @ ..] => rest,
        all @ ([b'{' | b'[', 0, ..] | [0, b'{' | b'[', ..]) => all,
        _ => return false,
    };
    body.len() % 2 == 1
}

/// UTF-16 (with a BOM, or `{`/`[` next to a zero byte) to UTF-8; a UTF-8 BOM dropped.
fn unicode(bytes: Cow<'_, [u8]>) -> Cow<'_, [u8]> {
    let utf16 = |rest: &[u8], little: bool| -> Vec<u8> {
        let units = rest.chunks_exact(2).map(|c| {
            if little {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        let text: String = char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        text.into_bytes()
    };
    let converted = match &*bytes {
        [0xEF, 0xBB, 0xBF, ..] => None,
        [0xFF, 0xFE, rest @ ..] => Some(utf16(rest, true)),
        [0xFE, 0xFF, rest @ ..] => Some(utf16(rest, false)),
        // UTF-16 without a BOM: `{` or `[` followed by a zero byte.
        all @ [b'{' | b'[', 0, ..] => Some(utf16(all, true)),
        all @ [0, b'{' | b'[', ..] => Some(utf16(all, false)),
        _ => return bytes,
    };
    match (converted, bytes) {
        (Some(text), _) => Cow::Owned(text),
        (None, Cow::Borrowed(b)) => Cow::Borrowed(&b[3..]),
        (None, Cow::Owned(mut b)) => {
            b.drain(..3);
            Cow::Owned(b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn utf16_and_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("{\"a\":1}".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(&*decode(&le).unwrap(), b"{\"a\":1}");
        assert_eq!(&*decode(b"\xEF\xBB\xBF[]").unwrap(), b"[]");
        // The same inside gzip.
        assert_eq!(&*decode(&gzip(&le)).unwrap(), b"{\"a\":1}");
        assert_eq!(&*decode(&gzip(b"\xEF\xBB\xBF[]")).unwrap(), b"[]");
    }

    #[test]
    fn gzip_within_the_size_limit_is_whole_and_past_it_keeps_the_beginning() {
        let text: Vec<u8> = (0..10_000).flat_map(|i| format!("{{\"n\":{i}}}\n").into_bytes()).collect();
        let packed = gzip(&text);
        let roomy = DecodeLimits { max_bytes: text.len(), ..DecodeLimits::default() };
        let d = decode_with(&packed, &roomy).unwrap();
        assert_eq!((&*d.text, d.cut), (text.as_slice(), None));

        let tight = DecodeLimits { max_bytes: 4096, ..DecodeLimits::default() };
        let d = decode_with(&packed, &tight).unwrap();
        assert_eq!(&*d.text, &text[..4096], "what came before the cut");
        assert_eq!(
            d.cut.map(|m| m.text()).as_deref(),
            Some("the file decompresses to more than 4 KiB (the limit): only the first 4 KiB was read and the rest left out")
        );
        // Without a place for a warning, the limit is the error.
        set_decode_limits(tight);
        assert!(decode(&packed).unwrap_err().contains("more than 4 KiB (the limit)"));
        set_decode_limits(DecodeLimits::default());
        assert_eq!(&*decode(&packed).unwrap(), text.as_slice());
    }

    #[test]
    fn a_small_bomb_stops_at_the_limit() {
        // 64 MiB of spaces pack into about 64 KB; with a 1 MiB limit only 1 MiB is ever held.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let block = vec![b' '; 1 << 20];
        for _ in 0..64 {
            e.write_all(&block).unwrap();
        }
        let bomb = e.finish().unwrap();
        assert!(bomb.len() < 200_000, "{}", bomb.len());
        let limits = DecodeLimits { max_bytes: 1 << 20, ..DecodeLimits::default() };
        let d = decode_with(&bomb, &limits).unwrap();
        let Cow::Owned(text) = d.text else { panic!("decompressed text is owned") };
        assert_eq!(text.len(), 1 << 20);
        assert!(text.capacity() <= 1 << 20, "never grown past the limit: {}", text.capacity());
        assert!(d.cut.unwrap().text().contains("more than 1 MiB"));
    }

    #[test]
    fn nested_gzip_is_unwrapped_two_layers_deep_and_no_deeper() {
        let text = b"{\"value\":[]}";
        let two = gzip(&gzip(text));
        let d = decode_with(&two, &DecodeLimits::default()).unwrap();
        assert_eq!((&*d.text, d.cut), (text.as_slice(), None));
        let three = gzip(&two);
        let e = decode_with(&three, &DecodeLimits::default()).unwrap_err().text();
        assert_eq!(e, "the file is gzip inside gzip more than 2 layers deep (the limit): it was not unpacked");
        let one_only = DecodeLimits { max_gzip_depth: 1, ..DecodeLimits::default() };
        assert!(decode_with(&two, &one_only).is_err());
        // The size limit counts the innermost text.
        let d = decode_with(&two, &DecodeLimits { max_bytes: 5, ..DecodeLimits::default() }).unwrap();
        assert_eq!((&*d.text, d.cut.is_some()), (&text[..5], true));
    }

    #[test]
    fn damaged_gzip_keeps_what_was_decompressed() {
        let text: Vec<u8> = (0..50_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let mut packed = gzip(&text);
        let half = packed.len() / 2;
        packed.truncate(half);
        let d = decode_with(&packed, &DecodeLimits::default()).unwrap();
        assert!(!d.text.is_empty() && text.starts_with(&d.text));
        assert!(d.cut.unwrap().text().starts_with("the gzip data is damaged after"));
        // Nothing at all: an error.
        assert!(decode_with(&[0x1f, 0x8b, 0, 0], &DecodeLimits::default()).is_err());
        assert!(decode_with(&[0x1f, 0x8b], &DecodeLimits::default()).is_err());
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(1 << 30), "1 GiB");
        assert_eq!(size_text(3 << 29), "1536 MiB");
        assert_eq!(size_text(4096), "4 KiB");
        assert_eq!(size_text(1000), "1000 bytes");
        assert_eq!(size_text((1 << 20) + 1), "1.0 MiB");
    }
}
