//! How deeply an HTML page nests its elements, measured before it is parsed. The HTML
//! parser (html5ever) checks the stack of open elements at every start tag, so its time
//! grows with the sum of the depths it meets: a page of 100,000 nested `<div>`s takes
//! minutes, while real pages nest a few dozen levels. Pages far beyond that are refused with
//! a reason instead of stalling the load.

use crate::corpus::loader::SkipReason;

/// The deepest nesting read; real pages stay under a hundred levels.
pub const MAX_DEPTH: usize = 4_000;

/// The most parsing work allowed: the sum, over start tags, of how many elements are open
/// around each (about a second of parsing on one core).
const MAX_WORK: u64 = 200_000_000;

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame",
];

/// Elements whose end tag may be left out: the parser closes them, so they do not nest.
const SELF_CLOSING_BY_PARSER: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "rtc", "colgroup", "caption",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Whether a page can be parsed in reasonable time; otherwise why not.
pub fn check(page: &str) -> Result<(), SkipReason> {
    let bytes = page.as_bytes();
    let mut depth: usize = 0;
    let mut max_depth: usize = 0;
    let mut work: u64 = 0;
    let mut at = 0;
    while let Some(offset) = memchr_lt(&bytes[at..]) {
        at += offset + 1;
        let rest = &bytes[at..];
        if rest.starts_with(b"!--") {
            at += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"!") || rest.starts_with(b"?") {
            at += find(rest, b">").map_or(rest.len(), |e| e + 1);
            continue;
        }
        let closing = rest.starts_with(b"/");
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = page[at + name_start..at + name_start + name_len].to_ascii_lowercase();
        let tag_end = find(rest, b">").map_or(rest.len(), |e| e + 1);
        let self_closed = rest[..tag_end].ends_with(b"/>");
        at += tag_end;
        if closing {
            if !VOID.contains(&name.as_str()) && !SELF_CLOSING_BY_PARSER.contains(&name.as_str()) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        work += depth as u64;
        if RAW_TEXT.contains(&name.as_str()) {
            let end_tag = format!("</{name}");
            let rest = &page[at..];
            at += find_ignore_case(rest, &end_tag).unwrap_or(rest.len());
            continue;
        }
        if !self_closed
            && !VOID.contains(&name.as_str())
            && !SELF_CLOSING_BY_PARSER.contains(&name.as_str())
        {
            depth += 1;
            max_depth = max_depth.max(depth);
        }
        if max_depth > MAX_DEPTH {
            return Err(SkipReason::TooDeep(MAX_DEPTH));
        }
        if work > MAX_WORK {
            return Err(SkipReason::TooDeep(max_depth));
        }
    }
    Ok(())
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass() {
        let page = "<html><head><title>a < b</title><script>if (a<b) {}</script></head>\
                    <body><!-- <div><div> --><div><p>One<p>Two<br><img src=x/></div></body></html>";
        assert_eq!(check(page), Ok(()));
        // Unclosed paragraphs and list items do not nest.
        assert_eq!(check(&"<li><p>item".repeat(50_000)), Ok(()));
    }

    #[test]
    fn a_hundred_thousand_levels_are_refused_at_once() {
        let page = format!("{}x{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        assert_eq!(check(&page), Err(SkipReason::TooDeep(MAX_DEPTH)));
    }

    #[test]
    fn many_deep_nests_in_a_row_are_refused_by_the_work_they_cost() {
        let nest = format!("{}x{}", "<div>".repeat(3_000), "</div>".repeat(3_000));
        assert!(check(&nest).is_ok());
        assert!(matches!(
            check(&nest.repeat(100)),
            Err(SkipReason::TooDeep(_))
        ));
    }
}
