//! The words that differ within a linked pair of sentences, so that "over 100 missiles"
//! against "dozens of missiles" shows at a glance. The diff itself is the `similar` crate's
//! (Myers) over words; this file cuts the sentences into words and back into byte ranges.

use std::ops::Range;

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

/// A stretch of one sentence, with whether the other sentence has it too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the report's text.
    pub range: Range<usize>,
    /// The other sentence has these words (case and punctuation aside).
    pub same: bool,
}

/// The word diff of sentence `a` (range `ra` of `text_a`) against `b`: A's pieces and B's
/// pieces, each covering its sentence from start to end.
pub fn word_diff(
    text_a: &str,
    ra: Range<usize>,
    text_b: &str,
    rb: Range<usize>,
) -> (Vec<Piece>, Vec<Piece>) {
    let wa = super::words::words(&text_a[ra.clone()]);
    let wb = super::words::words(&text_b[rb.clone()]);
    let ka: Vec<&str> = wa.iter().map(|(_, w)| w.as_str()).collect();
    let kb: Vec<&str> = wb.iter().map(|(_, w)| w.as_str()).collect();
    // Two long unpunctuated lines could take long to diff word by word: past the deadline
    // the diff is coarser, never slower.
    let deadline = Instant::now() + Duration::from_millis(20);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &ka, &kb, Some(deadline));
    let mut same_a = vec![false; wa.len()];
    let mut same_b = vec![false; wb.len()];
    for op in ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            same_a[old_index..old_index + len].fill(true);
            same_b[new_index..new_index + len].fill(true);
        }
    }
    (
        pieces(ra.clone(), &wa, &same_a),
        pieces(rb.clone(), &wb, &same_b),
    )
}

/// Runs of same and differing words over `range`; the text between two words goes with the
/// run it sits in.
fn pieces(range: Range<usize>, words: &[(Range<usize>, String)], same: &[bool]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut at = range.start;
    for ((r, _), &s) in words.iter().zip(same) {
        let end = range.start + r.end;
        match out.last_mut() {
            Some(last) if last.same == s => last.range.end = end,
            _ => out.push(Piece {
                range: at..end,
                same: s,
            }),
        }
        at = end;
    }
    match out.last_mut() {
        Some(last) => last.range.end = range.end,
        None => out.push(Piece { range, same: true }),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_differing_words_are_marked_on_both_sides() {
        let a = "Iran fired over 100 missiles at Israel.";
        let b = "Iran fired dozens of missiles at Israel.";
        let (pa, pb) = word_diff(a, 0..a.len(), b, 0..b.len());
        let differ = |t: &str, p: &[Piece]| {
            p.iter()
                .filter(|x| !x.same)
                .map(|x| t[x.range.clone()].trim().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(differ(a, &pa), ["over 100"]);
        assert_eq!(differ(b, &pb), ["dozens of"]);
        // The pieces cover each sentence without gaps.
        assert_eq!(pa.first().unwrap().range.start, 0);
        assert_eq!(pa.last().unwrap().range.end, a.len());
    }
}
