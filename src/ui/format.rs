//! Numbers and sizes as people read them.

/// `12345` as `12,345`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 article", "2,000 articles": a count with its noun, singular for one.
pub fn count_of(n: usize, singular: &str, plural: &str) -> String {
    format!(
        "{} {}",
        thousands(n),
        if n == 1 { singular } else { plural }
    )
}

/// How an article is named wherever it appears: "Title · Outlet · 2025-06-13", so two
/// versions of one report can be told apart.
pub fn article_name(article: &crate::corpus::Article) -> String {
    format!(
        "{} · {} · {}",
        article.title,
        article.outlet,
        article.date.as_deref().unwrap_or("no date")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1000), "1,000");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
