//! `parallax articles PATH…`: the articles read, one per line, and the skipped files on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::common::scan;

/// Arguments of `parallax articles`.
#[derive(clap::Args, Debug)]
pub struct ArticlesArgs {
    /// Folders or files to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Prints `path<TAB>outlet<TAB>date<TAB>words<TAB>encoding<TAB>title` for each article,
/// with tabs, line breaks and backslashes inside a field escaped (`\t`, `\n`, `\\`) so
/// that each article stays one line of six fields whatever its file is called.
/// Exit code 0 when at least one article was read; otherwise an error (exit code 1).
pub fn run(args: &ArticlesArgs) -> anyhow::Result<ExitCode> {
    // Each article becomes its output line as it is read; its text is not kept.
    let scan = scan(&args.paths, |a| {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            escape(&a.origin.display),
            escape(&a.outlet),
            escape(a.date.as_deref().unwrap_or("-")),
            a.word_count,
            a.origin.encoding,
            escape(&a.title)
        )
    })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in &scan.items {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    let n = scan.items.len();
    eprintln!(
        "{n} {}, {} skipped",
        if n == 1 { "article" } else { "articles" },
        scan.skipped.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// A field with the characters that would break a tab-separated line escaped.
fn escape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_cannot_break_the_line() {
        assert_eq!(super::escape("a\tb\nc\\d\u{1b}"), "a\\tb\\nc\\\\d\\u{1b}");
        assert_eq!(super::escape("Iran – Israel"), "Iran – Israel");
    }
}
