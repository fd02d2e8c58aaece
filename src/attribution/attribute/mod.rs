//! Reporting frames: cue words, their speakers and the content each one reports.
//!
//! A sentence is read as units (words, and whole quotations as single units). Each cue
//! word with a speaker forms a frame: `SPEAKER CUE [that|:]` before its content,
//! `, SPEAKER CUE.` or `, CUE SPEAKER.` after it, `according to SOURCE`, or a participle
//! (", adding", "and stressed") that shares the sentence's speaker. The gaps between frames
//! are content; each frame claims one, and the content's quotation marks decide whether
//! it is direct, indirect or mixed.
//!
//! In: a sentence as [`Units`]. Out: its [`Statement`]s ([`statements`]). This module
//! assigns content segments to frames; the rules live by concern:
//!
//! - [`frames`]: finding the frames of a sentence: cue words and the filters that make one
//!   no report (names, figures, modals, nouns), speaker labels and `according to`;
//! - [`verb_frame`]: a cue verb's frame: where its subject is (before it, inverted after
//!   it, shared by a participle), passives, relatives;
//! - [`extent`]: what links a cue to its content (an object of "tell", a time phrase,
//!   "that", a colon) and on which side the content lies;
//! - [`subject`]: the subject noun phrase on a cue's left, with its appositions, and the
//!   sentence's opening subject for a participle;
//! - [`content`]: a content segment trimmed and cut to what was reported;
//! - [`scene`]: words after a cue that only set the scene (place, time, addressee);
//! - [`continuations`]: statements split by their frame ('A, he said, B') and what
//!   continues them;
//! - [`words`]: the closed word lists and word tests the rules share.

pub mod content;
pub mod continuations;
pub mod extent;
pub mod frames;
pub mod scene;
pub mod subject;
pub mod verb_frame;
pub mod words;

use self::content::{
    OpenClause, content_span, cut_at_clause_end, details_withheld, frame_in_open_clause,
    object_before_relative, speakers_own_predicate, trim_content, trim_span,
};
use self::continuations::{interrupted_statement, quote_after_scene, second_half};
use self::frames::find_frames;
use self::scene::bare_adjunct;
use self::subject::sentence_subject;
use self::words::{
    DETERMINERS, SUBJECT_PRONOUNS, SUBORDINATORS, boundary_punct, is_ing, is_p,
    quotation_closes_with,
};
use crate::attribution::speakers::{self, SpeakerMention};
use crate::text::units::{Unit, Units};

/// direct, indirect or mixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteType {
    Direct,
    Indirect,
    Mixed,
}

impl QuoteType {
    /// The CSV value.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Direct => "direct",
            QuoteType::Indirect => "indirect",
            QuoteType::Mixed => "mixed",
        }
    }
}

/// A cue as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueRef {
    pub start: usize,
    pub end: usize,
    pub lemma: String,
}

/// Where a statement's speaker comes from.
#[derive(Clone, Debug)]
pub enum SpeakerSource {
    /// A mention at the statement.
    Mention(SpeakerMention),
    /// The subject of another frame in the sentence (", adding", "and stressed"), with no
    /// words of its own.
    Shared(SpeakerMention),
    /// The previous statement's speaker (a continuation).
    Previous,
}

/// One reporting event found in a sentence.
#[derive(Clone, Debug)]
pub struct Statement {
    /// Byte range of the content (the `quote` column).
    pub start: usize,
    pub end: usize,
    pub quote_type: QuoteType,
    pub cue: Option<CueRef>,
    pub speaker: SpeakerSource,
}

