//! A reader's text laid out once per change, with its mentions highlighted by type: the cache
//! the reader pane draws from each frame (lay out on change, not on every frame).

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, FontId, Galley, Stroke, TextFormat, text::LayoutJob};

use super::theme;
use crate::analysis::{CorpusMentions, EntityType, Mention};
use crate::corpus::Article;

/// What a layout was made for; a different key means it is laid out again.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    /// The article's index.
    pub doc: usize,
    /// The analysis it shows, by [`Analysis::generation`](crate::app::Analysis), 0 for none.
    pub analysis: u64,
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
    /// The comparison whose sentence tints it shows, by its generation; 0 for none.
    pub compare: u64,
}

/// The most bytes of one piece: a longer paragraph is cut at a space into several, so that a
/// 20 MB one-line file is laid out a screenful at a time rather than as one galley.
const PIECE_BYTES: usize = 2048;

/// Pieces are laid out as soon as the article is shown while their bytes add up to less than
/// this; the rest as they scroll into view. An ordinary article is laid out whole at once.
const EAGER_BYTES: usize = 256 * 1024;

/// A run of text drawn as one galley: a paragraph, or a part of a long one.
pub struct Piece {
    /// Its bytes in the article's text (after a Markdown heading's `#` marks).
    pub range: Range<usize>,
    /// The mentions inside it.
    pub mentions: Vec<Mention>,
    /// Its font size (headings are larger).
    font_size: f32,
    /// Space above it: between paragraphs, none between the pieces of one.
    pub gap_before: f32,
    /// The laid-out text, once it has been in view.
    pub galley: Option<Arc<Galley>>,
    /// Its height: measured once laid out, estimated before.
    pub height: f32,
}

/// A reader's article, cut into pieces that are laid out when they come into view.
pub struct ReaderLayout {
    /// What it was made for.
    pub key: LayoutKey,
    /// Its pieces, in text order.
    pub pieces: Vec<Piece>,
    /// How many mentions are drawn highlighted.
    pub highlighted: usize,
    /// Bytes of the pieces whose galleys are held.
    laid_out_bytes: usize,
    /// Sentences tinted as shared or one-sided in compare mode, in text order.
    tints: Vec<(Range<usize>, egui::Color32)>,
}

fn type_index(etype: EntityType) -> usize {
    match etype {
        EntityType::Country => 0,
        EntityType::Person => 1,
        EntityType::Org => 2,
        EntityType::Place => 3,
    }
}

const BODY_SIZE: f32 = 15.0;

/// Cuts `article` into pieces for a reader of `key.width` points and lays out the first of
/// them; [`ReaderLayout::ensure_laid_out`] does the rest when they are needed.
pub fn layout(
    ui: &egui::Ui,
    article: &Article,
    mentions: Option<&CorpusMentions>,
    key: LayoutKey,
    tints: Vec<(Range<usize>, egui::Color32)>,
) -> ReaderLayout {
    let doc_mentions: &[Mention] = mentions
        .and_then(|m| m.docs.get(key.doc))
        .map_or(&[], Vec::as_slice);
    let plain = TextFormat::simple(FontId::proportional(BODY_SIZE), ui.visuals().text_color());
    let mut pieces = Vec::new();
    let mut highlighted = 0;
    for (n, mut range) in article.paragraphs().into_iter().enumerate() {
        let raw = &article.text[range.clone()];
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let heading =
            (1..=6).contains(&hashes) && raw[hashes..].starts_with(' ') && !raw.contains('\n');
        let font_size = if heading {
            range.start += hashes + 1;
            if hashes == 1 { 19.0 } else { 17.0 }
        } else {
            BODY_SIZE
        };
        let cuts = piece_ranges(&article.text, range, doc_mentions);
        for (k, piece) in cuts.into_iter().enumerate() {
            // Mentions are sorted by start, so each piece finds its own by binary search.
            let first = doc_mentions.partition_point(|m| (m.start as usize) < piece.start);
            let inside: Vec<Mention> = doc_mentions[first..]
                .iter()
                .take_while(|m| (m.start as usize) < piece.end)
                .filter(|m| m.end as usize <= piece.end)
                .copied()
                .collect();
            if let Some(all) = mentions {
                highlighted += drawn_mentions(&inside)
                    .filter(|m| mention_format(all, m, &key, &plain).is_some())
                    .count();
            }
            let height = estimated_height(&article.text[piece.clone()], font_size, key.width);
            pieces.push(Piece {
                range: piece,
                mentions: inside,
                font_size,
                gap_before: if n > 0 && k == 0 { PARAGRAPH_GAP } else { 0.0 },
                galley: None,
                height,
            });
        }
    }
    let mut layout = ReaderLayout {
        key,
        pieces,
        highlighted,
        laid_out_bytes: 0,
        tints,
    };
    for i in 0..layout.pieces.len() {
        if layout.laid_out_bytes >= EAGER_BYTES {
            break;
        }
        layout.ensure_laid_out(ui, article, mentions, i);
    }
    layout
}

