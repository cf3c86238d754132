//! The article inside an HTML page: headings, paragraphs and list items, without the
//! page's chrome (scripts, styles, navigation, headers, footers, cookie banners).

use std::collections::HashSet;
use std::sync::LazyLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use super::Found;
use crate::corpus::loader::SkipReason;
use crate::corpus::metadata::{find_date, outlet_from_text};

/// Elements whose whole subtree is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "iframe", "head", "menu", "dialog",
];

/// Elements taken as one paragraph each.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "td",
    "th",
    "caption",
];

/// The charset a page declares in its first bytes (`<meta charset=…>` or `http-equiv`).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    static META: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_\-:.]+)"#)
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let head = &bytes[..bytes.len().min(4096)];
    META.captures(head)
        .and_then(|c| c.get(1))
        .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
}

/// The page's metadata and its article text, one paragraph per block, blank-line separated;
/// a page nested too deeply to parse in reasonable time is refused.
pub fn extract(page: &str) -> Result<(Found, String), SkipReason> {
    super::nesting::check(page)?;
    let doc = Html::parse_document(page);
    let root = first(&doc, "article")
        .or_else(|| first(&doc, "main"))
        .or_else(|| first(&doc, "body"))
        .unwrap_or_else(|| doc.root_element());
    let text = article_text(&doc, root);

    let page_title = first(&doc, "title")
        .map(|t| inline_text(t))
        .filter(|t| !t.is_empty());
    let title = first(&doc, "h1")
        .map(inline_text)
        .filter(|t| !t.is_empty())
        .or_else(|| meta(&doc, &["og:title", "twitter:title"]))
        .or_else(|| page_title.clone());
    let outlet = meta(
        &doc,
        &[
            "og:site_name",
            "application-name",
            "publisher",
            "article:publisher",
        ],
    )
    .filter(|o| !o.starts_with("http"))
    .or_else(|| outlet_from_text(&text))
    .or_else(|| page_title.as_deref().and_then(title_suffix));
    let date = meta(
        &doc,
        &[
            "article:published_time",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dcterms.date",
            "parsely-pub-date",
            "sailthru.date",
            "datePublished",
        ],
    )
    .or_else(|| attr_of(&doc, "time[datetime]", "datetime"))
    .and_then(|d| find_date(&d))
    .or_else(|| crate::corpus::metadata::date_from_text(&text));
    let url = attr_of(&doc, r#"link[rel="canonical"]"#, "href").or_else(|| meta(&doc, &["og:url"]));
    Ok((
        Found {
            title,
            outlet,
            date,
            url,
        },
        text,
    ))
}

/// The blocks under `root`, walked with an explicit stack: a page nested a hundred thousand
/// levels deep must not overflow the thread's stack (issue 8).
fn article_text(doc: &Html, root: ElementRef<'_>) -> String {
    let with_blocks = elements_with_blocks_inside(doc);
    let mut paragraphs = Vec::new();
    let mut loose = String::new();
    let mut stack = vec![root.children()];
    while let Some(children) = stack.last_mut() {
        let Some(child) = children.next() else {
            stack.pop();
            flush(&mut loose, &mut paragraphs);
            continue;
        };
        match child.value() {
            Node::Text(text) => loose.push_str(text),
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = child.value().name();
                if SKIPPED.contains(&name) || is_chrome(child) {
                    continue;
                }
                if name == "br" {
                    loose.push(' ');
                } else if BLOCKS.contains(&name) && !with_blocks.contains(&child.id()) {
                    flush(&mut loose, &mut paragraphs);
                    let text = inline_text(child);
                    if !text.is_empty() {
                        paragraphs.push(text);
                    }
                } else if is_inline(name) {
                    loose.push_str(&inline_text(child));
                } else {
                    flush(&mut loose, &mut paragraphs);
                    stack.push(child.children());
                }
            }
            _ => {}
        }
    }
    paragraphs.join("\n\n")
}

/// Elements with a paragraph, list item, quote or heading somewhere below them, found in one
/// pass from the leaves up: a list item holding paragraphs is walked into, so each paragraph
/// stays its own. Asking each element in turn would be quadratic in the page's depth.
fn elements_with_blocks_inside(doc: &Html) -> HashSet<NodeId> {
    let mut found = HashSet::new();
    let nodes: Vec<_> = doc.tree.root().descendants().collect();
    for node in nodes.iter().rev() {
        let Some(parent) = node.parent() else {
            continue;
        };
        let is_block = node.value().as_element().is_some_and(|e| {
            matches!(
                e.name(),
                "p" | "li" | "blockquote" | "h1" | "h2" | "h3" | "h4"
            )
        });
        if is_block || found.contains(&node.id()) {
            found.insert(parent.id());
        }
    }
    found
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "span"
            | "em"
            | "strong"
            | "b"
            | "i"
            | "u"
            | "small"
            | "sup"
            | "sub"
            | "abbr"
            | "cite"
            | "q"
            | "time"
            | "mark"
            | "code"
            | "font"
            | "s"
            | "del"
            | "ins"
    )
}

