//! CSV files of what the charts, the entity table and the concordance show.

use std::io::Write;

use super::CorpusMentions;
use super::views::{ChartRow, ConcordanceLine, EntityStat};
use crate::corpus::Corpus;

/// The chart's data: entity, type, and the value for A and B (or the corpus total), with the
/// unit named in the header (`mentions` or `per_1000_words`).
pub fn chart_csv(
    out: impl Write,
    mentions: &CorpusMentions,
    rows: &[ChartRow],
    labels: (&str, Option<&str>),
    unit: &str,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec![
        "entity".to_owned(),
        "type".to_owned(),
        format!("{} {unit}", labels.0),
    ];
    if let Some(b) = labels.1 {
        header.push(format!("{b} {unit}"));
    }
    w.write_record(&header)?;
    for r in rows {
        let e = &mentions.entities[r.entity as usize];
        let mut record = vec![e.name.clone(), e.etype.as_str().to_owned(), number(r.a)];
        if labels.1.is_some() {
            record.push(number(r.b));
        }
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(())
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.3}")
    }
}

/// The entity table.
pub fn entity_table_csv(
    out: impl Write,
    mentions: &CorpusMentions,
    stats: &[EntityStat],
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "entity",
        "id",
        "type",
        "mentions",
        "articles",
        "per_1000_words",
        "discovered",
    ])?;
    for s in stats {
        let e = &mentions.entities[s.entity as usize];
        w.write_record([
            e.name.as_str(),
            e.id.as_str(),
            e.etype.as_str(),
            &s.mentions.to_string(),
            &s.articles.to_string(),
            &format!("{:.3}", s.per_1000_words),
            if e.discovered { "true" } else { "false" },
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The concordance, with each line's article title, outlet, date and path.
pub fn concordance_csv(
    out: impl Write,
    corpus: &Corpus,
    mentions: &CorpusMentions,
    lines: &[ConcordanceLine],
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "title", "outlet", "date", "path", "start", "end", "left", "match", "right", "entity",
        "type",
    ])?;
    for l in lines {
        let Some(a) = corpus.articles.get(l.doc) else {
            continue;
        };
        let e = mentions.entity(&l.mention);
        w.write_record([
            a.title.as_str(),
            a.outlet.as_str(),
            a.date.as_deref().unwrap_or(""),
            a.origin.display.as_str(),
            &l.mention.start.to_string(),
            &l.mention.end.to_string(),
            l.left.as_str(),
            l.matched.as_str(),
            l.right.as_str(),
            e.name.as_str(),
            e.etype.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