/// Space between paragraphs, in points.
pub const PARAGRAPH_GAP: f32 = 10.0;

impl ReaderLayout {
    /// Lays out piece `i` if it is not laid out yet; returns its galley.
    pub fn ensure_laid_out(
        &mut self,
        ui: &egui::Ui,
        article: &Article,
        mentions: Option<&CorpusMentions>,
        i: usize,
    ) -> Option<Arc<Galley>> {
        let key = self.key.clone();
        let piece = self.pieces.get_mut(i)?;
        if piece.galley.is_none() {
            let galley = lay_out_piece(ui, article, mentions, &key, piece, &self.tints);
            piece.height = galley.size().y;
            self.laid_out_bytes += piece.range.len();
            piece.galley = Some(galley);
        }
        piece.galley.clone()
    }

    /// Frees the galleys of pieces far from `keep` once more than the eager budget is held,
    /// so scrolling through a huge article does not keep all of it laid out.
    pub fn forget_far_from(&mut self, keep: Range<usize>) {
        if self.laid_out_bytes <= 2 * EAGER_BYTES {
            return;
        }
        let margin = 64;
        let keep = keep.start.saturating_sub(margin)..keep.end + margin;
        for (i, piece) in self.pieces.iter_mut().enumerate() {
            if !keep.contains(&i) && piece.galley.take().is_some() {
                self.laid_out_bytes -= piece.range.len();
            }
        }
    }

    /// Bytes of text whose galleys are held now.
    pub fn laid_out_bytes(&self) -> usize {
        self.laid_out_bytes
    }

    /// The piece holding byte `at` of the article.
    pub fn piece_at(&self, at: usize) -> Option<usize> {
        let i = self.pieces.partition_point(|p| p.range.start <= at);
        let i = i.checked_sub(1)?;
        (at <= self.pieces[i].range.end).then_some(i)
    }
}

