//! A source's text fed a chunk at a time ([`Window`]): a file read in slices and never held
//! whole. It keeps the part not yet read, checked to be UTF-8 across the chunks' edges, and
//! drops what was read as reading goes on, so a load holds a chunk or two of the text, not the
//! file. [`super::slices`] reads it ([`Loading::streaming`](super::Loading::streaming)).
//!
//! Only plain UTF-8 text is streamed (with or without a byte-order mark): gzip, UTF-16 and a
//! text that is not UTF-8 are refused at the chunk that shows it, and the file is then read
//! whole and loaded as before, which says what is wrong and where.

use super::decode::plain_start;

/// Bytes of a source looked at before it is taken as streamable text (its start decides:
/// gzip, UTF-16, PowerShell's markers).
pub(super) const HEAD: usize = super::powershell::PREFIX + 8;

/// The text not yet read of a source fed in chunks.
#[derive(Default)]
pub(super) struct Window {
    /// Checked text, from `base` on; its start is dropped as it is read.
    pub text: String,
    /// Where `text` starts in the source's bytes.
    pub base: usize,
    /// Bytes fed but not yet taken as text: the source's first bytes until there are [`HEAD`]
    /// of them, then the start of a character cut by a chunk's end.
    pending: Vec<u8>,
    /// The source's start was judged streamable.
    pub started: bool,
    /// Every chunk was fed.
    pub last: bool,
    /// A read that wanted more text is tried again once `text` is this long (or at the end).
    retry_at: usize,
}

/// The text cannot be streamed: the file is to be read whole instead.
#[derive(Debug)]
pub(super) struct Refused;

impl Window {
    /// A window that wants its first chunk.
    pub fn new() -> Window {
        Window { retry_at: 1, ..Window::default() }
    }

    /// Adds the next chunk (`last`: the source ends with it). `streamable` judges the source's
    /// first bytes, BOM skipped.
    pub fn feed(&mut self, chunk: &[u8], last: bool, mut streamable: impl FnMut(&[u8]) -> bool) -> Result<(), Refused> {
        self.last = last;
        if !self.started {
            self.pending.extend_from_slice(chunk);
            if self.pending.len() < HEAD && !last {
                return Ok(());
            }
            let skip = plain_start(&self.pending).ok_or(Refused)?;
            if !streamable(&self.pending[skip..]) {
                return Err(Refused);
            }
            self.pending.drain(..skip);
            (self.base, self.started) = (skip, true);
            let head = std::mem::take(&mut self.pending);
            return self.take(&head);
        }
        if self.pending.is_empty() {
            return self.take(chunk);
        }
        let mut joined = std::mem::take(&mut self.pending);
        joined.extend_from_slice(chunk);
        self.take(&joined)
    }

    /// Checks `bytes` and adds them to the text; a character cut by their end waits for the
    /// next chunk.
    #[allow(unsafe_code)]
    fn take(&mut self, bytes: &[u8]) -> Result<(), Refused> {
        let valid = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() && !self.last => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                self.pending.extend_from_slice(rest);
                // SAFETY: `from_utf8` found the first `valid_up_to` bytes UTF-8 (checking them
                // again would be a second pass over a 16 MB chunk).
                unsafe { std::str::from_utf8_unchecked(valid) }
            }
            Err(_) => return Err(Refused),
        };
        self.text.push_str(valid);
        Ok(())
    }

    /// True when a read may get further than the last one did.
    pub fn ready(&self) -> bool {
        self.last || self.text.len() >= self.retry_at
    }

    /// A read that started at `from` wanted more text: try again once what is unread from there
    /// has doubled, so that an item longer than a chunk is read again a few times, not once
    /// per chunk.
    pub fn wait(&mut self, from: usize) {
        let unread = self.text.len().saturating_sub(from);
        self.retry_at = self.text.len() + unread.max(1);
    }

    /// Drops the text before `upto` (read); returns how much to move positions by. Only when
    /// more has been read than is left, so the bytes moved are paid for by those read.
    pub fn drop_read(&mut self, upto: usize) -> usize {
        if upto == 0 || upto * 2 < self.text.len() {
            return 0;
        }
        self.text.drain(..upto);
        self.base += upto;
        self.retry_at = self.retry_at.saturating_sub(upto);
        upto
    }

    /// Bytes of the source held: the text not yet dropped and any bytes pending.
    pub fn held(&self) -> usize {
        self.text.len() + self.pending.len()
    }

    /// Bytes of the source fed so far.
    pub fn fed(&self) -> usize {
        self.base + self.text.len() + self.pending.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fed(chunks: &[&[u8]]) -> Result<Window, Refused> {
        let mut window = Window::new();
        for (i, chunk) in chunks.iter().enumerate() {
            window.feed(chunk, i + 1 == chunks.len(), |_| true)?;
        }
        Ok(window)
    }

    #[test]
    fn characters_cut_by_a_chunk_are_joined_and_the_bom_is_skipped() {
        let text = "[\"Zoë 中文 😀\"]".as_bytes();
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(text);
        for source in [text, &with_bom[..]] {
            for size in 1..6 {
                let chunks: Vec<&[u8]> = source.chunks(size).collect();
                let window = fed(&chunks).unwrap();
                assert_eq!(window.text.as_bytes(), text, "chunks of {size}");
                assert_eq!(window.fed(), source.len());
            }
        }
    }

    #[test]
    fn what_needs_decoding_or_is_not_utf8_is_refused() {
        assert!(fed(&[b"\x1f\x8b\x08\x00"]).is_err(), "gzip");
        assert!(fed(&[b"\xFF\xFE{\x00"]).is_err(), "UTF-16");
        assert!(fed(&[b"[\"a\xFF\"]"]).is_err(), "a bad byte");
        assert!(fed(&[b"[\"a\xC3"]).is_err(), "half a character at the very end");
        assert!(Window::new().feed(b"[]", true, |_| false).is_err(), "what the reader does not take");
        // The start is judged on HEAD bytes, however small the chunks.
        let long = format!("[{}]", "1,".repeat(HEAD));
        let mut window = Window::new();
        let mut judged = Vec::new();
        for chunk in long.as_bytes().chunks(100) {
            window
                .feed(chunk, false, |head| {
                    judged.push(head.len());
                    true
                })
                .unwrap();
        }
        assert_eq!(judged, [HEAD.div_ceil(100) * 100], "judged once, on the first HEAD bytes");
    }

    #[test]
    fn read_text_is_dropped_and_a_read_waits_for_twice_the_text() {
        let mut window = fed(&[b"[1,2,3,4,5,6,7,8]"]).unwrap();
        assert_eq!(window.drop_read(4), 0, "less read than left: kept");
        assert_eq!(window.drop_read(10), 10);
        assert_eq!((window.text.as_str(), window.base), (",6,7,8]", 10));
        let mut window = Window::new();
        window.feed(&[b' '; HEAD], false, |_| true).unwrap();
        window.wait(HEAD - 10);
        assert!(!window.ready(), "ten bytes unread: wait for ten more");
        window.feed(&[b' '; 9], false, |_| true).unwrap();
        assert!(!window.ready());
        window.feed(b" ", false, |_| true).unwrap();
        assert!(window.ready());
    }
}
