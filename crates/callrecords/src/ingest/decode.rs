//! Input bytes to UTF-8 text: gzip, UTF-16 (with or without a BOM), a UTF-8 BOM.

use std::borrow::Cow;

/// Decompresses gzip and converts UTF-16 / strips a BOM. `Err` is a message for the user.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_end(&mut out)
            .map_err(|e| format!("the file looks gzip-compressed but could not be decompressed: {e}"))?;
        return Ok(Cow::Owned(decode(&out)?.into_owned()));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Ok(Cow::Borrowed(rest));
    }
    let utf16 = |rest: &[u8], little: bool| -> Result<Cow<'_, [u8]>, String> {
        let units = rest.chunks_exact(2).map(|c| {
            if little {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        let text: String = char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        Ok(Cow::Owned(text.into_bytes()))
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false),
        // UTF-16 without a BOM: `{` or `[` followed by a zero byte.
        [b'{' | b'[', 0, ..] => utf16(bytes, true),
        [0, b'{' | b'[', ..] => utf16(bytes, false),
        _ => Ok(Cow::Borrowed(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("{\"a\":1}".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(&*decode(&le).unwrap(), b"{\"a\":1}");
        assert_eq!(&*decode(b"\xEF\xBB\xBF[]").unwrap(), b"[]");
    }
}