/// The byte ranges a paragraph is cut into: at most about [`PIECE_BYTES`] each, cut after
/// white space and never inside a mention.
fn piece_ranges(text: &str, range: Range<usize>, mentions: &[Mention]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    while range.end - start > PIECE_BYTES {
        let mut cut = floor_char(text, start + PIECE_BYTES);
        // A piece starts a new line, so it ends where a sentence does when it can; else at
        // a space up to a line's worth further; a text with neither is cut anyway.
        let from = floor_char(text, start + PIECE_BYTES / 2);
        if let Some(end) = text[from..cut].rfind(['.', '!', '?']).map(|i| from + i + 1)
            && text[end..].starts_with(char::is_whitespace)
        {
            cut = end;
        } else {
            let look = floor_char(text, (cut + 256).min(range.end));
            if let Some(space) = text[cut..look].find(char::is_whitespace) {
                cut += space;
            }
        }
        let before = mentions.partition_point(|m| (m.start as usize) < cut);
        if let Some(end) = mentions[before.saturating_sub(8)..before]
            .iter()
            .map(|m| m.end as usize)
            .filter(|&e| e > cut)
            .max()
        {
            cut = end;
        }
        if cut >= range.end {
            break;
        }
        out.push(start..cut);
        let rest = &text[cut..range.end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

fn floor_char(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A piece's height before it is laid out, from its length and line breaks: half an em a
/// character is about the width of proportional text.
fn estimated_height(text: &str, font_size: f32, width: u32) -> f32 {
    let per_row = (width as f32 / (font_size * 0.5)).max(1.0);
    let rows: f32 = text
        .split('\n')
        .map(|line| (line.chars().count() as f32 / per_row).ceil().max(1.0))
        .sum();
    rows * font_size * 1.25
}

/// The mentions drawn: a country word inside an organisation's name is not, the
/// organisation is.
fn drawn_mentions(inside: &[Mention]) -> impl Iterator<Item = &Mention> {
    let mut at = 0;
    inside.iter().filter(move |m| {
        let drawn = m.start as usize >= at;
        if drawn {
            at = m.end as usize;
        }
        drawn
    })
}

fn lay_out_piece(
    ui: &egui::Ui,
    article: &Article,
    mentions: Option<&CorpusMentions>,
    key: &LayoutKey,
    piece: &Piece,
    tints: &[(Range<usize>, egui::Color32)],
) -> Arc<Galley> {
    let plain = TextFormat::simple(
        FontId::proportional(piece.font_size),
        ui.visuals().text_color(),
    );
    let mut job = LayoutJob::default();
    job.wrap.max_width = key.width as f32;
    let mut at = piece.range.start;
    for m in drawn_mentions(&piece.mentions) {
        let (s, e) = (m.start as usize, m.end as usize);
        let Some(format) = mentions.and_then(|all| mention_format(all, m, key, &plain)) else {
            continue;
        };
        append_tinted(&mut job, &article.text, at..s, &plain, tints);
        job.append(&article.text[s..e], 0.0, format);
        at = e;
    }
    append_tinted(&mut job, &article.text, at..piece.range.end, &plain, tints);
    ui.painter().layout_job(job)
}

/// Plain text, with the tint of the sentence each part belongs to as its background (a
/// mention keeps its own highlight, drawn over the tint's place).
fn append_tinted(
    job: &mut LayoutJob,
    text: &str,
    range: Range<usize>,
    plain: &TextFormat,
    tints: &[(Range<usize>, egui::Color32)],
) {
    let mut at = range.start;
    let first = tints.partition_point(|(r, _)| r.end <= range.start);
    for (r, colour) in &tints[first..] {
        if r.start >= range.end || at >= range.end {
            break;
        }
        let (s, e) = (r.start.max(at), r.end.min(range.end));
        if s > at {
            job.append(&text[at..s], 0.0, plain.clone());
        }
        let mut format = plain.clone();
        format.background = *colour;
        job.append(&text[s..e], 0.0, format);
        at = e;
    }
    if at < range.end {
        job.append(&text[at..range.end], 0.0, plain.clone());
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
        format.color = theme::selected_text_colour();
    } else {
        format.background = theme::mention_background(entity.etype, key.dark, entity.discovered);
        format.color = theme::mention_text_colour(key.dark);
    }
    if entity.discovered {
        format.underline = Stroke::new(1.5, theme::type_colour(entity.etype));
    }
    Some(format)
}

/// The byte of the article under a position inside a piece's galley.
pub fn byte_at(article: &Article, piece: &Piece, galley: &Galley, offset: egui::Vec2) -> usize {
    let cursor = galley.cursor_from_pos(offset);
    let text = &article.text[piece.range.clone()];
    piece.range.start
        + text
            .char_indices()
            .nth(cursor.index.0)
            .map_or(text.len(), |(b, _)| b)
}

/// Where bytes of the article are drawn, relative to the piece's galley.
pub fn rect_of(
    article: &Article,
    piece: &Piece,
    galley: &Galley,
    start: usize,
    end: usize,
) -> egui::Rect {
    let text = &article.text[piece.range.clone()];
    let chars = |byte: usize| {
        text[..byte.saturating_sub(piece.range.start).min(text.len())]
            .chars()
            .count()
    };
    let a = galley.pos_from_cursor(egui::text::CCursor::new(chars(start)));
    let b = galley.pos_from_cursor(egui::text::CCursor::new(chars(end)));
    if (a.center().y - b.center().y).abs() < 1.0 {
        egui::Rect::from_min_max(a.min, egui::pos2(b.max.x, a.max.y))
    } else {
        egui::Rect::from_min_size(a.min, egui::vec2(80.0, a.height()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(start: u32, end: u32) -> Mention {
        Mention {
            start,
            end,
            entity: 0,
            kind: None,
        }
    }

    #[test]
    fn a_long_paragraph_is_cut_at_spaces_and_never_inside_a_mention() {
        let text = "word ".repeat(2000);
        let mentions = [mention(2046, 2054)];
        let pieces = piece_ranges(&text, 0..text.len() - 1, &mentions);
        assert!(pieces.len() >= 4);
        assert_eq!(pieces[0], 0..2054, "the cut moved past the mention");
        for pair in pieces.windows(2) {
            assert!(pair[0].end < pair[1].start);
            assert!(text[pair[0].end..pair[1].start].trim().is_empty());
        }
        assert!(pieces.iter().all(|p| p.len() <= PIECE_BYTES + 256));
        assert_eq!(pieces.last().map(|p| p.end), Some(text.len() - 1));
    }

    #[test]
    fn text_without_spaces_is_cut_on_character_boundaries() {
        let text = "é".repeat(5000);
        let pieces = piece_ranges(&text, 0..text.len(), &[]);
        assert!(pieces.len() >= 4);
        assert!(pieces.iter().all(|p| text.is_char_boundary(p.start)));
        assert_eq!(pieces.iter().map(|p| p.len()).sum::<usize>(), text.len());
    }
}
