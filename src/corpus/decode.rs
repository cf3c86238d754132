//! Bytes to text: byte-order marks, UTF-8, UTF-16 and legacy encodings.
//!
//! Detection is left to `encoding_rs` (BOMs, labels) and `chardetng` (legacy single- and
//! multi-byte encodings); this file only decides which of them to ask, and when the bytes
//! are not text at all.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Text decoded from a file, with the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text exactly as decoded (BOM removed, nothing else changed).
    pub text: String,
    /// The WHATWG name of the encoding, such as `UTF-8` or `windows-1252`.
    pub encoding: &'static str,
    /// How many malformed byte sequences became U+FFFD.
    pub replaced: usize,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// NUL bytes or other control bytes that text files do not contain.
    #[error("binary content, not text")]
    Binary,
}

/// Decodes `bytes`, honouring a BOM, then a declared charset (`declared`, from HTML or
/// XML metadata), then UTF-8 if the bytes are UTF-8 but for a few bad bytes, then a
/// detected legacy encoding.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, DecodeError> {
    let mut decoded = decode_bytes(bytes, declared)?;
    // A file saved twice with a BOM keeps the second one as text; it is never content.
    if decoded.text.starts_with('\u{feff}') {
        decoded.text = decoded.text.trim_start_matches('\u{feff}').to_owned();
    }
    Ok(decoded)
}

fn decode_bytes(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, DecodeError> {
    // UTF-32's little-endian BOM begins with UTF-16's, so it is asked first.
    if let Some((big_endian, bom_len)) = utf32_bom(bytes).or_else(|| utf32_without_bom(bytes)) {
        return Ok(decode_utf32(&bytes[bom_len..], big_endian));
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(encoding, &bytes[bom_len..]));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(decode_with(encoding, bytes));
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            replaced: 0,
        });
    }
    if mostly_utf8(bytes) {
        return Ok(decode_with(UTF_8, bytes));
    }
    // A declared charset is trusted only when the bytes are not valid UTF-8: pages
    // often declare ISO-8859-1 while serving UTF-8.
    if let Some(encoding) = declared.and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        && encoding != UTF_8
    {
        return Ok(decode_with(encoding, bytes));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    Ok(decode_with(
        detector.guess(None, chardetng::Utf8Detection::Deny),
        bytes,
    ))
}

/// UTF-8 with a few bad bytes (a truncated download, one pasted Windows-1252 quote) is still
/// UTF-8: more well-formed multi-byte characters than malformed sequences. A legacy file
/// has almost none of the former, since its accented letters are single bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut malformed) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        malformed += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && malformed <= multibyte
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    // Malformed sequences become U+FFFD; the text stays readable and the file loads.
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replaced = if had_errors {
        text.chars().filter(|&c| c == '\u{fffd}').count()
    } else {
        0
    };
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        replaced,
    }
}

/// A UTF-32 BOM: whether it is big-endian, and its length.
fn utf32_bom(bytes: &[u8]) -> Option<(bool, usize)> {
    match bytes.get(..4)? {
        [0xFF, 0xFE, 0, 0] => Some((false, 4)),
        [0, 0, 0xFE, 0xFF] => Some((true, 4)),
        _ => None,
    }
}

/// UTF-32 without a BOM: ASCII text shows as three NULs in every four bytes.
fn utf32_without_bom(bytes: &[u8]) -> Option<(bool, usize)> {
    let sample = &bytes[..bytes.len().min(4096) & !3];
    if sample.len() < 16 {
        return None;
    }
    let units = sample.chunks_exact(4);
    let count = units.len();
    let le = units
        .clone()
        .filter(|u| u[1..] == [0, 0, 0] && u[0] != 0)
        .count();
    let be = units.filter(|u| u[..3] == [0, 0, 0] && u[3] != 0).count();
    let mostly = |n: usize| n * 10 >= count * 7;
    if mostly(le) {
        Some((false, 0))
    } else if mostly(be) {
        Some((true, 0))
    } else {
        None
    }
}

/// UTF-32, which encoding_rs does not decode (the web never uses it): each unit is a code
/// point, and what is not a valid one becomes U+FFFD.
fn decode_utf32(bytes: &[u8], big_endian: bool) -> Decoded {
    let mut replaced = 0;
    let mut text: String = bytes
        .chunks_exact(4)
        .map(|u| {
            let unit = [u[0], u[1], u[2], u[3]];
            let value = if big_endian {
                u32::from_be_bytes(unit)
            } else {
                u32::from_le_bytes(unit)
            };
            char::from_u32(value).unwrap_or_else(|| {
                replaced += 1;
                '\u{fffd}'
            })
        })
        .collect();
    if !bytes.len().is_multiple_of(4) {
        text.push('\u{fffd}');
        replaced += 1;
    }
    Decoded {
        text,
        encoding: if big_endian { "UTF-32BE" } else { "UTF-32LE" },
        replaced,
    }
}

/// UTF-16 written without a BOM shows as a NUL in every other byte of ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(odd_nul) && rarely(even_nul) {
        Some(UTF_16LE)
    } else if mostly(even_nul) && rarely(odd_nul) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A NUL byte, or many control bytes, in the first 8 KiB mean the file is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0b | 0x0c))
        .count();
    control * 100 > sample.len().max(1) * 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_drops_the_bom() {
        let decoded = decode(b"\xEF\xBB\xBFIran", None).unwrap();
        assert_eq!(decoded.text, "Iran");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_curly_quotes_come_out_right() {
        let bytes =
            b"\x93We paved the way to Tehran,\x94 Netanyahu said. It\x92s clear \x96 caf\xe9.";
        let decoded = decode(bytes, None).unwrap();
        assert_eq!(
            decoded.text,
            "\u{201c}We paved the way to Tehran,\u{201d} Netanyahu said. It\u{2019}s clear \u{2013} caf\u{e9}."
        );
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Tehran – Tel Aviv";
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None).unwrap().text, text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let decoded = decode(&be, None).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, "UTF-16BE");
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn one_bad_byte_keeps_utf8_and_is_counted() {
        let bytes = ["Café “Iran” ".as_bytes(), b"\xff said"].concat();
        let decoded2 = decode(&bytes, None).unwrap();
        assert_eq!(decoded2.text, "Café “Iran” \u{fffd} said");
        assert_eq!(decoded2.encoding, "UTF-8");
        assert_eq!(decoded2.replaced, 1);
    }

    #[test]
    fn utf32_with_and_without_bom() {
        let text = "Tehran – Tel Aviv";
        let mut le: Vec<u8> = vec![0xFF, 0xFE, 0, 0];
        le.extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
        let decoded = decode(&le, None).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, "UTF-32LE");
        let be: Vec<u8> = text
            .chars()
            .flat_map(|c| (c as u32).to_be_bytes())
            .collect();
        assert_eq!(decode(&be, None).unwrap().text, text);
    }

    #[test]
    fn a_second_bom_is_not_text() {
        let decoded = decode("\u{feff}\u{feff}Title".as_bytes(), None).unwrap();
        assert_eq!(decoded.text, "Title");
    }

    #[test]
    fn vertical_tabs_and_form_feeds_are_text() {
        assert!(decode(b"Page one\x0c\x0b\x0c\x0bPage two", None).is_ok());
    }

    #[test]
    fn declared_charset_is_used_for_non_utf8_bytes() {
        let decoded = decode(b"Stra\xdfe", Some("iso-8859-1")).unwrap();
        assert_eq!(decoded.text, "Straße");
    }
}