fn flush(loose: &mut String, paragraphs: &mut Vec<String>) {
    let text = collapse(loose);
    if !text.is_empty() {
        paragraphs.push(text);
    }
    loose.clear();
}

/// Containers that are page chrome by their role, class or id, such as a cookie banner.
fn is_chrome(element: ElementRef<'_>) -> bool {
    static CHROME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)cookie|consent|gdpr|banner|newsletter|subscribe|paywall|share|social|related|promo|advert|sponsor|sidebar|breadcrumb|navbar|menu|popup|modal|comments?\b")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let value = element.value();
    if value.attr("hidden").is_some() || value.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        value.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "dialog" | "alertdialog")
    ) {
        return true;
    }
    let class_and_id = format!(
        "{} {}",
        value.attr("class").unwrap_or(""),
        value.attr("id").unwrap_or("")
    );
    CHROME.is_match(&class_and_id)
}

/// The text inside `element`, white space collapsed, scripts, styles and the other page
/// chrome of [`SKIPPED`] left out (a menu inside a list item is no part of the item). One
/// walk that counts the hidden elements it is inside, so deep nesting costs no more than
/// its size.
fn inline_text(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut hidden_depth = 0usize;
    for edge in element.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) if hidden_depth == 0 => out.push_str(text),
                Node::Element(e) if is_hidden(e.name()) => hidden_depth += 1,
                Node::Element(e) if e.name() == "br" && hidden_depth == 0 => out.push(' '),
                _ => {}
            },
            Edge::Close(node) => {
                if node
                    .value()
                    .as_element()
                    .is_some_and(|e| is_hidden(e.name()))
                {
                    hidden_depth = hidden_depth.saturating_sub(1);
                }
            }
        }
    }
    collapse(&out)
}

fn is_hidden(name: &str) -> bool {
    SKIPPED.contains(&name)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first<'a>(doc: &'a Html, selector: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(selector).ok()?;
    doc.select(&selector).next()
}

fn attr_of(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    first(doc, selector)
        .and_then(|e| e.value().attr(attr))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The `content` of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`.
fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    let selector = Selector::parse("meta").ok()?;
    keys.iter().find_map(|key| {
        doc.select(&selector).find_map(|m| {
            let v = m.value();
            let named = [v.attr("property"), v.attr("name"), v.attr("itemprop")]
                .into_iter()
                .flatten()
                .any(|n| n.eq_ignore_ascii_case(key));
            named
                .then(|| v.attr("content").map(collapse))
                .flatten()
                .filter(|c| !c.is_empty())
        })
    })
}

/// "Headline | Outlet" or "Headline - Outlet": the outlet, when short enough to be one.
fn title_suffix(title: &str) -> Option<String> {
    [" | ", " – ", " — ", " - "].iter().find_map(|sep| {
        let (_, suffix) = title.rsplit_once(sep)?;
        let suffix = suffix.trim();
        (!suffix.is_empty() && suffix.len() <= 40).then(|| suffix.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_chrome() {
        let page = r#"<html><head><title>Strikes | Example Times</title>
            <script>var x = "Iran";</script></head><body>
            <nav><a href="/">Home</a><li>World</li></nav>
            <div class="cookie-banner"><p>We use cookies.</p></div>
            <header><p>Site header</p></header>
            <article><h1>Israel strikes Iran</h1><p>First <b>paragraph</b> here.</p>
            <ul><li>One point</li></ul><style>p { color: red }</style></article>
            <footer><p>© Example</p></footer></body></html>"#;
        let (found, text) = extract(page).unwrap();
        assert_eq!(
            text,
            "Israel strikes Iran\n\nFirst paragraph here.\n\nOne point"
        );
        assert_eq!(found.title.as_deref(), Some("Israel strikes Iran"));
        assert_eq!(found.outlet.as_deref(), Some("Example Times"));
    }

    #[test]
    fn deep_nesting_of_every_block_element_is_walked_without_recursion() {
        // Just under the parser's limit: the walk itself must not overflow a thread's stack.
        for tag in ["div", "blockquote", "section", "ul", "span", "b", "table"] {
            let page = format!(
                "<html><body>{}<p>Iran</p>{}</body></html>",
                format!("<{tag}>").repeat(3_900),
                format!("</{tag}>").repeat(3_900)
            );
            let handle = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || extract(&page).map(|(_, text)| text))
                .unwrap();
            let text = handle.join().expect("no stack overflow").unwrap();
            assert!(text.contains("Iran"), "{tag}: {text:.80}");
        }
    }

    #[test]
    fn meta_charset_is_found() {
        assert_eq!(
            declared_charset(br#"<html><head><meta charset="windows-1252">"#).as_deref(),
            Some("windows-1252")
        );
    }
}