impl Statement {
    /// A part that continues a statement whose frame stands elsewhere in the sentence: no
    /// cue of its own, the frame's subject as the speaker, no mention.
    fn continuing(
        start: usize,
        end: usize,
        quote_type: QuoteType,
        subject: SpeakerMention,
    ) -> Self {
        Statement {
            start,
            end,
            quote_type,
            cue: None,
            speaker: SpeakerSource::Shared(subject),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Following,
    Preceding,
}

#[derive(Clone, Debug)]
struct Frame {
    /// Weak cues report only content that holds a quotation or follows "that" or a colon.
    weak: bool,
    start: usize,
    end: usize,
    cue_start: usize,
    cue_end: usize,
    lemma: String,
    subject: Option<SpeakerMention>,
    shared: bool,
    direction: Direction,
}

/// "called Cruz the "ultimate hypocrite," linking to a story": the name "call" gives in
/// quotation marks ends what it reports, where a comma after it opens the writer's words
/// (not another quoted name: "a "nasty guy," an "anchor baby" and "sick""). Returns where
/// content units `a..b` end.
fn name_given_ends(text: &str, units: &Units, a: usize, b: usize) -> usize {
    for k in a..b {
        let Unit::Quote(q) = units.units[k] else {
            continue;
        };
        let after = if k + 1 < b && is_p(text, units, k + 1, &[","]) {
            k + 2
        } else if text[q.content_start..q.content_end].ends_with(',') {
            k + 1
        } else {
            continue;
        };
        let writers = units.units.get(after).is_some_and(|u| u.is_word())
            && units
                .text(text, after, after + 1)
                .starts_with(|c: char| c.is_lowercase())
            && (after..b.min(after + 4)).all(|x| !units.units[x].is_quote());
        if after < b && writers {
            return k + 1;
        }
    }
    b
}

/// Finds the statements of one sentence.
pub fn statements(text: &str, units: &Units) -> Vec<Statement> {
    let frames = find_frames(text, units);
    if frames.is_empty() {
        return Vec::new();
    }
    // The lookups below rely on it: frames come in text order and each ends after the last.
    debug_assert!(frames.windows(2).all(|w| w[0].end <= w[1].end));
    let sentence = Claims::new(text, units, frames);
    let mut out = Vec::new();
    for s in 0..sentence.claimed.len() {
        sentence.push_segment(s, &mut out);
    }
    sentence.push_reports_of_closing_frames(&mut out);
    out.sort_by_key(|s| s.start);
    out
}

impl Frame {
    /// Whether the frame is a transcript's label ("Melnyk:", "((Ines Varga))"), which may
    /// open an answer of a word or two.
    fn is_label(&self) -> bool {
        self.start == 0 && self.lemma == ":"
    }

    /// The cue as written.
    fn cue(&self, units: &Units) -> CueRef {
        CueRef {
            start: units.units[self.cue_start].start(),
            end: units.units[self.cue_end - 1].end(),
            lemma: self.lemma.clone(),
        }
    }
}

/// One sentence's frames, the content segments between them, and which frame claims each.
struct Claims<'a, 'u> {
    text: &'a str,
    units: &'a Units<'u>,
    frames: Vec<Frame>,
    /// Segment `k` lies before frame `k`; segment `frames.len()` after the last. Each is the
    /// unit range of its content once trimmed, if it has any.
    seg_content: Vec<Option<(usize, usize)>>,
    /// The frame that claims each segment.
    claimed: Vec<Option<usize>>,
    /// Frames that claimed no segment.
    unclaimed_frames: Vec<usize>,
    /// The nearest frame with its own subject before each frame, and after it.
    subject_before: Vec<Option<usize>>,
    subject_after: Vec<Option<usize>>,
    /// The sentence's first word, and the first boundary after it. Computed once: asked for
    /// every content segment, they would make a sentence of thousands of frames quadratic.
    first_word: Option<usize>,
    opening_clause_end: usize,
    /// 'A, he said, B': the first part of a statement its frame interrupts.
    split: Option<Statement>,
}

/// What an unclaimed content segment is.
enum Unclaimed {
    /// The second half of an interrupted statement.
    Continuation(Statement),
    /// A quotation beside a frame, spoken by that frame's speaker.
    Beside(SpeakerSource),
    /// Nothing reported.
    Nothing,
}

impl<'a, 'u> Claims<'a, 'u> {
    /// The segments of a sentence between its `frames` and the frame that claims each.
    fn new(text: &'a str, units: &'a Units<'u>, frames: Vec<Frame>) -> Self {
        let n = units.len();
        let mut segs: Vec<(usize, usize)> = Vec::with_capacity(frames.len() + 1);
        let mut prev = 0;
        for f in &frames {
            segs.push((prev, f.start.max(prev)));
            prev = f.end;
        }
        segs.push((prev, n.max(prev)));
        // (A transcript's label may open a short answer: "Melnyk: Yes. Danish ...".)
        let label = frames.first().is_some_and(Frame::is_label);
        let seg_content: Vec<Option<(usize, usize)>> = segs
            .iter()
            .enumerate()
            .map(|(k, &(a, b))| {
                trim_content(text, units, a, b, k == 0).or_else(|| {
                    (label && k == 1)
                        .then(|| trim_span(text, units, a, b))
                        .flatten()
                })
            })
            .collect();
        // "Trump drew boos when he told Bush to quiet down": the clause before a subordinating
        // conjunction is the writer's, whatever the frame after it reports; such a frame
        // reports only a clause after it ("because Trump said there were ...").
        let tied: Vec<Option<bool>> = frames
            .iter()
            .enumerate()
            .map(|(k, f)| {
                (f.start > 0 && SUBORDINATORS.contains(&units.word(f.start - 1))).then(|| {
                    seg_content[k + 1].is_some_and(|(a, _)| {
                        let w = units.word(a);
                        !["to", "and", "but", "or"].contains(&w)
                            && !scene::ADJUNCT_PREPOSITIONS.contains(&w)
                            && frames::clause_at(text, units, a, n)
                    })
                })
            })
            .collect();
        let (claimed, unclaimed_frames) = claim_segments(&frames, &seg_content, &tied);
        let (subject_before, subject_after) = nearest_subjects(&frames);
        let first_word = (0..n).find(|&k| units.units[k].is_word());
        let opening_clause_end = first_word.map_or(n, |w| {
            (w..n)
                .find(|&k| boundary_punct(text, units, k))
                .unwrap_or(n)
        });
        let split = interrupted_statement(text, units, &frames, &claimed, &seg_content);
        Claims {
            text,
            units,
            frames,
            seg_content,
            claimed,
            unclaimed_frames,
            subject_before,
            subject_after,
            first_word,
            opening_clause_end,
            split,
        }
    }

    /// The nearest frame with its own subject: before frame `k`, else after it.
    fn main_subject(&self, k: usize) -> Option<SpeakerMention> {
        self.subject_before[k]
            .or(self.subject_after[k])
            .and_then(|j| self.frames[j].subject.clone())
    }

    /// The speaker of the content that frame `k` claims: its subject, or for a frame that
    /// shares its sentence's speaker, the main subject or the sentence's opening subject.
    fn frame_speaker(&self, k: usize) -> SpeakerSource {
        let f = &self.frames[k];
        // A participle's own speaker: "quoted Y as saying", "with Y saying".
        if f.shared
            && is_ing(&self.units.words[f.cue_start])
            && let Some(m) = self.quoted_as_saying(f).or_else(|| self.with_saying(f))
        {
            return SpeakerSource::Mention(m);
        }
        let subject = if f.shared {
            self.main_subject(k)
                .or_else(|| sentence_subject(self.text, self.units, f.start))
        } else {
            f.subject.clone()
        };
        match (subject, f.shared) {
            (Some(m), true) => SpeakerSource::Shared(m),
            (Some(m), false) => SpeakerSource::Mention(m),
            (None, _) => SpeakerSource::Previous,
        }
    }

    /// "Arab News quoted Prince Saud as saying ...": the one quoted says it, not the outlet.
    /// `f` is a participle's frame.
    fn quoted_as_saying(&self, f: &Frame) -> Option<SpeakerMention> {
        let (text, units) = (self.text, self.units);
        let c = f.cue_start;
        let q = frames::quoting_verb_before(text, units, c, 0)?;
        // "Ms Marsh was quoted by local radio as saying": the one quoted is the subject.
        if ["by", "in", "on"].contains(&units.word(q + 1)) {
            return (q >= 2 && ["was", "were", "is", "been"].contains(&units.word(q - 1)))
                .then(|| sentence_subject(text, units, q))?;
        }
        (q + 2 < c).then(|| speakers::analyse(text, units, q + 1, c - 1, None))?
    }

    /// "..., with leader Charles Kennedy saying ...": the noun phrase after "with" says it.
    /// `f` is a participle's frame.
    fn with_saying(&self, f: &Frame) -> Option<SpeakerMention> {
        let (text, units) = (self.text, self.units);
        let c = f.cue_start;
        let w = frames::with_before(text, units, c, 0)?;
        speakers::analyse(text, units, w + 1, c, None)
    }

    /// The statements of segment `s`, pushed to `out`.
    fn push_segment(&self, s: usize, out: &mut Vec<Statement>) {
        let units = self.units;
        let Some((a, b)) = self.seg_content[s] else {
            return;
        };
        let (frame, speaker) = match self.claimed[s] {
            Some(k) => (Some(&self.frames[k]), self.frame_speaker(k)),
            None => match self.unclaimed(s, a, b) {
                Unclaimed::Continuation(st) => {
                    out.push(st);
                    return;
                }
                Unclaimed::Beside(speaker) => (None, speaker),
                Unclaimed::Nothing => return,
            },
        };
        let b = match frame {
            Some(f) if f.end <= a => self.before_subordinate_frame(s, a, b),
            _ => b,
        };
        let Some((start, end, quote_type)) = self.reported_span(frame, a, b) else {
            return;
        };
        let cue = frame.map(|f| f.cue(units));
        if let Some(first) = self.split.as_ref().filter(|_| s == 1) {
            // 'A, he said, B': the frame and its subject go with A; B continues it.
            let SpeakerSource::Mention(m) = speaker else {
                return;
            };
            out.push(Statement {
                cue,
                speaker: SpeakerSource::Mention(m.clone()),
                ..first.clone()
            });
            if !units
                .words
                .get(a)
                .is_some_and(|w| matches!(w.as_ref(), "which" | "who"))
            {
                out.push(Statement::continuing(start, end, quote_type, m));
            }
            return;
        }
        out.push(Statement {
            start,
            end,
            quote_type,
            cue,
            speaker,
        });
    }

    /// "The state admitted it made a mistake when a pediatrician reported ...": content that
    /// ends where the next frame opens after a subordinating conjunction leaves the
    /// conjunction to that frame's clause. (Whether the clause belongs to the content too
    /// the gold sets do not agree: PolNeAR has it in about as many rows as it leaves it
    /// out.) `b` is where segment `s`'s content ends.
    fn before_subordinate_frame(&self, s: usize, a: usize, b: usize) -> usize {
        let units = self.units;
        let opens_next = self.frames.get(s).is_some_and(|next| next.start == b);
        if opens_next && b > a + 2 && SUBORDINATORS.contains(&units.word(b - 1)) {
            let mut end = b - 1;
            // ("..., after the vote": the comma before goes too.)
            while end > a && units.units[end - 1].is_punct() {
                end -= 1;
            }
            return end;
        }
        b
    }

    /// Whether frame `k` claims the segment after it and its content opens right after the
    /// frame (or its colon) as a clause or a quotation: "Residents said they feared ...".
    /// (Not a listener and a scene: "Trump told Britain's ITV ... in an interview".)
    fn reports_a_clause_at_once(&self, k: usize) -> bool {
        let (text, units, f) = (self.text, self.units, &self.frames[k]);
        self.claimed.get(k + 1) == Some(&Some(k))
            && self.seg_content[k + 1].is_some_and(|(c, _)| {
                let w = units.word(c);
                let colon = c == f.end + 1 && is_p(text, units, f.end, &[":"]);
                (c == f.end || colon)
                    && (units.units[c].is_quote()
                        || (w == "that"
                            || SUBJECT_PRONOUNS.contains(&w)
                            || DETERMINERS.contains(&w))
                            && frames::clause_at(text, units, c, units.len()))
            })
    }

    /// What segment `s` (units `a..b`), which no frame claimed, reports.
    fn unclaimed(&self, s: usize, a: usize, b: usize) -> Unclaimed {
        let (text, units, frames) = (self.text, self.units, &self.frames);
        // The second half of an interrupted statement, from unit `c` on.
        let half = second_half(text, units, frames, s, a, b)
            .or_else(|| quote_after_scene(text, units, frames, s, a, b).map(|m| (m, b - 1)));
        if let Some((m, c)) = half {
            let (start, end, quote_type) = content_span(units, c, b);
            return Unclaimed::Continuation(Statement::continuing(start, end, quote_type, m));
        }
        // An unclaimed quotation beside a frame: '"A," he said, "B."'
        if !(b == a + 1 && units.units[a].is_quote()) {
            return Unclaimed::Nothing;
        }
        // '"...," he said on NBC's "Meet the Press."': a title, not more words.
        if a > 0
            && units.units[a - 1].is_word()
            && ["'s", "on", "in", "of", "at", "titled", "called", "named"]
                .contains(&units.word(a - 1))
        {
            return Unclaimed::Nothing;
        }
        // Frames come in text order and their ends never decrease.
        let near = frames
            .partition_point(|f| f.end <= a)
            .checked_sub(1)
            .or(Some(0));
        let Some(k) = near else {
            return Unclaimed::Nothing;
        };
        let f = &frames[k];
        // '"What is safe about that?" Residents said they feared ...': a quotation that asks or
        // exclaims before a frame with a report of its own is a sentence of its own (the
        // sentence splitter keeps a capital after '?"' with it), which goes on with the last
        // speaker, as a sentence of quotations alone does.
        if f.start >= b
            && self.reports_a_clause_at_once(k)
            && quotation_closes_with(text, units, a, &['?', '!'])
        {
            return Unclaimed::Beside(SpeakerSource::Previous);
        }
        let m = if f.shared {
            self.main_subject(k)
        } else {
            f.subject.clone()
        };
        Unclaimed::Beside(match m {
            Some(m) => SpeakerSource::Shared(m),
            None => SpeakerSource::Previous,
        })
    }

    /// The byte span and type of what `frame` (none for a quotation beside a frame) reports
    /// in content units `a..b`, or `None` when it reports nothing there.
    fn reported_span(
        &self,
        frame: Option<&Frame>,
        a: usize,
        b: usize,
    ) -> Option<(usize, usize, QuoteType)> {
        let (text, units) = (self.text, self.units);
        let quotes = (a..b).filter(|&i| units.units[i].is_quote()).count();
        if let Some(f) = frame
            && f.weak
            && quotes == 0
            && !(f.end > 0
                && (units.words[f.end - 1] == "that" || is_p(text, units, f.end - 1, &[":"])))
        {
            return None;
        }
        if b == a + 1 && quotes == 1 {
            let Unit::Quote(q) = units.units[a] else {
                return None;
            };
            let (start, end) = (q.content_start, q.content_end);
            return (start < end).then_some((start, end, QuoteType::Direct));
        }
        self.paraphrase_span(frame, a, b, quotes)
    }

    /// The byte span and type of what `frame` reports in content units `a..b`, `quotes` of
    /// them quotations, other than a quotation alone: a paraphrase cut to what was said, or
    /// words and quotations mixed; `None` when it reports nothing there.
    fn paraphrase_span(
        &self,
        frame: Option<&Frame>,
        a: usize,
        b: usize,
        quotes: usize,
    ) -> Option<(usize, usize, QuoteType)> {
        let (text, units) = (self.text, self.units);
        let words = (a..b).filter(|&i| units.units[i].is_word()).count();
        if words < 2 && quotes == 0 && !frame.is_some_and(Frame::is_label)
            || quotes == 0 && words <= 5 && words::is_linking_phrase(self.units, a, b)
        {
            return None;
        }
        let qt = if quotes > 0 {
            QuoteType::Mixed
        } else {
            QuoteType::Indirect
        };
        let before = frame.is_some_and(|f| f.end <= a);
        let embedded = frame
            .filter(|_| before)
            .and_then(|f| frame_in_open_clause(text, units, f, self.opening_clause_end));
        // A paraphrase ends at a semicolon: "X said A; they only learned B" reports A.
        // (A quotation in it keeps the rest, but the clause the frame stands in still
        // closes: 'which had said growth would be "notably lower", did not give'.)
        let call = frame.is_some_and(|f| f.lemma == "call" && f.end <= a);
        let (a, b) = if quotes == 0 || embedded.is_some() && !call {
            self.paraphrase_clause(frame, a, b, before, embedded)
        } else if call {
            (a, name_given_ends(text, units, a, b))
        } else if before && adjunct_after_quotation(text, units, a, b) {
            // 'said, "We'll see," when asked ...': the quotation alone is what was said.
            let Unit::Quote(q) = units.units[a] else {
                return None;
            };
            return Some((q.content_start, q.content_end, QuoteType::Direct));
        } else {
            (a, b)
        };
        // "..., but declined to comment": the speaker's refusal is the writer's report.
        let b = if before {
            details_withheld(text, units, a, b).unwrap_or(b)
        } else {
            b
        };
        // "Fallon responded on Twitter.", "Ms. Gao said by telephone.": the words after the
        // cue set the scene; what was said is elsewhere.
        if quotes == 0 && frame.is_some_and(|f| f.end <= a) && bare_adjunct(units, a, b) {
            return None;
        }
        if quotes == 0 && frame.is_some_and(|f| self.scene_before(f, a, b)) {
            return None;
        }
        let (start, end) = (units.units[a].start(), units.units[b - 1].end());
        (start < end).then_some((start, end, qt))
    }

    /// Content units `a..b` of a paraphrase cut to the clause that holds it, and before a
    /// predicate of the speaker's own or a relative clause after the object of a `frame`
    /// `before` them.
    fn paraphrase_clause(
        &self,
        frame: Option<&Frame>,
        a: usize,
        b: usize,
        before: bool,
        embedded: Option<OpenClause>,
    ) -> (usize, usize) {
        let (text, units) = (self.text, self.units);
        let (a, b) = cut_at_clause_end(text, units, a, b, before, embedded);
        let b = frame
            .filter(|_| before)
            .and_then(|f| {
                speakers_own_predicate(units, f, a, b)
                    .or_else(|| object_before_relative(text, units, f, a, b))
            })
            .unwrap_or(b);
        (a, b)
    }

    /// Whether content units `a..b` before `frame` only set the scene of another report:
    /// '"...," Pence said during the session, according to audio', "In a 1963 speech, he
    /// declared:", "On Monday, Trump said ..., according to the Times". Not the first part of
    /// a statement the frame interrupts ("For decades, Mr. de Vos noted, the United States has
    /// deployed observers": the sentence opens with it and a comma follows the frame), nor a
    /// quantity ("About 80% of adults own a mobile, according to figures").
    fn scene_before(&self, frame: &Frame, a: usize, b: usize) -> bool {
        let (text, units) = (self.text, self.units);
        if frame.start < b || units.words[a] == "about" {
            return false;
        }
        // ("On weekdays, said Ms Okafor, the rooms fill up": an inverted frame may have run
        // on over what it took for its subject's apposition.)
        let comma_after = || {
            frame.end < units.len() && is_p(text, units, frame.end, &[","])
                || frame.start == frame.cue_start
                    && (frame.cue_end..frame.end).any(|k| is_p(text, units, k, &[","]))
        };
        let interrupts = self.first_word.is_some_and(|w| w >= a) && comma_after();
        !interrupts
            && (a..b).filter(|&k| units.units[k].is_word()).count() <= 10
            && bare_adjunct(units, a, b)
    }

    /// "Over half of the institutions said they would commit ..., said Mirka Martel": a closing
    /// frame whose content another report took reports that whole report.
    fn push_reports_of_closing_frames(&self, out: &mut Vec<Statement>) {
        let (units, frames) = (self.units, &self.frames);
        for &k in &self.unclaimed_frames {
            let (f, inner) = (&frames[k], &frames[k.saturating_sub(1)]);
            if k == 0
                || f.direction != Direction::Preceding
                || f.shared
                || f.weak
                || is_ing(&units.words[f.cue_start]) && f.lemma != "according to"
                || self.claimed[k] != Some(k - 1)
                || inner.direction != Direction::Following
                || inner.shared
                || inner.subject.is_none()
                || self.first_word.is_some_and(|w| w < inner.start)
            {
                continue;
            }
            let (Some(m), Some((_, b))) = (&f.subject, self.seg_content[k]) else {
                continue;
            };
            let quotes = (inner.start..b).any(|x| units.units[x].is_quote());
            out.push(Statement {
                start: units.units[inner.start].start(),
                end: units.units[b - 1].end(),
                quote_type: if quotes {
                    QuoteType::Mixed
                } else {
                    QuoteType::Indirect
                },
                cue: Some(f.cue(units)),
                speaker: SpeakerSource::Mention(m.clone()),
            });
        }
    }
}

/// Which frame claims which content segment: a frame whose content follows takes the
/// segment after it; every other frame the nearest unclaimed content before it, else what
/// follows it. Returns the claims by segment and the frames left with none.
fn claim_segments(
    frames: &[Frame],
    seg_content: &[Option<(usize, usize)>],
    tied: &[Option<bool>],
) -> (Vec<Option<usize>>, Vec<usize>) {
    let mut claimed: Vec<Option<usize>> = vec![None; seg_content.len()];
    for (k, f) in frames.iter().enumerate() {
        if f.direction == Direction::Following
            && seg_content[k + 1].is_some()
            && claimed[k + 1].is_none()
        {
            claimed[k + 1] = Some(k);
        }
    }
    let mut unclaimed_frames = Vec::new();
    // What `claimed` says by frame, and the segments with content still unclaimed up to
    // the current frame, nearest last: lookups that stay linear in a sentence of thousands
    // of frames.
    let mut owns_segment = vec![false; frames.len()];
    for k in claimed.iter().flatten() {
        owns_segment[*k] = true;
    }
    let mut open_segments: Vec<usize> = Vec::new();
    for (k, f) in frames.iter().enumerate() {
        if seg_content[k].is_some() && claimed[k].is_none() {
            open_segments.push(k);
        }
        if owns_segment[k] {
            continue;
        }
        // Nearest unclaimed content before the frame; a frame that found none takes what
        // follows it.
        if let Some(clause_after) = tied[k].filter(|_| open_segments.last() == Some(&k)) {
            if clause_after && claimed[k + 1].is_none() {
                claimed[k + 1] = Some(k);
                owns_segment[k] = true;
            } else {
                unclaimed_frames.push(k);
            }
        } else if let Some(s) = open_segments.pop() {
            claimed[s] = Some(k);
            owns_segment[k] = true;
        } else if f.direction == Direction::Preceding
            && seg_content[k + 1].is_some()
            && claimed[k + 1].is_none()
        {
            claimed[k + 1] = Some(k);
            owns_segment[k] = true;
        } else {
            unclaimed_frames.push(k);
        }
    }
    (claimed, unclaimed_frames)
}

/// The nearest frame with its own subject before each frame, and after it.
fn nearest_subjects(frames: &[Frame]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let has_subject = |j: usize| frames[j].subject.is_some() && !frames[j].shared;
    let mut subject_before: Vec<Option<usize>> = Vec::with_capacity(frames.len());
    let mut last = None;
    for j in 0..frames.len() {
        subject_before.push(last);
        if has_subject(j) {
            last = Some(j);
        }
    }
    let mut subject_after: Vec<Option<usize>> = vec![None; frames.len()];
    let mut next = None;
    for j in (0..frames.len()).rev() {
        subject_after[j] = next;
        if has_subject(j) {
            next = Some(j);
        }
    }
    (subject_before, subject_after)
}

/// 'said, "We'll see," when asked whether ...', 'cautioned "let's not get ahead of
/// ourselves," before predicting ...': a quotation that opens the content and closes with its
/// comma, then a subordinate clause about the saying. The clause is the writer's; a
/// quotation that goes on into its sentence ('said "the plan" was dead') is mixed as before.
fn adjunct_after_quotation(text: &str, units: &Units, a: usize, b: usize) -> bool {
    let Unit::Quote(q) = units.units[a] else {
        return false;
    };
    let comma_inside = text[q.content_start..q.content_end]
        .trim_end()
        .ends_with(',');
    let mut k = a + 1;
    if !comma_inside && k < b && is_p(text, units, k, &[","]) {
        k += 1;
    }
    (comma_inside || k == a + 2)
        && k < b
        && (SUBORDINATORS.contains(&units.word(k)) || units.word(k) == "as")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::quotes::find_quotes;

    /// The speaker of the one statement sentence `s` makes (as [`run`] writes it); fails
    /// the test where it makes none or several.
    pub(super) fn sole_speaker(s: &str) -> String {
        let mut r = run(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        r.remove(0).3
    }

    /// The statements of one sentence `s` as (content, quote type, cue, speaker), a shared
    /// speaker written `=NAME` and the previous statement's `<prev>`.
    pub(super) fn run(s: &str) -> Vec<(String, &'static str, String, String)> {
        let q = find_quotes(s, 0, s.len());
        let u = Units::build(s, 0, s.len(), &q);
        statements(s, &u)
            .into_iter()
            .map(|st| {
                let who = match &st.speaker {
                    SpeakerSource::Mention(m) => m.text.clone(),
                    SpeakerSource::Shared(m) => format!("={}", m.text),
                    SpeakerSource::Previous => "<prev>".into(),
                };
                (
                    s[st.start..st.end].to_string(),
                    st.quote_type.as_str(),
                    st.cue
                        .map(|c| s[c.start..c.end].to_string())
                        .unwrap_or_default(),
                    who,
                )
            })
            .collect()
    }

    /// "the Ministry of Sustainability and the Environment said": "and the" between the
    /// fields of a body's name after its "of" is inside the name (the speaker was "the
    /// Environment"; BBC "the Economic Commission for Latin America and the Caribbean" was
    /// "Caribbean").
    #[test]
    fn and_the_inside_a_body_s_name() {
        let got =
            run("Talks will resume, the Ministry of Sustainability and the Environment said.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            got[0].3,
            "the Ministry of Sustainability and the Environment"
        );
    }

    /// "European football's governing body said": a body owned by a name speaks
    /// (data/org_words.txt `Body`); with no such head word the sentence had no row.
    #[test]
    fn an_owned_body_speaks() {
        let got = run("European football's governing body said Hearts had failed.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3, "European football's governing body");
    }

    /// "said Park, the firm's head of European operations, at the launch in London": where
    /// the statement was made is no part of the apposition, and says no country of his.
    #[test]
    fn a_setting_after_an_inverted_apposition_is_no_part_of_it() {
        let s = "\"Europe matters,\" said Park Ji-hoon, the firm's head of European \
                 operations, at the launch in London.";
        let q = find_quotes(s, 0, s.len());
        let u = Units::build(s, 0, s.len(), &q);
        let st = statements(s, &u);
        assert_eq!(st.len(), 1);
        let SpeakerSource::Mention(m) = &st[0].speaker else {
            panic!("{s}")
        };
        assert_eq!(m.name.as_deref(), Some("Park Ji-hoon"));
        assert_eq!(m.country, None, "{s}");
    }

    #[test]
    fn a_linking_phrase_before_an_inverted_frame_reports_nothing() {
        for s in [
            "As a result, says the committee, the government may need to act.",
            "By contrast, said Mr Hogan, the new virus spreads slowly.",
        ] {
            let r = run(s);
            assert!(
                r.iter()
                    .all(|x| x.0 != "As a result" && x.0 != "By contrast"),
                "{s}: {r:?}"
            );
        }
    }

    #[test]
    fn the_opening_of_a_clause_a_frame_interrupts_reports_nothing() {
        for (s, rest) in [
            (
                "It was, he said, one of the bitterest failures of his presidency.",
                "one of the bitterest failures of his presidency",
            ),
            (
                "And yet, her aides say, Syria remains a priority for her.",
                "Syria remains a priority for her",
            ),
            (
                "Before now, he said, it has been hard to act.",
                "it has been hard to act",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, rest, "{s}");
        }
    }

    #[test]
    fn a_scene_phrase_before_a_source_reports_nothing() {
        let r = run(
            r#""We are still winning," Mr. Pence said during the session, according to audio."#,
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "said");
        assert_eq!(run("In a speech last July, he said:"), []);
        let r = run("On Monday, Trump said he was happy, according to The New York Times.");
        assert!(r.iter().all(|x| x.0 != "On Monday"), "{r:?}");
        // The first part of a statement its frame interrupts stays one.
        let r = run("For decades, Mr. de Vos noted, the United States has sent observers.");
        assert_eq!(r[0].0, "For decades");
        assert_eq!(r[1].0, "the United States has sent observers");
        // A quantity is no scene.
        let r =
            run("About 80% of UK adults own at least one mobile, according to official figures.");
        assert_eq!(r[0].0, "About 80% of UK adults own at least one mobile");
    }

    #[test]
    fn a_clause_after_a_quotation_s_comma_is_the_writer_s() {
        let r = run("Sanders had said, \u{201c}We\u{2019}ll see,\u{201d} when asked about it.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].0.as_str(), r[0].1), ("We\u{2019}ll see,", "direct"));
        let r = run(r#"She said "They need to stand by us", while addressing the press."#);
        assert_eq!(
            (r[0].0.as_str(), r[0].1),
            ("They need to stand by us", "direct")
        );
        // A quotation that goes on into its clause stays mixed.
        let r = run(r#"He said "the plan" was dead when asked."#);
        assert_eq!(r[0].1, "mixed");
    }

    #[test]
    fn a_conjunction_before_the_next_frame_is_that_frame_s() {
        let r = run("The council admitted it had erred when a resident reported the leak.");
        assert_eq!(r[0].0, "it had erred");
        assert_eq!(r[1].0, "the leak");
        let r = run("The union says the men were freed, after the firm promised a review.");
        assert_eq!(r[0].0, "the men were freed");
    }

    #[test]
    fn an_inverted_frame_interrupting_a_statement() {
        // A clause after the inverted subject is the statement's second half, no apposition.
        // (A linking phrase before it is no first half: stop 29.)
        let r = run("By contrast, says Mr Cox, the Mac mini is almost disposable.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "the Mac mini is almost disposable");
        assert_eq!(r[0].3, "=Mr Cox");
        // Naming, a day and an object after the cue are no subjects.
        for s in [
            "The film, called Cold Water, has been premiered in The Hague.",
            "The tentative deal, announced Friday, would last four years.",
            "So, tell me, why did you choose this work?",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        let r = run(r#""We have wanted this for a long time," said Friday."#);
        assert_eq!(r[0].3, "Friday");
    }

    #[test]
    fn a_later_weak_or_relative_frame_takes_nothing_from_the_report_before_it() {
        // A weak cue inside a relative clause closes nothing, and reports nothing itself.
        let r = run(
            "Stone says the rise in partisanship that Bloomberg decries also makes it less likely.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "the rise in partisanship that Bloomberg decries also makes it less likely"
        );
        let r = run("Symms said he liked it and the way she responded to a question.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "he liked it and the way she responded to a question"
        );
        // A closing frame after a comma still takes the report that opens the sentence.
        let r = run("Over half of the institutions reported deferrals, Mirka Martel said.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Mirka Martel");
    }

    #[test]
    fn a_participle_after_a_comma_reports_past_a_phrase() {
        let r = run(
            "Lawyers for Mr Doe opposed it, saying in court files that the account was private.",
        );
        assert_eq!(r[0].0, "the account was private");
        assert_eq!(r[0].2, "saying");
        // One that opens the sentence sets the scene of the main verb.
        let r = run(
            r#"Responding to the claims party chairman Liam Fox said: "They are soft on crime.""#,
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].3.ends_with("Liam Fox"), "{r:?}");
        // "adding to concern that": no saying. A group noun opening the sentence is the
        // participle's subject.
        let r =
            run("Lawyers for the board opposed a delay, saying in court papers that it was late.");
        assert_eq!(r[0].3, "=Lawyers");
        assert_eq!(
            run("Prices rose faster, adding to concern that inflation would climb."),
            []
        );
    }

    #[test]
    fn a_weak_cue_after_a_quoted_phrase_of_the_content_does_not_cut_it() {
        let r =
            run("A spokesman said he had \"no doubt\" the official had called it as he saw it.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "he had \"no doubt\" the official had called it as he saw it"
        );
    }

    #[test]
    fn a_question_quoted_before_a_frame_with_its_own_clause_goes_on_with_the_last_speaker() {
        let r =
            run("\"What is safe about it?\" Residents at the meeting said they feared the worst.");
        assert_eq!(r[0].0, "What is safe about it?");
        assert_eq!(r[0].3, "<prev>");
        assert_eq!(r[1].3, "Residents at the meeting");
        // A frame with no clause of its own reports the quotation.
        let r = run("\"And I'm not being paid!\" LeVell declared, a point he likes to make.");
        assert_eq!(r[0].3, "=LeVell");
        let r = run("\"Who knows?\" Trump told Britain's ITV in an interview aired on Monday.");
        assert_eq!(r[0].3, "Trump");
    }

    #[test]
    fn a_name_given_in_quotation_marks_ends_the_report() {
        let r = run(
            "In a tweet, Ada Brill called the plan a \"harbour grab,\" linking to a story about the quay.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "the plan a \"harbour grab,\"");
        let r = run("Someone called it a \"quiet revolution,\" and I agree.");
        assert_eq!(r[0].0, "it a \"quiet revolution,\"");
        // A list of names goes on; a quotation at the sentence's end ends it.
        let r = run("He called the senator a \"nasty guy,\" an \"anchor baby\" and \"sick.\"");
        assert_eq!(
            r[0].0,
            "the senator a \"nasty guy,\" an \"anchor baby\" and \"sick.\""
        );
        let r = run("He called the senator a \"nasty guy,\"");
        assert_eq!(r[0].0, "the senator a \"nasty guy,\"");
    }

    #[test]
    fn a_frame_after_a_subordinating_conjunction_reports_nothing_before_it() {
        // The clause before "when" is the writer's.
        let r = run("The mayor drew boos from the crowd when he told Ada Brill to sit down.");
        assert!(r.is_empty(), "{r:?}");
        let r = run("Tidewater cut the fares after the board threatened to end its contract.");
        assert!(r.is_empty(), "{r:?}");
        // A clause after the frame is still its report.
        let r = run(
            "The rally drew notice partly because the mayor said there were good people there.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("there were good people there", "the mayor")
        );
        // Without the conjunction the clause before is the report.
        let r = run("The fares will fall in May, the board said.");
        assert_eq!(r[0].0, "The fares will fall in May");
    }

    #[test]
    fn all_told_is_no_telling_and_a_scene_may_hold_a_relative_clause() {
        assert_eq!(
            run("All told, outside groups spent more than $2.5 million on calls."),
            []
        );
        let r = run(
            r#""We were attacked downtown," Clinton said, with a passion that almost suggested anger."#,
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We were attacked downtown,");
    }

    #[test]
    fn data_verbs_of_data_sources_report_no_words() {
        for s in [
            "A survey by Hostway suggests that many men prefer to shop online.",
            "Figures for the 2001 election suggest 29% of people were not registered.",
            "The research revealed Brazilians were the most likely to read spam.",
            "Data collected by eBay suggests shoppers are buying direct.",
            "A new poll conducted for the BBC suggests eight out of 10 voters agree.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // A body named after one, a document and a saying verb still report.
        let r = run("The Institute for Fiscal Studies suggested the government was spending more.");
        assert_eq!(r[0].2, "suggested");
        assert_eq!(
            run("The report suggests that taxes will rise.")[0].2,
            "suggests"
        );
        assert_eq!(run("The study said that taxes will rise.")[0].2, "said");
    }

    #[test]
    fn a_body_named_in_lower_case_speaks() {
        for (s, mention) in [
            ("eBay said the sale was legal.", "eBay"),
            ("Profits rose, easyJet said.", "easyJet"),
            ("The law will hold up in court, dpa said.", "dpa"),
        ] {
            let r = run(s);
            assert_eq!(r.first().map(|r| r.3.as_str()), Some(mention), "{s}: {r:?}");
        }
    }

    #[test]
    fn according_to_a_norm_after_what_it_bounds_names_no_source() {
        for s in [
            "The rocket will then be launched according to schedule.",
            "Warez groups operate according to a strict code of honour.",
            "Brokers were rewarded according to how much business they brought.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        let r = run(
            "She said the advice should have been attached, according to the ministerial code.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "said");
        // Opening the sentence, it reports what the text says; a body named after a norm is a
        // source.
        assert_eq!(
            run("According to state law, no one may solicit a vote there.").len(),
            1
        );
        let r = run("Fees will rise, according to the Law Society.");
        assert_eq!(r[0].3, "the Law Society");
        // A plan, the situation, the conditions: what is done follows them ("the list would
        // be adjusted in a dynamic way according to security risks and changes in the
        // international situation" is the ministry's statement whole).
        let r = run(
            "The ministry said the list would be adjusted according to changes in the situation.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "the list would be adjusted according to changes in the situation"
        );
        assert_eq!(
            run("Prices will be set according to market conditions."),
            []
        );
        // People who know the norm are the source.
        let r =
            run("The vote could come next week, according to an aide familiar with the schedule.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "an aide familiar with the schedule");
    }

    #[test]
    fn a_body_reporting_its_results_publishes_figures() {
        for s in [
            "Nike has reported its best second-quarter earnings.",
            "Shell reported an annual profit of $17.5bn.",
            "In a preliminary report, the airline announced net profits of 400m euros.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        assert_eq!(
            run("The firm reported that profits had fallen.")[0].2,
            "reported"
        );
        // Counts of cases and deaths are figures too, and the sentence is what its closing
        // frame reports; a clause after the cue still reports.
        let r = run(
            "Despite new challenges, the country has reported zero cases of defaults, Meng noted.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "noted");
        assert_eq!(
            run("CNBC reported there were at least 118,381 cases worldwide.")[0].2,
            "reported"
        );
        // "Dutch firm Heineken" is one subject, which a later shared verb takes.
        let r =
            run("Dutch firm Heineken saw its profits drop 33% and warned that earnings may slide.");
        assert_eq!(r[0].3, "=Dutch firm Heineken");
        // A party's word describes a name as a country's adjective does.
        let r = run("Tory leader Michael Howard also backed the proposals but said it was late.");
        assert_eq!(r[0].3, "=Tory leader Michael Howard");
    }

    #[test]
    fn a_closing_description_after_a_comma_is_the_inverted_speaker() {
        let r = run(
            "The threat was greatest in some countries, in particular the UK and Spain, said the report.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "the report");
        assert!(r[0].0.starts_with("The threat was greatest"), "{r:?}");
        // A hearer and a clause after the cue stay what they are.
        let r = run("The LSE, which saw its shares rise, said the bid undervalued the business.");
        assert_eq!(r[0].0, "the bid undervalued the business");
    }

    #[test]
    fn a_participle_after_a_quotations_frame_sets_the_scene() {
        let r = run(
            r#""We can float like butterflies," Mr. Obama said, not even needing to mention Ali."#,
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We can float like butterflies,");
        // "adding" after "by" is an act.
        let r = run("The senators said developers defined these areas by adding a few poor towns.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "developers defined these areas by adding a few poor towns"
        );
    }

    #[test]
    fn an_inversion_after_a_quotation_in_a_quotation() {
        let r = run("''I think voters want 'We bomb them,''' said Senator John McCain.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Senator John McCain");
    }

    /// The clause a frame stands in closes at its comma though a quotation is in the
    /// content, and at a comma inside a quotation's closing mark; not at the comma of a
    /// clause that opens the content.
    #[test]
    fn an_open_clause_with_a_quotation_closes_at_its_comma() {
        let r = run(
            r#"The firm, which had said in May that sales would be "notably lower" this year, gave no forecast."#,
        );
        assert_eq!(r[0].0, r#"sales would be "notably lower" this year"#);
        let r = run(
            r#"While voters said Ruiz has the "best experience," Lee is the one they trust most."#,
        );
        assert_eq!(r[0].0, r#"Ruiz has the "best experience,""#);
        let r = run(
            r#"He gave a speech in which he pledged that, if elected, he would be "a friend to all.""#,
        );
        assert_eq!(r[0].0, r#"if elected, he would be "a friend to all.""#);
    }

    #[test]
    fn a_nouns_infinitive_stays_in_the_subject() {
        let r = run("Organizers of the push to boycott the speech said they want a protest.");
        assert_eq!(r[0].3, "Organizers of the push to boycott the speech");
        let r = run("The campaign to elect her said it raised money.");
        assert_eq!(r[0].3, "The campaign to elect her");
    }

    #[test]
    fn direct_after_and_before() {
        assert_eq!(
            run(r#""We will win," Li said."#),
            [("We will win,".into(), "direct", "said".into(), "Li".into())]
        );
        assert_eq!(
            run(r#"Li said: "We will win.""#),
            [("We will win.".into(), "direct", "said".into(), "Li".into())]
        );
        assert_eq!(
            run(r#""We will win," said Ann Lee, a coach."#),
            [(
                "We will win,".into(),
                "direct",
                "said".into(),
                "Ann Lee".into()
            )]
        );
    }

    #[test]
    fn a_closing_frame_reports_the_report_before_it() {
        let r = run(
            "Over half of the more than 700 institutions said they would commit to China, said Mirka Martel, head of research, evaluation and learning at the institute.",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].3, "Mirka Martel");
        assert!(
            r[0].0.starts_with("Over half") && r[0].0.ends_with("China"),
            "{}",
            r[0].0
        );
        assert_eq!(r[1].0, "they would commit to China");
        assert_eq!(r[1].3, "Over half of the more than 700 institutions");
    }

    #[test]
    fn indirect_patterns() {
        let r = run(
            "Liu Jianchao, China's assistant foreign minister, told the meeting that the situation has changed.",
        );
        assert_eq!(
            r,
            [(
                "the situation has changed".into(),
                "indirect",
                "told".into(),
                "Liu Jianchao".into()
            )]
        );
        let r = run("It is important to keep talking, adding the meeting is also useful, he said.");
        assert_eq!(r[0].0, "It is important to keep talking");
        assert_eq!(r[0].2, "said");
        assert_eq!(r[1].0, "the meeting is also useful");
        assert_eq!(r[1].2, "adding");
        assert_eq!(r[1].3, "=he");
        let r = run("The Chinese diplomat also called for a sincere attitude.");
        assert_eq!(
            r,
            [(
                "a sincere attitude".into(),
                "indirect",
                "called for".into(),
                "The Chinese diplomat".into()
            )]
        );
    }

    #[test]
    fn mixed_and_scare_quotes() {
        let r = run(r#"Li said Beijing hopes to act in the spirit of "looking forward.""#);
        assert_eq!(r[0].1, "mixed");
        assert!(run(r#"The "two centennial goals" were set."#).is_empty());
    }

    #[test]
    fn not_speech() {
        assert!(run("Officials believe the plan will work.").is_empty());
        assert!(run("The two sides agreed to meet again.").is_empty());
    }
}
#[cfg(test)]
mod possessive_tests {
    use super::tests::run;

    #[test]
    fn a_name_owns_a_speaker_as_his_does() {
        for (s, who) in [
            (
                "Smith's running mate said the plan was sound.",
                "Smith's running mate",
            ),
            (
                "Clinton's opponent said the plan was sound.",
                "Clinton's opponent",
            ),
            (
                "Her opponent in the race, Jim Hall, said the plan was sound.",
                "Jim Hall",
            ),
            (
                "Smith's opponent, Jim Hall, said the plan was sound.",
                "Jim Hall",
            ),
            (
                "Smith's opponent in the last race, Jim Hall, said the plan was sound.",
                "Jim Hall",
            ),
            (
                "The charity's British head of policy, Jim Hall, said the plan was sound.",
                "Jim Hall",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}");
            assert_eq!(
                (r[0].0.as_str(), r[0].3.as_str()),
                ("the plan was sound", who)
            );
        }
        // "Obama, who called X "Y"": a weak cue's report in the aside on a name.
        let r = run("The move drew a reaction from Obama, who called the plan “unfit to serve.”");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("called", "Obama"));
        assert!(run("The move drew a reaction from Obama, who called the meeting.").is_empty());
        // Naming what the plan is reports as "called the plan a mistake" does.
        let r = run("The move drew a reaction from Obama, who called the plan unfit.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the plan unfit", "Obama")
        );
        // What a name owns is not always a speaker.
        assert!(run("Clinton's lead suggests the race is over.").is_empty());
    }

    #[test]
    fn days_belong_to_the_frame_unless_they_own() {
        let r = run("The hosts said Monday's vote was the closest.");
        assert_eq!(r[0].0, "Monday's vote was the closest");
        let r = run("In a speech in Leeds, the mayor said Thursday's report was a milestone.");
        assert_eq!(r[0].0, "Thursday's report was a milestone");
        let r = run("The hosts said Monday the vote was the closest.");
        assert_eq!(r[0].0, "the vote was the closest");
        let r = run("The hosts said Monday night the vote was the closest.");
        assert_eq!(r[0].0, "the vote was the closest");
        let r = run("The hosts said Monday night's vote was the closest.");
        assert_eq!(r[0].0, "Monday night's vote was the closest");
        let r = run("The hosts said last night's vote was the closest.");
        assert_eq!(r[0].0, "last night's vote was the closest");
        let r = run(
            "Okafor said the coalition was strong, and her deputy said this year's budget was fair.",
        );
        assert_eq!(r[1].0, "this year's budget was fair");
        let r = run("The vote was the closest, he said Monday morning on the radio.");
        assert_eq!(r[0].0, "The vote was the closest");
    }
}
