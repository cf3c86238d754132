//! A reader's text laid out once per change, with its mentions highlighted by type: the cache
//! the reader pane draws from each frame (lay out on change, not on every frame).

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, Color32, FontId, Galley, Stroke, TextFormat, text::LayoutJob};

use super::theme;
use crate::analysis::{CorpusMentions, EntityType, Mention};
use crate::corpus::Article;

/// What a layout was made for; a different key means it is laid out again.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    /// The article's index.
    pub doc: usize,
    /// The analysis it shows (by address: a new analysis is a new allocation).
    pub analysis: usize,
    /// The selected entity.
    pub selected: Option<u32>,
    /// Highlighted types and discovered names.
    pub types: [bool; 4],
    /// Whether discovered names are highlighted.
    pub discovered: bool,
    /// Dark theme.
    pub dark: bool,
    /// The wrap width, in whole points.
    pub width: u32,
}

/// One paragraph, laid out.
pub struct ParagraphLayout {
    /// Its bytes in the article's text (after a Markdown heading's `#` marks).
    pub range: Range<usize>,
    /// The laid-out text.
    pub galley: Arc<Galley>,
    /// The mentions inside it.
    pub mentions: Vec<Mention>,
}

/// A reader's laid-out article.
pub struct ReaderLayout {
    /// What it was made for.
    pub key: LayoutKey,
    /// Its paragraphs.
    pub paragraphs: Vec<ParagraphLayout>,
    /// How many mentions are drawn highlighted.
    pub highlighted: usize,
}

fn type_index(etype: EntityType) -> usize {
    match etype {
        EntityType::Country => 0,
        EntityType::Person => 1,
        EntityType::Org => 2,
        EntityType::Place => 3,
    }
}

/// Lays out `article` for a reader of `key.width` points.
pub fn layout(
    ui: &egui::Ui,
    article: &Article,
    mentions: Option<&CorpusMentions>,
    key: LayoutKey,
) -> ReaderLayout {
    let body = FontId::proportional(15.0);
    let text_colour = ui.visuals().text_color();
    let doc_mentions: &[Mention] = mentions
        .and_then(|m| m.docs.get(key.doc))
        .map_or(&[], Vec::as_slice);
    let mut paragraphs = Vec::new();
    let mut highlighted = 0;
    for mut range in article.paragraphs() {
        let raw = &article.text[range.clone()];
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let heading =
            (1..=6).contains(&hashes) && raw[hashes..].starts_with(' ') && !raw.contains('\n');
        let font = if heading {
            range.start += hashes + 1;
            FontId::proportional(if hashes == 1 { 19.0 } else { 17.0 })
        } else {
            body.clone()
        };
        let inside: Vec<Mention> = doc_mentions
            .iter()
            .filter(|m| m.start as usize >= range.start && m.end as usize <= range.end)
            .copied()
            .collect();
        let mut job = LayoutJob::default();
        job.wrap.max_width = key.width as f32;
        let plain = TextFormat {
            font_id: font.clone(),
            color: text_colour,
            ..TextFormat::default()
        };
        let mut at = range.start;
        for m in &inside {
            let (s, e) = (m.start as usize, m.end as usize);
            // A country word inside an organisation's name: the organisation is drawn.
            if s < at {
                continue;
            }
            let Some(format) = mentions.and_then(|all| mention_format(all, m, &key, &plain)) else {
                continue;
            };
            job.append(&article.text[at..s], 0.0, plain.clone());
            job.append(&article.text[s..e], 0.0, format);
            highlighted += 1;
            at = e;
        }
        job.append(&article.text[at..range.end], 0.0, plain.clone());
        let galley = ui.painter().layout_job(job);
        paragraphs.push(ParagraphLayout {
            range,
            galley,
            mentions: inside,
        });
    }
    ReaderLayout {
        key,
        paragraphs,
        highlighted,
    }
}

fn mention_format(
    all: &CorpusMentions,
    m: &Mention,
    key: &LayoutKey,
    plain: &TextFormat,
) -> Option<TextFormat> {
    let entity = all.entity(m);
    let selected = key.selected == Some(m.entity);
    if !selected && (!key.types[type_index(entity.etype)] || (entity.discovered && !key.discovered))
    {
        return None;
    }
    let mut format = plain.clone();
    if selected {
        format.background = theme::selected_background(entity.etype);
        format.color = match entity.etype {
            EntityType::Country | EntityType::Place => Color32::BLACK,
            EntityType::Person | EntityType::Org => Color32::WHITE,
        };
    } else {
        format.background = theme::mention_background(entity.etype, key.dark, entity.discovered);
    }
    if entity.discovered {
        format.underline = Stroke::new(1.5, theme::type_colour(entity.etype));
    }
    Some(format)
}

/// The byte of the article under a position inside a paragraph's galley.
pub fn byte_at(article: &Article, paragraph: &ParagraphLayout, offset: egui::Vec2) -> usize {
    let cursor = paragraph.galley.cursor_from_pos(offset);
    let text = &article.text[paragraph.range.clone()];
    paragraph.range.start
        + text
            .char_indices()
            .nth(cursor.index.0)
            .map_or(text.len(), |(b, _)| b)
}

/// Where a byte of the article is drawn, relative to the paragraph's galley.
pub fn rect_of(
    article: &Article,
    paragraph: &ParagraphLayout,
    start: usize,
    end: usize,
) -> egui::Rect {
    let text = &article.text[paragraph.range.clone()];
    let chars = |byte: usize| {
        text[..byte.saturating_sub(paragraph.range.start).min(text.len())]
            .chars()
            .count()
    };
    let a = paragraph
        .galley
        .pos_from_cursor(egui::text::CCursor::new(chars(start)));
    let b = paragraph
        .galley
        .pos_from_cursor(egui::text::CCursor::new(chars(end)));
    if (a.center().y - b.center().y).abs() < 1.0 {
        egui::Rect::from_min_max(a.min, egui::pos2(b.max.x, a.max.y))
    } else {
        egui::Rect::from_min_size(a.min, egui::vec2(80.0, a.height()))
    }
}
