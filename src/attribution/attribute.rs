//! Reporting frames: cue words, their speakers and the content each one reports.
//!
//! A sentence is read as units (words, and whole quotations as single units). Each cue
//! word with a speaker forms a frame: `SPEAKER CUE [that|:]` before its content,
//! `, SPEAKER CUE.` or `, CUE SPEAKER.` after it, `according to SOURCE`, or a participle
//! (", adding", "and stressed") that shares the sentence's speaker. The gaps between frames
//! are content; each frame claims one, and the content's quotation marks decide whether
//! it is direct, indirect or mixed.

use crate::attribution::speakers::{self, SpeakerMention};
use crate::lexicon::grammar::{SCENE_PREPOSITIONS, is_day_word, is_ly_adverb};
use crate::lexicon::{CueKind, LEXICON};
use crate::text::tokens::{is_capitalized, is_initial};
use crate::text::units::{QUOTE_WORD, Unit, Units};

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

/// Words skipped between a subject and its cue ("Li also said", "the USFK has said").
const BETWEEN: &[&str] = &[
    "also",
    "meanwhile",
    "however",
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "may",
    "might",
    "further",
    "then",
    "again",
    "now",
    "all",
    "later",
    "earlier",
    "once",
    "previously",
    "repeatedly",
    "reportedly",
    "publicly",
    "recently",
    "separately",
    "jointly",
    "specifically",
    "clearly",
    "strongly",
    "firmly",
    "explicitly",
    "officially",
    "simply",
    "just",
    "only",
    "even",
    "still",
    "already",
    "is",
    "was",
    "are",
    "were",
    "been",
    "being",
    "not",
    "never",
    "often",
    "frequently",
    "openly",
    "privately",
    "bluntly",
    "flatly",
    "initially",
    "subsequently",
    "finally",
    "first",
    "on",
    "last",
    "this",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "late",
    "do",
    "does",
    "did",
];

/// Third-person cue forms that are never plural nouns, so need no source word before them
/// ("The billionaire magnate says"), unlike "states", "reports" or "tweets".
const VERB_ONLY_S_FORMS: &[&str] = &[
    "says",
    "tells",
    "adds",
    "writes",
    "explains",
    "argues",
    "insists",
    "warns",
    "asks",
    "recalls",
    "acknowledges",
    "admits",
    "contends",
    "maintains",
    "predicts",
    "suggests",
    "declares",
    "announces",
    "emphasizes",
    "testifies",
    "concedes",
    "replies",
    "responds",
];

/// Words that deny the cue after them: "did not respond", "never said", "hardly clarified".
const NEGATIONS: &[&str] = &[
    "not", "never", "hardly", "barely", "scarcely", "neither", "nor",
];

/// Words that end a subject noun phrase on its left.
const LEFT_BOUNDARY: &[&str] = &[
    "that",
    "which",
    "whom",
    "when",
    "while",
    "as",
    "because",
    "if",
    "after",
    "before",
    "since",
    "although",
    "though",
    "but",
    "so",
    "where",
    "or",
    "than",
    "whether",
    "once",
    "until",
    "unless",
    "whereas",
    "and",
    "meanwhile",
    "however",
    "moreover",
    "also",
    "then",
    "thus",
    "therefore",
    "furthermore",
    "besides",
    "nevertheless",
    "instead",
    "still",
    "yet",
    "why",
    "how",
    "what",
    "who",
    "whose",
    "to",
];

/// Words that may not be, or end, a subject.
const NOT_SUBJECT: &[&str] = &["there", "this", "what", "which", "who", "that", "as", "is"];

/// Verbs that cannot sit inside a subject noun phrase ("Trump is defending his tweets").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do",
    "does", "did", "may", "might", "must", "should", "shall", "be", "been", "being", "'s",
];

/// Words that mark an -ing cue as a verb ("Li said, adding", "and stressing").
const PARTICIPLE_LEAD: &[&str] = &[
    ",", "and", "while", "before", "after", "when", "also", "by", "in", "as", "--", "\u{2014}",
    "\u{2013}", ";",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s",
    "new", "latest", "first", "same", "whose",
];

/// Whether a word opens a prepositional or time phrase after a cue ("said in a statement",
/// "said on Tuesday", "said here").
fn is_time_or_place_word(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || is_day_word(w)
}

const PREPOSITIONS: &[&str] = &[
    "here",
    "there",
    "in",
    "at",
    "on",
    "during",
    "after",
    "while",
    "via",
    "through",
    "with",
    "to",
    "when",
    "following",
    "before",
    "from",
    "over",
    "ahead",
    "late",
    "earlier",
    "last",
    "this",
    "recently",
    "later",
    "again",
    "separately",
    "also",
    "previously",
];

#[inline]
fn is_p(text: &str, units: &Units, i: usize, p: &[&str]) -> bool {
    matches!(units.units[i], Unit::Tok(t) if p.contains(&t.text(text)))
}

/// The first boundary at or after `from`, or the sentence's end.
fn clause_end_from(text: &str, units: &Units, from: usize) -> usize {
    (from..units.len())
        .find(|&k| boundary_punct(text, units, k))
        .unwrap_or(units.len())
}

fn boundary_punct(text: &str, units: &Units, i: usize) -> bool {
    let t = match units.units[i] {
        Unit::Quote(_) => return true,
        Unit::Tok(t) => t,
    };
    let s = t.text(text);
    if s == "." && i > 0 && units.units[i - 1].end() == t.start {
        // The period of "Ltd." or "Co." is not a boundary.
        if LEXICON.abbreviation_stems.contains(units.word(i - 1)) {
            return false;
        }
        // Nor is the period of an initial: "John D. Podesta", "(D-N.Y.)".
        if units.units[i - 1].is_word() && {
            let w = units.text(text, i - 1, i);
            is_initial(w.rsplit('-').next().unwrap_or(w))
        } {
            return false;
        }
        // Inside a sentence, a period followed by a word is an abbreviation's ("Sen. Rand
        // Paul, R-Ky., told"): the splitter already decided the sentence goes on.
        if units
            .units
            .get(i + 1)
            .is_some_and(|u| u.is_word() || is_p(text, units, i + 1, &[",", ")"]))
        {
            return false;
        }
    }
    matches!(
        s,
        "," | ";"
            | ":"
            | "\u{2014}"
            | "\u{2013}"
            | "--"
            | "."
            | "?"
            | "!"
            | "["
            | "]"
            | "\u{3010}"
            | "\u{3011}"
    )
}

fn is_ing(w: &str) -> bool {
    w.ends_with("ing")
}

/// Finds the statements of one sentence.
pub fn statements(text: &str, units: &Units) -> Vec<Statement> {
    let frames = find_frames(text, units);
    if frames.is_empty() {
        return Vec::new();
    }
    // The lookups below rely on it: frames come in text order and each ends after the last.
    debug_assert!(frames.windows(2).all(|w| w[0].end <= w[1].end));
    let n = units.len();
    // Segments between frames: seg k lies before frame k; seg frames.len() after the last.
    let mut segs: Vec<(usize, usize)> = Vec::with_capacity(frames.len() + 1);
    let mut prev = 0;
    for f in &frames {
        segs.push((prev, f.start.max(prev)));
        prev = f.end;
    }
    segs.push((prev, n.max(prev)));
    let seg_content: Vec<Option<(usize, usize)>> = segs
        .iter()
        .map(|&(a, b)| trim_content(text, units, a, b))
        .collect();
    let mut claimed: Vec<Option<usize>> = vec![None; segs.len()];
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
        if let Some(s) = open_segments.pop() {
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
    // The nearest frame with its own subject before each frame, and after it.
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
    let main_subject = |k: usize| -> Option<SpeakerMention> {
        // The nearest frame with its own subject: before, else after.
        subject_before[k]
            .or(subject_after[k])
            .and_then(|j| frames[j].subject.clone())
    };
    // Computed once: asked for every content segment, they would make a sentence of
    // thousands of frames quadratic.
    let first_word = (0..n).find(|&k| units.units[k].is_word());
    let opening_clause_end = first_word.map_or(n, |w| {
        (w..n)
            .find(|&k| boundary_punct(text, units, k))
            .unwrap_or(n)
    });
    let split = interrupted_statement(text, units, &frames, &claimed, &seg_content);
    let mut out = Vec::new();
    for (s, owner) in claimed.iter().enumerate() {
        let Some((a, b)) = seg_content[s] else {
            continue;
        };
        let (frame, speaker) = match owner {
            Some(k) => {
                let f = &frames[*k];
                let speaker = if f.shared {
                    match main_subject(*k).or_else(|| sentence_subject(text, units, f.start)) {
                        Some(m) => SpeakerSource::Shared(m),
                        None => SpeakerSource::Previous,
                    }
                } else {
                    match &f.subject {
                        Some(m) => SpeakerSource::Mention(m.clone()),
                        None => SpeakerSource::Previous,
                    }
                };
                (Some(f), speaker)
            }
            None => {
                // The second half of an interrupted statement, from unit `c` on.
                let half = second_half(text, units, &frames, s, a, b).or_else(|| {
                    quote_after_scene(text, units, &frames, s, a, b).map(|m| (m, b - 1))
                });
                if let Some((m, c)) = half {
                    let (start, end, quote_type) = content_span(units, c, b);
                    out.push(Statement::continuing(start, end, quote_type, m));
                    continue;
                }
                // An unclaimed quotation beside a frame: '"A," he said, "B."'
                if !(b == a + 1 && units.units[a].is_quote()) {
                    continue;
                }
                // '"...," he said on NBC's "Meet the Press."': a title, not more words.
                if a > 0
                    && units.units[a - 1].is_word()
                    && ["'s", "on", "in", "of", "at", "titled", "called", "named"]
                        .contains(&units.word(a - 1))
                {
                    continue;
                }
                // Frames come in text order and their ends never decrease.
                let near = frames
                    .partition_point(|f| f.end <= a)
                    .checked_sub(1)
                    .or(Some(0));
                let Some(k) = near else { continue };
                let f = &frames[k];
                let m = if f.shared {
                    main_subject(k)
                } else {
                    f.subject.clone()
                };
                match m {
                    Some(m) => (None, SpeakerSource::Shared(m)),
                    None => (None, SpeakerSource::Previous),
                }
            }
        };
        let quotes = (a..b).filter(|&i| units.units[i].is_quote()).count();
        if let Some(f) = frame
            && f.weak
            && quotes == 0
            && !(f.end > 0
                && (units.words[f.end - 1] == "that" || is_p(text, units, f.end - 1, &[":"])))
        {
            continue;
        }
        let (start, end, quote_type) = if b == a + 1 && quotes == 1 {
            let Unit::Quote(q) = units.units[a] else {
                continue;
            };
            (q.content_start, q.content_end, QuoteType::Direct)
        } else {
            let words = (a..b).filter(|&i| units.units[i].is_word()).count();
            if words < 2 && quotes == 0 {
                continue;
            }
            let qt = if quotes > 0 {
                QuoteType::Mixed
            } else {
                QuoteType::Indirect
            };
            // A paraphrase ends at a semicolon: "X said A; they only learned B" reports A.
            let (a, b) = if quotes == 0 {
                let before = frame.is_some_and(|f| f.end <= a);
                let embedded = frame
                    .is_some_and(|f| before && frame_in_open_clause(units, f, opening_clause_end));
                cut_at_clause_end(text, units, a, b, before, embedded)
            } else {
                (a, b)
            };
            // "Fallon responded on Twitter.", "Ms. Gao said by telephone.": the words after the
            // cue set the scene; what was said is elsewhere.
            if quotes == 0 && frame.is_some_and(|f| f.end <= a) && bare_adjunct(units, a, b) {
                continue;
            }
            (units.units[a].start(), units.units[b - 1].end(), qt)
        };
        if start >= end {
            continue;
        }
        let cue = frame.map(|f| CueRef {
            start: units.units[f.cue_start].start(),
            end: units.units[f.cue_end - 1].end(),
            lemma: f.lemma.clone(),
        });
        if let Some(first) = split.as_ref().filter(|_| s == 1) {
            // 'A, he said, B': the frame and its subject go with A; B continues it.
            let SpeakerSource::Mention(m) = speaker else {
                continue;
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
            continue;
        }
        out.push(Statement {
            start,
            end,
            quote_type,
            cue,
            speaker,
        });
    }
    // "Over half of the institutions said they would commit ..., said Mirka Martel": a closing
    // frame whose content another report took reports that whole report.
    for &k in &unclaimed_frames {
        let (f, inner) = (&frames[k], &frames[k.saturating_sub(1)]);
        if k == 0
            || f.direction != Direction::Preceding
            || f.shared
            || f.weak
            || is_ing(&units.words[f.cue_start]) && f.lemma != "according to"
            || claimed[k] != Some(k - 1)
            || inner.direction != Direction::Following
            || inner.shared
            || inner.subject.is_none()
            || first_word.is_some_and(|w| w < inner.start)
        {
            continue;
        }
        let (Some(m), Some((_, b))) = (&f.subject, seg_content[k]) else {
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
            cue: Some(CueRef {
                start: units.units[f.cue_start].start(),
                end: units.units[f.cue_end - 1].end(),
                lemma: f.lemma.clone(),
            }),
            speaker: SpeakerSource::Mention(m.clone()),
        });
    }
    out.sort_by_key(|s| s.start);
    out
}

/// 'A, he said, B': a frame between commas that interrupts the sentence's opening words.
/// The frame claimed B; A, the words before it, is the statement's first part (the
/// returned statement has its span and type; the caller gives it the frame's cue and
/// subject, and makes B a continuation).
fn interrupted_statement(
    text: &str,
    units: &Units,
    frames: &[Frame],
    claimed: &[Option<usize>],
    seg_content: &[Option<(usize, usize)>],
) -> Option<Statement> {
    let f = frames.first()?;
    if f.direction != Direction::Following
        || f.shared
        || f.weak
        || f.subject.is_none()
        || claimed.first() != Some(&None)
        || claimed.get(1) != Some(&Some(0))
        || f.start == 0
        || !is_p(text, units, f.start - 1, &[","])
        || f.end >= units.len()
        || !is_p(text, units, f.end, &[","])
    {
        return None;
    }
    let (a, b) = seg_content.first().copied().flatten()?;
    let quotes = (a..b).filter(|&i| units.units[i].is_quote()).count();
    // A lone quotation before the frame is the frame's own ('"A," he said, B'), and a
    // linking phrase is no statement ("For example, he said, B": data/linking_phrases.txt).
    let linking = || {
        let words: Vec<&str> = (a..b)
            .filter(|&i| units.units[i].is_word())
            .map(|i| units.word(i))
            .collect();
        words.len() <= 5
            && LEXICON
                .linking_phrases
                .contains(&words.join(" ").to_lowercase())
    };
    if b == a + 1 && quotes == 1 || quotes == 0 && linking() {
        return None;
    }
    let (start, end, quote_type) = content_span(units, a, b);
    Some(Statement {
        start,
        end,
        quote_type,
        cue: None,
        speaker: SpeakerSource::Previous,
    })
}

/// The byte span and type of content units `a..b`: a lone quotation is its content,
/// direct; words with a quotation are mixed; words alone indirect.
fn content_span(units: &Units, a: usize, b: usize) -> (usize, usize, QuoteType) {
    match units.units[a] {
        Unit::Quote(q) if b == a + 1 => (q.content_start, q.content_end, QuoteType::Direct),
        _ => {
            let quotes = units.units[a..b].iter().any(|u| u.is_quote());
            let quote_type = if quotes {
                QuoteType::Mixed
            } else {
                QuoteType::Indirect
            };
            (units.units[a].start(), units.units[b - 1].end(), quote_type)
        }
    }
}

/// 'A, Smith said, but B': the unclaimed segment `s` (units `a..b`) right after a frame
/// between commas that reported A. B continues A when it opens with "but", with "and" and a
/// quotation ('A, she said, and "B."'), or with a clause of its own after a comma-set frame
/// ('Though A, he said, replacing her would be harder'). Returns the frame's subject and
/// the unit where B's content starts.
fn second_half(
    text: &str,
    units: &Units,
    frames: &[Frame],
    s: usize,
    a: usize,
    b: usize,
) -> Option<(SpeakerMention, usize)> {
    let f = frames.get(s.checked_sub(1)?)?;
    let quotes = units.units[a..b].iter().any(|u| u.is_quote());
    // After a quotation ('"A," he said, but B') B continues it only when it quotes too:
    // "but Kevin was drifting off again" is the writer's.
    let after_comma = f.start > 0 && is_p(text, units, f.start - 1, &[","]);
    let after_quote = f.start > 0 && units.units[f.start - 1].is_quote();
    if f.direction != Direction::Preceding
        || f.shared
        || !(after_comma || after_quote && quotes)
        || f.end >= units.len()
        || !is_p(text, units, f.end, &[","])
        || units
            .units
            .get(a + 1)
            .is_none_or(|u| !u.is_word() && !u.is_quote())
    {
        return None;
    }
    let w = units.word(a);
    // Not after '"A," he said,': what follows a quotation's frame without a mark is the
    // writer's ('"...," he said, repeating his remarks').
    let after_quotation_frame = f.start >= 2 && units.units[f.start - 2].is_quote();
    let writers_opener = matches!(w, "and" | "or" | "so" | "then")
        || SECOND_HALF_OPENERS.contains(&w)
        || ADJUNCT_PREPOSITIONS.contains(&w);
    // A clause: an apposition ("..., said Josh Bash, the U.S. Attorney") or a participle's
    // phrase is no statement, nor is a phrase that sets the scene.
    let own_clause = || {
        let words = words_in(units, a, b);
        words.len() >= 3 && !clause_free(&words) && !bare_adjunct(units, a, b)
    };
    let start = match w {
        "but" => a + 1,
        "and" if quotes => a + 1,
        _ if after_comma && !after_quotation_frame && !writers_opener && own_clause() => a,
        _ => return None,
    };
    Some((f.subject.clone()?, start))
}

/// Words that open the writer's clause after a frame, not the rest of the statement
/// ("..., he said, before leaving", "..., she said, as the crowd cheered").
const SECOND_HALF_OPENERS: &[&str] = &[
    "before", "after", "as", "when", "while", "because", "since", "until", "though", "although",
    "which", "who", "whose", "where", "adding", "noting", "saying", "citing",
];

/// '"A," Trump said during a rally in Ohio, "B."': the unclaimed segment `s` (units
/// `a..b`) after a frame that reported the quotation before it holds a few words that set
/// the scene, a comma and a last quotation (unit `b - 1`), which continues A. The frame's
/// subject is returned.
fn quote_after_scene(
    text: &str,
    units: &Units,
    frames: &[Frame],
    s: usize,
    a: usize,
    b: usize,
) -> Option<SpeakerMention> {
    let f = frames.get(s.checked_sub(1)?)?;
    let scene = a..b.checked_sub(1)?;
    if f.direction != Direction::Preceding
        || f.shared
        || f.start == 0
        || !units.units[f.start - 1].is_quote()
        || b < a + 3
        || !units.units[b - 1].is_quote()
        || !is_p(text, units, b - 2, &[","])
        || scene.clone().any(|k| units.units[k].is_quote())
        || scene.filter(|&k| units.units[k].is_word()).count() > 12
    {
        return None;
    }
    f.subject.clone()
}

/// The name or pronoun that opens the sentence as its subject, for a participle whose
/// sentence has no reporting verb of its own: "Hillary Clinton spoke about the shooting,
/// arguing that ..." reports Hillary Clinton. Only a capitalized name (or a pronoun) followed
/// by a lowercase word before `before` counts; anything longer is left alone.
pub fn sentence_subject(text: &str, units: &Units, before: usize) -> Option<SpeakerMention> {
    let lex = &*LEXICON;
    let first = (0..before).find(|&k| units.units[k].is_word())?;
    let mut end = first;
    let w0 = units.word(first);
    let mut described = false;
    if lex.pronouns.contains_key(w0) {
        end = first + 1;
    } else if ["a", "an", "the", "both", "many", "some", "several", "most"].contains(&w0) {
        // "A New York judge rejected the request, saying ...", "Both parents stiffened their
        // denunciation, saying ...": a short description whose head is a source noun.
        end = first + 1;
        while end < before
            && end - first <= 6
            && units.units[end].is_word()
            && (is_capitalized(units.text(text, end, end + 1))
                || units.words[end] == "'s"
                || speaker_head(units, end)
                || lex.org_words.contains(units.word(end)))
        {
            end += 1;
        }
        let head = end - 1;
        if head == first
            || is_capitalized(units.text(text, head, head + 1))
            || !(lex.roles.get(units.word(head)).is_some()
                || lex.group_nouns.contains(units.word(head))
                || lex.org_words.contains(units.word(head)))
        {
            return None;
        }
        described = true;
    } else if SCENE_PREPOSITIONS.contains(&w0)
        || DETERMINERS.contains(&w0)
        || LEFT_BOUNDARY.contains(&w0)
        || is_ing(w0)
        || is_day_word(w0)
        || ["last", "next", "these", "those", "such", "according"].contains(&w0)
    {
        // "In", "Last year", "Seeing": a capital that opens the sentence, not a name.
        return None;
    } else {
        // At most six units: a sentence of thousands of participles asks this for each.
        while end < before
            && end - first <= 6
            && (units.units[end].is_word() && is_capitalized(units.text(text, end, end + 1))
                || end > first && is_p(text, units, end, &["."]))
        {
            end += 1;
        }
    }
    // "Smith, 53, knows the risks": an age between commas after a name.
    let after = if !described
        && end + 3 < before
        && is_p(text, units, end, &[","])
        && units.words[end + 1].bytes().all(|b| b.is_ascii_digit())
        && is_p(text, units, end + 2, &[","])
    {
        end + 3
    } else {
        end
    };
    // The word after the name must not continue its noun phrase ("U.S. media quoted").
    if end == first
        || end - first > 5
        || after >= before
        || !units.units[after].is_word()
        || is_capitalized(units.text(text, after, after + 1))
        // (After the age's comma the noun phrase has ended: "knows" is a verb there.)
        || after == end
            && !BETWEEN.contains(&units.word(after))
            && plausible_head(text, units, after)
    {
        return None;
    }
    let m = speakers::analyse(text, units, first, end, None)?;
    let ok = described
        || m.kind == speakers::MentionKind::Pronoun
        || m.kind == speakers::MentionKind::Name
            && matches!(
                m.speaker_type,
                speakers::SpeakerType::Person | speakers::SpeakerType::Organization
            );
    ok.then_some(m)
}

/// A frame that ends its sentence with a colon and so reports what follows ("He said:" at a
/// paragraph end, the quotation in the next paragraph): its cue and speaker.
pub fn dangling_colon_frame(text: &str, units: &Units) -> Option<(CueRef, SpeakerMention)> {
    let last = units.units.last()?;
    if !matches!(last, Unit::Tok(t) if t.text(text) == ":") {
        return None;
    }
    let frames = find_frames(text, units);
    let f = frames.last()?;
    if f.shared || f.end < units.len() {
        return None;
    }
    let cue = CueRef {
        start: units.units[f.cue_start].start(),
        end: units.units[f.cue_end - 1].end(),
        lemma: f.lemma.clone(),
    };
    Some((cue, f.subject.clone()?))
}

/// The part of an indirect content segment next to its frame, up to a semicolon: the first
/// part when the frame comes before the content, the last when it comes after.
fn cut_at_clause_end(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    frame_before: bool,
    embedded: bool,
) -> (usize, usize) {
    // A semicolon between clauses, not the end of an entity such as "&amp;".
    let semis = (a..b).filter(|&i| {
        is_p(text, units, i, &[";"])
            && text[units.units[i].end()..].starts_with(char::is_whitespace)
    });
    // ", although it may take days to tell": the writer's aside after the paraphrase.
    let concessive = (a..b).filter(|&i| {
        i + 1 < b && is_p(text, units, i, &[","]) && CONCESSIVE.contains(&units.word(i + 1))
    });
    // "which she has said was a mistake, hurt her": the clause that holds the frame closes
    // at its comma, and what follows is the writer's again.
    let closing = (a..b).filter(|&i| {
        embedded
            && i + 1 < b
            && is_p(text, units, i, &[","])
            // ", whose support appeared steady": a relative clause still inside.
            && !["who", "whose", "whom", "which", "where"].contains(&units.word(i + 1))
    });
    let (a2, b2) = if frame_before {
        match semis.chain(concessive).chain(closing).min() {
            Some(i) => (a, i),
            None => (a, b),
        }
    } else {
        match semis.max() {
            Some(i) => (i + 1, b),
            None => (a, b),
        }
    };
    // Keep the whole segment when the cut leaves too little to be a paraphrase.
    let words = (a2..b2).filter(|&i| units.units[i].is_word()).count();
    // A relative clause's report may be two words ("which he said was flawed, failed").
    if words < if embedded { 2 } else { 3 } {
        (a, b)
    } else {
        (a2, b2)
    }
}

/// Whether a frame is a "who" clause on the noun phrase that opens the sentence ("Barkley,
/// who said he votes democratic, was there").
fn opens_with_subject_relative(units: &Units, f: &Frame) -> bool {
    units.words[f.start] == "who"
        && (0..units.len())
            .find(|&k| units.units[k].is_word())
            .is_some_and(|k| {
                f.subject
                    .as_ref()
                    .is_some_and(|m| m.start <= units.units[k].start())
            })
}

/// Whether a frame stands inside a clause that opened before it and closes after its
/// content: a relative ("which she has said ...") or a subordinate clause that opens the
/// sentence ("Even as Mr. Obama has said that ..., he sent troops").
/// `opening_clause_end` is the first boundary after the sentence's first word.
fn frame_in_open_clause(units: &Units, f: &Frame, opening_clause_end: usize) -> bool {
    if ["which", "whom"].contains(&units.word(f.start)) || opens_with_subject_relative(units, f) {
        return true;
    }
    let Some(first) = (0..f.start).find(|&k| units.units[k].is_word()) else {
        return false;
    };
    // "As one user pointed out, the gap is vast": a bare "as" clause is the frame itself, and
    // the content is the main clause after it; "even as" opens a clause of its own.
    let opener = match units.word(first) {
        "even" => match units.words.get(first + 1).map_or("", |w| &**w) {
            "as" => "even as",
            w => w,
        },
        w => w,
    };
    [
        "even as", "while", "although", "though", "when", "if", "because", "since", "whereas",
        "after", "before", "once", "until", "unless",
    ]
    .contains(&opener)
        && opening_clause_end >= f.start
}

/// Conjunctions that, after a comma, open the writer's own clause rather than more of what
/// was reported.
const CONCESSIVE: &[&str] = &["although", "though", "whereas", "while"];

/// Prepositions that open a phrase of manner, place, time or topic after a cue.
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "from", "by", "with", "via", "about", "of", "during", "over", "through",
    "after", "before", "without", "for",
];

/// The words among units `a..b`, lowercased.
fn words_in<'u>(units: &'u Units, a: usize, b: usize) -> Vec<&'u str> {
    (a..b)
        .filter(|&k| units.units[k].is_word())
        .map(|k| units.word(k))
        .collect()
}

/// Conjunctions that open a clause of time or reason closing a frame's scene ("he said
/// aboard his plane as he crossed Nevada").
const SCENE_CLAUSE_OPENERS: &[&str] =
    &["as", "when", "while", "after", "before", "because", "since"];

/// The words among units `a..b`, and the index among them where a clause of time or reason
/// opens (their count when none does).
fn scene_words<'u>(units: &'u Units, a: usize, b: usize) -> (Vec<&'u str>, usize) {
    let words = words_in(units, a, b);
    let main = words
        .iter()
        .position(|w| SCENE_CLAUSE_OPENERS.contains(w))
        .unwrap_or(words.len());
    (words, main)
}

/// Whether units `a..b` are only a prepositional phrase with no clause in it: it opens with
/// a preposition, is short, and holds no auxiliary, subject pronoun, "that" or -ed verb.
fn bare_adjunct(units: &Units, a: usize, b: usize) -> bool {
    let words = words_in(units, a, b);
    words.len() <= 12
        && words
            .first()
            .is_some_and(|w| ADJUNCT_PREPOSITIONS.contains(w))
        && !opens_quantity(
            units,
            (a..b).find(|&k| units.units[k].is_word()).unwrap_or(a),
        )
        && clause_free(&words)
}

/// Whether "at least" or "at most" opens at unit `k`: "at least 700,000 people die each
/// year" is a quantity, not a place.
fn opens_quantity(units: &Units, k: usize) -> bool {
    units.words.get(k).is_some_and(|w| w == "at")
        && units
            .words
            .get(k + 1)
            .is_some_and(|w| ["least", "most"].contains(&&**w))
}

/// Whether words hold no sign of a clause: no finite auxiliary, subject pronoun, "that" or
/// -ed verb.
fn clause_free(words: &[&str]) -> bool {
    !words.iter().any(|w| {
        (AUXILIARIES.contains(w) && !["be", "been", "being", "'s"].contains(w))
            || ["he", "she", "they", "we", "i", "you", "it", "that", "there"].contains(w)
            || (w.len() > 4 && w.ends_with("ed"))
    })
}

/// Whether units `a..b` after '"...," he said' only set the scene: "outside the building",
/// "onstage Tuesday night", "aboard his plane as he crisscrossed Nevada". A subordinate
/// clause at the end may hold a clause of its own.
fn scene_after_quote(units: &Units, a: usize, b: usize) -> bool {
    if (a..b).any(|k| units.units[k].is_quote()) {
        return false;
    }
    let (words, main) = scene_words(units, a, b);
    let scene_start = words.first().is_some_and(|w| {
        ADJUNCT_PREPOSITIONS.contains(w)
            || is_time_or_place_word(w)
            || SCENE_WORDS.contains(w)
            || is_ly_adverb(w)
    });
    // '"...," she said, as the crowd cheered.' / '"...," she said and quickly hung up.'
    let subordinate = main == 0;
    let and_act =
        words.first() == Some(&"and") && !words.iter().any(|w| LEXICON.cues.get(w).is_some());
    !words.is_empty()
        && words.len() <= 16
        && (subordinate || (scene_start || and_act) && clause_free(&words[..main]))
}

/// Whether unit `k` is a quotation short enough to be a title ("Today", "Meet the Press").
fn short_title(units: &Units, k: usize) -> bool {
    matches!(units.units[k], Unit::Quote(q) if q.content_end - q.content_start <= 30)
}

/// Whether units `a..b` after "told" name only whom it was told to, and where and when:
/// "host Sean Hannity earlier this month", "a crowd of 1,300 here on Tuesday after she took
/// the stage".
fn addressee_only(units: &Units, a: usize, b: usize) -> bool {
    let (words, main) = scene_words(units, a, b);
    !words.is_empty()
        && words.len() <= 16
        && main > 0
        && clause_free(&words[..main])
        && !words.contains(&"to")
}

/// Words that open a phrase of place or time after '"...," he said' ("outside the building",
/// "onstage Tuesday night", "aboard his plane").
const SCENE_WORDS: &[&str] = &[
    "just",
    "shortly",
    "soon",
    "outside",
    "inside",
    "onstage",
    "backstage",
    "aboard",
    "afterward",
    "afterwards",
    "later",
    "earlier",
    "recently",
    "again",
    "today",
    "tonight",
    "yesterday",
    "last",
    "this",
    "next",
    "late",
    "early",
    "morning",
    "afternoon",
    "evening",
    "night",
    "before",
    "near",
    "alongside",
    "beside",
    "amid",
    "under",
    "into",
    "onto",
    "upon",
    "across",
    "behind",
];

/// Trims frame punctuation and a leading "that" from a content segment.
fn trim_content(text: &str, units: &Units, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    loop {
        while a < b && units.units[a].is_punct() && !is_p(text, units, a, &["(", "["]) {
            a += 1;
        }
        // A sentence never opens with the complementizer: "That would create ..., said X".
        // ("That's according to exit polls" still points back, as before.)
        if a < b
            && units.words[a] == "that"
            && (a > 0
                || units
                    .words
                    .get(a + 1)
                    .is_some_and(|w| ["'s", "is"].contains(&&**w)))
        {
            a += 1;
            continue;
        }
        break;
    }
    while b > a && units.units[b - 1].is_punct() && !is_p(text, units, b - 1, &[")", "]", "?", "!"])
    {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let has_quote = (a..b).any(|i| units.units[i].is_quote());
    let words = (a..b).filter(|&i| units.units[i].is_word()).count();
    if !has_quote && words < 2 {
        return None;
    }
    Some((a, b))
}

fn find_frames(text: &str, units: &Units) -> Vec<Frame> {
    let lex = &*LEXICON;
    let n = units.len();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    if let Some(f) = speaker_label_frame(text, units) {
        i = f.end;
        floor = f.end;
        frames.push(f);
    }
    while i < n {
        if !units.units[i].is_word() {
            i += 1;
            continue;
        }
        let Some((cue, len)) = lex.cues.longest_at(&units.words, i) else {
            i += 1;
            continue;
        };
        let cue_end = i + len;
        let word = units.word(i);
        let prev_word = if i > 0 { units.word(i - 1) } else { "" };
        // A capitalized cue word inside a sentence is part of a name ("the United States").
        if i > 0
            && !units.units[i - 1].is_quote()
            && !units.units[i - 1].is_punct()
            && is_capitalized(units.text(text, i, i + 1))
        {
            i += 1;
            continue;
        }
        // Figures are data, not speech: "South Korea reported 146 more cases".
        if ["report", "add", "confirm", "record", "register"].contains(&cue.lemma.as_str())
            && units
                .words
                .get(cue_end)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c)))
        {
            i += 1;
            continue;
        }
        // "will continue", "could say", "would formally declare": a modal makes it no report
        // of something said; "did not respond", "never said", "hardly clarified": nor does a
        // negation.
        let mut k = i;
        while k > 0 && is_ly_adverb(&units.words[k - 1]) && !NEGATIONS.contains(&units.word(k - 1))
        {
            k -= 1;
        }
        let before = if k > 0 { units.word(k - 1) } else { "" };
        if i > 0
            && ([
                "will", "would", "can", "could", "should", "must", "may", "might", "shall",
                "cannot",
            ]
            .contains(&before)
                || NEGATIONS.contains(&before)
                || before.ends_with("n't"))
        {
            i += 1;
            continue;
        }
        // "continued to decrease": "continue" reports only beside a quotation ('"...," she
        // continued') or before a colon.
        if cue.lemma == "continue"
            && !(cue_end < n
                && (units.units[cue_end].is_quote()
                    || is_p(text, units, cue_end, &[":"])
                    || is_p(text, units, cue_end, &[","])
                        && units.units.get(cue_end + 1).is_some_and(|u| u.is_quote())))
            && !(i.saturating_sub(5)..i).any(|k| units.units[k].is_quote())
        {
            i += 1;
            continue;
        }
        // "the value added of industrial output": a noun phrase.
        if len == 1
            && units.words.get(cue_end).is_some_and(|w| w == "of")
            && !["say", "write"].contains(&cue.lemma.as_str())
        {
            i += 1;
            continue;
        }
        // Nouns that look like verbs: "the report", "his statement".
        if i > 0
            && (DETERMINERS.contains(&prev_word) || ["of", "to", "for"].contains(&prev_word))
            && cue.kind != CueKind::Source
        {
            i += 1;
            continue;
        }
        // "wrote a memoir", "wrote his dissertation": writing a work, not reporting words.
        // ('"Meh," wrote a Trump supporter' is an inversion: the phrase is its writer.)
        if cue.lemma == "write"
            && i > 0
            && units.units[i - 1].is_word()
            && units.words.get(cue_end).is_some_and(|w| {
                [
                    "a", "an", "his", "her", "their", "its", "my", "our", "letters", "books",
                ]
                .contains(&&**w)
            })
            // ("wrote a letter saying that ..." still reports, through the letter.)
            && !(cue_end..clause_end_from(text, units, cue_end)).any(|k| {
                units.words[k] == "that"
                    || units.units[k].is_quote()
                    || k > cue_end && lex.cues.longest_at(&units.words, k).is_some()
            })
        {
            i += 1;
            continue;
        }
        // "The jobs report has cleared", "some states remained": a cue form that is also a
        // noun, where a verb cannot stand.
        if len == 1 && cue.kind != CueKind::Source && noun_position(text, units, i) {
            i += 1;
            continue;
        }
        // "Speaking at the forum, X said": a participle before a preposition sets the scene.
        if is_ing(word)
            && units.words.get(cue_end).is_some_and(|w| {
                [
                    "at", "in", "on", "during", "after", "before", "from", "with", "to", "via",
                ]
                .contains(&&**w)
            })
        {
            i += 1;
            continue;
        }
        let frame = if cue.kind == CueKind::Source {
            source_frame(text, units, i, cue_end, floor, &cue.lemma)
        } else if is_ing(word)
            && !word.starts_with("accord")
            && (i == 0 || PARTICIPLE_LEAD.contains(&prev_word) || units.units[i - 1].is_quote())
            && !is_progressive(units, i)
        {
            Some(Frame {
                weak: false,
                start: i,
                end: extend_frame(text, units, cue_end, &cue.lemma),
                cue_start: i,
                cue_end,
                lemma: cue.lemma.clone(),
                subject: None,
                shared: true,
                direction: Direction::Following,
            })
        } else if is_ing(word) && !is_progressive(units, i) {
            None
        } else {
            let nested_at = frames
                .last()
                .filter(|f| f.direction == Direction::Following && !f.shared && f.end == floor)
                .map(|f| f.end);
            verb_frame(text, units, i, cue_end, floor, &cue.lemma, nested_at)
        };
        match frame {
            Some(mut f) => {
                f.weak = cue.kind == CueKind::Weak;
                floor = f.end;
                i = f.end.max(i + 1);
                frames.push(f);
            }
            None => i += 1,
        }
    }
    // "Over half of the institutions reported deferrals, Mirka Martel said.": a report that
    // opens the sentence and runs into a closing frame is that frame's content.
    if frames.len() >= 2 {
        let last = frames.len() - 1;
        let (inner, outer) = (&frames[last - 1], &frames[last]);
        // "Scott's relatives, who asked ..., watched it, attorneys said": a relative clause
        // on the sentence's subject opens the report too.
        let opens = (0..inner.start).all(|k| !units.units[k].is_word());
        if opens
            && inner.direction == Direction::Following
            && !inner.shared
            && inner.subject.is_some()
            && outer.direction == Direction::Preceding
            && !outer.shared
            && outer.subject.is_some()
            && outer.cue_start > outer.start
        {
            frames.remove(last - 1);
        }
    }
    drop_idle_weak_frames(text, units, &mut frames);
    frames
}

/// Numbers written as words ("five states", "two reports").
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

/// Words before a plural that make it a noun phrase ("some states", "other reports").
const QUANTIFIERS: &[&str] = &[
    "some", "many", "several", "other", "both", "most", "few", "all", "these", "those", "such",
    "various", "numerous", "multiple", "more", "fewer", "another", "each", "every",
];

/// Whether a cue form that is also a noun (data/noun_cues.txt) stands where a verb cannot:
/// before an auxiliary, "like" or a past-tense verb ("the jobs report has cleared", "some
/// states remained", "states like Ohio"), after a quantifier or a number ("other reports",
/// "50 states"), after "a"/"an" and one adjective ("a booming voice"), or as a plural after
/// a capitalized adjective in -ern ("Western states").
fn noun_position(text: &str, units: &Units, i: usize) -> bool {
    let lex = &*LEXICON;
    let w = units.word(i);
    if !lex.noun_cues.contains(w) {
        return false;
    }
    let word_at = |k: usize| (k < units.len() && units.units[k].is_word()).then(|| units.word(k));
    let next = word_at(i + 1);
    // "which the Tax Foundation estimates would cost": a report inside a relative clause.
    let relative =
        (i.saturating_sub(6)..i).any(|k| ["which", "that", "whom"].contains(&units.word(k)));
    if !relative
        && next.is_some_and(|x| {
            (AUXILIARIES.contains(&x) && !["be", "been", "being"].contains(&x))
                || x == "like"
                || (x.len() >= 5 && x.ends_with("ed") && lex.cues.get(x).is_none())
                // "Iowa advocates say": the subject of the reporting verb after it.
                || (lex.cues.get(x).is_some_and(|c| c.kind == CueKind::Clause)
                    && !lex.noun_cues.contains(x))
        })
    {
        return true;
    }
    let Some(prev) = i.checked_sub(1).and_then(word_at) else {
        return false;
    };
    let prev_capitalized = is_capitalized(units.text(text, i - 1, i));
    // "they already have promises": a verb after "have" would be a participle.
    QUANTIFIERS.contains(&prev)
        || ["have", "has", "had", "having", "one"].contains(&prev)
        || prev.starts_with(|c: char| c.is_ascii_digit())
        || NUMBER_WORDS.contains(&prev)
        || (i >= 2 && word_at(i - 2).is_some_and(|a| a == "a" || a == "an") && !prev_capitalized)
        || (w.ends_with('s') && prev_capitalized && prev.ends_with("ern"))
}

/// Removes weak frames that cannot report anything: no "that" or colon after the cue and no
/// quotation on either side before the next frame. Left in, such a frame ("Republicans had
/// only asked for the information") would cut short the content of the frame before it.
fn drop_idle_weak_frames(text: &str, units: &Units, frames: &mut Vec<Frame>) {
    if !frames.iter().any(|f| f.weak) {
        return;
    }
    let has_quote = |a: usize, b: usize| (a..b).any(|i| units.units[i].is_quote());
    let mut keep = vec![true; frames.len()];
    for (k, f) in frames.iter().enumerate() {
        // A participle ("..., citing figures") still ends the content before it, and a
        // subject that a later shared verb takes ("criticized the plan, saying ...") stays.
        if !f.weak
            || f.shared
            || f.subject.is_none()
            || f.direction != Direction::Following
            || frames.get(k + 1).is_some_and(|g| g.shared)
            || (f.end > 0
                && (units.words[f.end - 1] == "that" || is_p(text, units, f.end - 1, &[":"])))
        {
            continue;
        }
        let before = if k == 0 {
            0
        } else {
            frames[k - 1].end.min(f.start)
        };
        let after = frames
            .get(k + 1)
            .map_or(units.len(), |g| g.start.max(f.end));
        if !has_quote(before, f.start) && !has_quote(f.end, after) {
            keep[k] = false;
        }
    }
    let mut k = 0;
    frames.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A transcript's speaker label opening the sentence: "PENCE: Well, look, ..." or
/// "Matthews: Well, speculation is bad." The label must be a person's name or written in
/// capitals, and words that label a paragraph rather than a speaker ("Note:", "UPDATE:")
/// are left out (data/label_words.txt).
fn speaker_label_frame(text: &str, units: &Units) -> Option<Frame> {
    let lex = &*LEXICON;
    let colon = (1..units.len().min(5)).find(|&k| is_p(text, units, k, &[":"]))?;
    if !(0..colon).all(|k| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1))) {
        return None;
    }
    let after = (colon + 1..units.len())
        .filter(|&k| units.units[k].is_word())
        .count();
    if after < 3 || (0..colon).any(|k| lex.label_words.contains(units.word(k))) {
        return None;
    }
    let shouted = (0..colon).all(|k| {
        let w = units.text(text, k, k + 1);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    let mut subject = speakers::analyse(text, units, 0, colon, None)?;
    if shouted {
        // Capitals read as an acronym (an organization) to the mention analysis; a label of
        // four letters or more that names no institution is a person's name ("PENCE").
        let longest = (0..colon)
            .map(|k| {
                units
                    .text(text, k, k + 1)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
            })
            .max()
            .unwrap_or(0);
        if longest < 4 || lex.institutions.get(units.text(text, 0, colon)).is_some() {
            return None;
        }
        subject.speaker_type = speakers::SpeakerType::Person;
    } else if subject.speaker_type != speakers::SpeakerType::Person
        || subject.kind != speakers::MentionKind::Name
    {
        return None;
    }
    Some(Frame {
        weak: false,
        start: 0,
        end: colon + 1,
        cue_start: colon,
        cue_end: colon + 1,
        lemma: ":".to_string(),
        subject: Some(subject),
        shared: false,
        direction: Direction::Following,
    })
}

fn is_progressive(units: &Units, i: usize) -> bool {
    let mut j = i;
    while j > 0 && ["also", "now", "still", "not"].contains(&units.word(j - 1)) {
        j -= 1;
    }
    j > 0 && ["is", "are", "was", "were", "been", "be"].contains(&units.word(j - 1))
}

/// "according to SOURCE": the source runs to the next comma, quotation or sentence end.
fn source_frame(
    text: &str,
    units: &Units,
    i: usize,
    cue_end: usize,
    floor: usize,
    lemma: &str,
) -> Option<Frame> {
    let n = units.len();
    let mut e = cue_end;
    // The source ends at a comma, a quotation, a relative pronoun, or a verb that starts
    // the reported clause ("according to the ministry recovered ten survivors").
    let verb_like = |k: usize| {
        let w = units.word(k);
        k > cue_end + 1
            && !is_capitalized(units.text(text, k, k + 1))
            && (AUXILIARIES.contains(&w) && w != "'s"
                || w.len() > 4
                    && w.ends_with("ed")
                    && units.words[k - 1] != "the"
                    // "a report released on Monday", "a statement issued by": still the source
                    && !units.words.get(k + 1).is_some_and(|x| is_time_or_place_word(x) || ["by", "following", "last"].contains(&&**x)))
    };
    let ends_source = |e: usize| {
        verb_like(e)
            || boundary_punct(text, units, e)
            || e > cue_end && ["who", "which", "that"].contains(&units.word(e))
    };
    while e < n && !ends_source(e) {
        e += 1;
    }
    let subject = speakers::analyse(text, units, cue_end, e, None)?;
    // Clause-initial ("According to X, C") takes what follows, otherwise what precedes.
    let initial = (floor..i)
        .all(|k| !units.units[k].is_word() || is_time_or_place_word(&units.words[k]) && k + 1 == i);
    // "Since last November, according to Human Rights Watch, forces have killed 400": after a
    // short opening phrase, the clause that follows the source is what it reports.
    let count_words = |a: usize, b: usize| (a..b).filter(|&k| units.units[k].is_word()).count();
    let before = count_words(floor, i);
    let after_start = if e < n && is_p(text, units, e, &[","]) {
        e + 1
    } else {
        e
    };
    let after_clause = (after_start..n)
        .find(|&k| boundary_punct(text, units, k) && !is_p(text, units, k, &[","]))
        .unwrap_or(n);
    let opener = !initial
        && before <= 4
        && i > floor
        && is_p(text, units, i - 1, &[","])
        && e < n
        && is_p(text, units, e, &[","])
        && count_words(after_start, after_clause) >= before + 3;
    let initial = initial || opener;
    let end = if opener { after_start } else { e };
    Some(Frame {
        weak: false,
        start: i,
        end,
        cue_start: i,
        cue_end,
        lemma: lemma.to_string(),
        subject: Some(subject),
        shared: false,
        direction: if initial {
            Direction::Following
        } else {
            Direction::Preceding
        },
    })
}

/// Suffixes that end a person's name with a period ("James B. Comey Jr.").
const NAME_SUFFIXES: &[&str] = &["jr", "sr"];

/// Whether a word can end a speaker noun phrase: a name, a pronoun, a source noun, a plural.
/// It keeps "his early-morning tweets" and "the swing states" from reading as speech.
fn plausible_head(text: &str, units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    // "James Comey Jr. said": the period belongs to the suffix before it.
    let k = if k > 0
        && is_p(text, units, k, &["."])
        && units.units[k - 1].is_word()
        && units.units[k - 1].end() == units.units[k].start()
        && NAME_SUFFIXES.contains(&units.word(k - 1))
    {
        k - 1
    } else {
        k
    };
    let w = units.word(k);
    let raw = units.text(text, k, k + 1);
    is_capitalized(raw)
        || raw == ")"
        || lex.pronouns.contains_key(w)
        || speaker_head(units, k)
        || lex.org_words.contains(w)
        || lex.document_nouns.get(w).is_some()
        || w == "one"
}

fn verb_frame(
    text: &str,
    units: &Units,
    i: usize,
    cue_end: usize,
    floor: usize,
    lemma: &str,
    nested_at: Option<usize>,
) -> Option<Frame> {
    let lex = &*LEXICON;
    // Passive "was told" makes the subject the hearer.
    let mut j = i;
    while j > floor
        && (BETWEEN.contains(&units.word(j - 1))
            || is_day_word(&units.words[j - 1])
            || is_ly_adverb(&units.words[j - 1]))
        && (!is_capitalized(units.text(text, j - 1, j)) || is_day_word(&units.words[j - 1]))
        && !(units.words[j - 1] == "on" && j == i)
    {
        j -= 1;
    }
    // "Proponents of the bill, however, say": an adverb set off by commas.
    if j >= floor + 4
        && is_p(text, units, j - 1, &[","])
        && PARENTHETICALS.contains(&units.word(j - 2))
        && is_p(text, units, j - 3, &[","])
    {
        j -= 3;
    }
    // The auxiliary before any adverb: "was fully acknowledged" is passive too.
    let mut aux = i.saturating_sub(1);
    while aux > j && is_ly_adverb(&units.words[aux]) {
        aux -= 1;
    }
    if j < i
        && ["was", "were", "is", "are", "been", "be"].contains(&units.word(aux))
        && lemma != "say"
        && !is_ing(&units.words[i])
    {
        return None;
    }
    // Coordinated verb sharing the subject: "... and stressed that", "... but noted that".
    if j > floor && ["and", "but"].contains(&units.word(j - 1)) {
        return Some(Frame {
            weak: false,
            start: j - 1,
            end: extend_frame(text, units, cue_end, lemma),
            cue_start: i,
            cue_end,
            lemma: lemma.to_string(),
            subject: None,
            shared: true,
            direction: Direction::Following,
        });
    }
    // "an architect who said he was stiffed": the relative pronoun stands for the noun before.
    if j > floor + 1 && ["who", "which"].contains(&units.word(j - 1)) {
        // A long noun phrase ending in a name ("a message repeated by Home Secretary
        // Charles Clarke who said") stands for that name.
        // "said Mr. Kamin, who emphasized that": the name sits inside the frame before.
        let np = np_left(text, units, j - 1, floor)
            .or_else(|| {
                (units.words[j - 1] == "who"
                    && j >= 2
                    && floor + 2 >= j
                    && is_p(text, units, j - 2, &[","]))
                .then(|| np_left(text, units, j - 2, 0))
                .flatten()
            })
            // "Barkley, who said he typically votes democratic, was there."
            // Only where the name opens the sentence: inside another frame's content it is a
            // report within a report, and after an opening phrase the relative is an aside.
            .or_else(|| {
                (units.words[j - 1] == "who"
                    && nested_at.is_none()
                    && lex
                        .cues
                        .get(lemma)
                        .is_some_and(|c| c.kind == CueKind::Clause)
                    && j >= floor + 3
                    && is_p(text, units, j - 2, &[","]))
                .then(|| np_left(text, units, j - 2, floor))
                .flatten()
                // Or a name anywhere: "no mention of Jeb Bush, who announced he is suspending
                // his campaign".
                .and_then(|(a, b)| {
                    if a == floor {
                        return Some((a, b));
                    }
                    let mut k = b;
                    while k > a && is_capitalized(units.text(text, k - 1, k)) {
                        k -= 1;
                    }
                    (k < b && b - k <= 4).then_some((k, b))
                })
                // "Juanita Broaddrick, who said ..., recounted": a cue after the clause has
                // the name for its subject, and the relative is only an aside.
                .filter(|_| {
                    let close = (cue_end..units.len())
                        .find(|&k| boundary_punct(text, units, k))
                        .unwrap_or(units.len());
                    // At most 200 units: a sentence of thousands of such clauses stays linear.
                    (close..units.len().min(close + 200)).all(|k| {
                        !units.units[k].is_word() || lex.cues.longest_at(&units.words, k).is_none()
                    })
                })
            })
            .map(|(a, b)| {
                let mut k = b;
                while k > a
                    && (is_capitalized(units.text(text, k - 1, k)) || units.words[k - 1] == "'s")
                {
                    k -= 1;
                }
                if b - a > 6 && k < b { (k, b) } else { (a, b) }
            });
        if let Some((a, b)) = np
            && plausible_head(text, units, b - 1)
            && b - a <= 6
        {
            let subject = speakers::analyse(text, units, a, b, None)?;
            let end = extend_frame(text, units, cue_end, lemma);
            return Some(Frame {
                weak: false,
                start: j - 1,
                end,
                cue_start: i,
                cue_end,
                lemma: lemma.to_string(),
                subject: Some(subject),
                shared: false,
                direction: Direction::Following,
            });
        }
        return None;
    }
    // ", forcing her to fend off both rivals, said Brad Bannon, a pollster": the phrase between
    // the commas is a clause, and the name after the cue is the speaker.
    let inverted_name = j == i
        && i > floor
        && is_p(text, units, i - 1, &[","])
        && inverted_name_follows(text, units, cue_end);
    // "people who have battled online threats say": an auxiliary in the relative clause stops
    // the noun phrase search, so the subject is looked for before "who".
    let before_relative = || {
        let w = (j.saturating_sub(12).max(floor + 1)..j)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x))
            .find(|&x| {
                ["who", "whose"].contains(&units.text(text, x, x + 1))
                    // "Republican activists clamoring to block Trump say": a participle.
                    || x > floor + 1
                        && is_ing(&units.words[x])
                        && LEXICON.cues.get(units.word(x)).is_none()
                        && speaker_head(units, x - 1)
            })?;
        let (na, nb) = np_left(text, units, w, floor)?;
        plausible_head(text, units, nb - 1).then_some((na, nb, None))
    };
    if let Some((a0, b0, appo0)) = left_subject(text, units, j, floor)
        .filter(|&(_, _, appo)| {
            !(inverted_name && appo.is_some_and(|(x, _)| is_ing(&units.words[x])))
        })
        .or_else(before_relative)
    {
        // "Voters who watched the debate said": the subject is the noun the clause describes.
        // "Some voters who have listened to his speeches said": the clause may run past
        // words the noun phrase stops at.
        let who = (a0.saturating_sub(8).max(floor + 1)..a0)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x))
            .find(|&x| units.words[x] == "who" && units.text(text, x, x + 1) == "who");
        let (a, b, appo) = if let Some(w) = who
            && b0 - w <= 12
            && !is_capitalized(units.text(text, w + 1, w + 2))
            && !lex.pronouns.contains_key(units.word(w + 1))
            && let Some((na, nb)) = np_left(text, units, w, floor)
            && plausible_head(text, units, nb - 1)
        {
            (na, nb, None)
        } else {
            (a0, b0, appo0)
        };
        // "what he called ...", "which she described as ...": a relative clause, not a report.
        // But "which he said were at his side", "which Mr. Clarke says he is doing ...": the
        // relative clause holds a report whose content follows the cue.
        let reported_relative = ["which", "whom"]
            .contains(&units.words.get(a.wrapping_sub(1)).map_or("", |w| &**w))
            && LEXICON
                .cues
                .get(lemma)
                .is_some_and(|c| c.kind == CueKind::Clause)
            && units.words.get(cue_end).is_some_and(|w| {
                AUXILIARIES.contains(&&**w)
                    || LEXICON.pronouns.contains_key(&**w)
                    // "which the campaign says includes 2.7 million contributors"
                    || w.len() > 3
                        && (w.ends_with("es") || w.ends_with("ed"))
                        && !is_capitalized(units.text(text, cue_end, cue_end + 1))
            });
        if a > floor && ["what", "which", "whom"].contains(&units.word(a - 1)) && !reported_relative
        {
            return None;
        }
        if nested_at == Some(a) {
            // "Merrill says Machado promised ...": a report inside another report's content.
            return None;
        }
        if NOT_SUBJECT.contains(&units.word(b - 1)) {
            return None;
        }
        // A third-person "-s" cue ("tweets", "states") is often a plural noun: its subject
        // must end in a source word. Other forms accept any determined noun phrase.
        let determined = [
            "the", "a", "an", "his", "her", "its", "their", "one", "another",
        ]
        .contains(&units.word(a))
            && b - a <= 9;
        let s_form = units.words[i].ends_with('s')
            && !units.words[i].ends_with("ss")
            && !VERB_ONLY_S_FORMS.contains(&units.word(i));
        // "Experts on North Korea": the head stands before the preposition.
        let head = (a + 1..b.saturating_sub(1))
            .find(|&m| {
                (PP_AFTER_HEAD.contains(&units.word(m))
                    || POSTMODIFIERS.contains(&units.word(m)))
                    && speaker_head(units, m - 1)
                    // "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called"
                    || is_ing(&units.words[m])
                        && !is_capitalized(units.text(text, m, m + 1))
                        && lex.cues.get(units.word(m)).is_none()
                        && is_capitalized(units.text(text, m - 1, m))
                        && !DETERMINERS.contains(&units.word(m - 1))
            })
            .filter(|_| !s_form)
            .map_or(b - 1, |m| m - 1);
        if !plausible_head(text, units, head) && (s_form || !determined) {
            return None;
        }
        if (a..b)
            .any(|k| AUXILIARIES.contains(&units.word(k)) && !(units.words[k] == "'s" && k + 1 < b))
        {
            return None;
        }
        // The name before a participle is the speaker; the participle's phrase is no part of
        // the mention ("Kyriakos Mitsotakis speaking to the Atlantic Council").
        let b = if head + 1 < b
            && is_ing(&units.words[head + 1])
            && !is_capitalized(units.text(text, head + 1, head + 2))
        {
            head + 1
        } else {
            b
        };
        let subject = speakers::analyse(text, units, a, b, appo)?;
        let mut end = extend_frame(text, units, cue_end, lemma);
        let before_words: usize = (floor..a)
            .map(|k| {
                if units.units[k].is_quote() {
                    3
                } else {
                    usize::from(units.units[k].is_word())
                }
            })
            .sum();
        // "But when Congress cut the funding, Mexico said, the deal was abandoned": a
        // subordinate clause before the frame is the scene; the report is the main clause.
        let lead_at = (floor..a).find(|&k| {
            units.units[k].is_word() && !["but", "and", "so", "yet"].contains(&units.word(k))
        });
        let lead = lead_at.map_or("", |k| units.word(k));
        // "Pressed by Mr. Stephanopoulos, Mr. Trump said ...": so is a participle's phrase.
        let participle_lead = lead_at.is_some_and(|k| k + 1 < a)
            && (is_ing(lead) || lead.len() > 4 && lead.ends_with("ed"))
            && lex.cues.get(lead).is_none()
            && units
                .words
                .get(lead_at.map_or(0, |k| k + 1))
                .is_some_and(|w| {
                    ["by", "about", "on", "for", "if", "whether", "with"].contains(&&**w)
                });
        // "In a statement on its website Valve said ...": a phrase of the scene runs into the
        // subject with no comma, and the report is what follows.
        let scene_lead = lead_at.is_some_and(|k| k + 2 < a)
            && ["in", "during", "at"].contains(&lead)
            && a > 0
            && units.units[a - 1].is_word()
            && (lead_at.unwrap_or(a)..a).all(|k| !units.units[k].is_punct());
        let before_words = if ([
            "when", "if", "because", "after", "before", "although", "though", "while", "since",
            "unless", "once", "until", "whether", "as",
        ]
        .contains(&lead)
            || participle_lead)
            && is_p(text, units, a.saturating_sub(1), &[","])
            || scene_lead
        {
            0
        } else {
            before_words
        };
        let mut direction = direction_after(text, units, end, before_words);
        // '"It's fine," Trump said of waterboarding.': the topic belongs to the frame.
        if end < units.len() && units.words[end] == "of" && before_words >= 3 {
            let clause_end = clause_end_from(text, units, end);
            if clause_end - end <= 6
                && (clause_end == units.len() || is_p(text, units, clause_end, &[".", "?", "!"]))
            {
                direction = Direction::Preceding;
                end = clause_end;
            }
        }
        if direction == Direction::Preceding && lemma == "tell" {
            // ", he told People's Daily." : the addressee belongs to the frame.
            let clause_end = clause_end_from(text, units, end);
            if clause_end - end <= 5 {
                end = clause_end;
            }
        }
        // '"A," he said, "B."': a frame right after a quotation reports that quotation.
        let after_quote = a > floor
            && (units.units[a - 1].is_quote()
                || a >= 2 && is_p(text, units, a - 1, &[","]) && units.units[a - 2].is_quote());
        if after_quote
            && direction == Direction::Following
            && end < units.len()
            && units.units[end].is_quote()
        {
            direction = Direction::Preceding;
            end = cue_end;
        }
        // '"It is a big deal," he said outside the building.': the rest sets the scene.
        // '"...," Trump told NBC's "Today" on Monday.': after "told", the addressee.
        if after_quote && direction == Direction::Following {
            // ('"...," he said, as the crowd cheered.': past a comma too.)
            let from = if is_p(text, units, end, &[","]) {
                end + 1
            } else {
                end
            };
            let clause_end = (from..units.len())
                .find(|&k| {
                    boundary_punct(text, units, k) && !(lemma == "tell" && short_title(units, k))
                })
                .unwrap_or(units.len());
            if scene_after_quote(units, from, clause_end)
                || lemma == "tell" && addressee_only(units, from, clause_end)
            {
                direction = Direction::Preceding;
                end = clause_end;
            }
        }
        return Some(Frame {
            weak: false,
            // The relative pronoun belongs to the frame, not to the content before it.
            start: if reported_relative { a - 1 } else { a },
            end,
            cue_start: i,
            cue_end,
            lemma: lemma.to_string(),
            subject: Some(subject),
            shared: false,
            direction,
        });
    }
    // Inversion: '"...," said Li Sihu, chief designer.' / '..., says the report.'
    if i > floor
        && (units.units[i - 1].is_quote() || is_p(text, units, i - 1, &[",", "\u{2014}", "--"]))
    {
        let n = units.len();
        let mut e = cue_end;
        while e < n
            && !boundary_punct(text, units, e)
            && !(e > cue_end && is_time_or_place_word(&units.words[e]) && units.words[e] != "to")
        {
            e += 1;
        }
        // "..., threatens to create a bind": no subject opens with "to".
        if e == cue_end
            || ["that", "to", "it", "this", "there"].contains(&units.word(cue_end))
            || ADJUNCT_PREPOSITIONS.contains(&units.word(cue_end))
        {
            return None;
        }
        // An apposition after the name gives the role: ", said Li, a researcher."
        let mut appo = None;
        let mut end = e;
        if e < n && is_p(text, units, e, &[","]) {
            let mut f = e + 1;
            while f < n && !boundary_punct(text, units, f) {
                f += 1;
            }
            if f > e + 1
                && (f == n || !units.units[f].is_quote())
                && lex.cues.longest_at(&units.words, e + 1).is_none()
            {
                let first = &units.words[e + 1];
                // ", who emphasized that ...": a relative clause with its own report.
                let reporting_relative = ["who", "which"].contains(&&**first)
                    && (e + 2..f).any(|x| lex.cues.longest_at(&units.words, x).is_some());
                if !is_ing(first) && !reporting_relative {
                    // ", head of research, evaluation and learning at the Institute.": a list
                    // inside the apposition runs on to the sentence's end.
                    let mut f = f;
                    while f < n && is_p(text, units, f, &[","]) {
                        let g = (f + 1..n)
                            .find(|&k| boundary_punct(text, units, k))
                            .unwrap_or(n);
                        let words = words_in(units, f + 1, g);
                        if !(g == n || is_p(text, units, g, &[".", "?", "!", ","]))
                            || words.is_empty()
                            || !clause_free(&words)
                            || (f + 1..g).any(|k| units.units[k].is_quote())
                        {
                            break;
                        }
                        f = g;
                    }
                    appo = Some((e + 1, f));
                    end = f;
                }
            }
        }
        if (cue_end..e).any(|k| AUXILIARIES.contains(&units.word(k)) && units.words[k] != "'s") {
            return None;
        }
        let subject = speakers::analyse(text, units, cue_end, e, appo)?;
        if subject.kind == speakers::MentionKind::Description
            && subject.speaker_type == speakers::SpeakerType::Person
            && subject.role_category.is_none()
            && !subject.text.contains(' ')
        {
            return None;
        }
        return Some(Frame {
            weak: false,
            start: i,
            end,
            cue_start: i,
            cue_end,
            lemma: lemma.to_string(),
            subject: Some(subject),
            shared: false,
            direction: Direction::Preceding,
        });
    }
    None
}

/// Whether a name closed by punctuation follows the cue: "said Brad Bannon, a pollster".
fn inverted_name_follows(text: &str, units: &Units, cue_end: usize) -> bool {
    let mut e = cue_end;
    while e < units.len() && units.units[e].is_word() && is_capitalized(units.text(text, e, e + 1))
    {
        e += 1;
    }
    e >= cue_end + 2 && (e == units.len() || boundary_punct(text, units, e))
}

/// A subject's unit range and the range of its apposition, if any.
type SubjectSpan = (usize, usize, Option<(usize, usize)>);

/// The subject noun phrase ending before unit `j`: (start, end, apposition).
fn left_subject(text: &str, units: &Units, j: usize, floor: usize) -> Option<SubjectSpan> {
    if j <= floor {
        return None;
    }
    // "Liu Jianchao, China's assistant foreign minister, told": the name is the first group
    // before the commas that reads as a name; the groups after it are its apposition
    // ("Filippo Fasulo, director of ..., the Centro Studi ..., pointed out").
    // Dashes set off an apposition as commas do: "Jason Sims — a teacher — says".
    const APPOSITION_MARKS: &[&str] = &[",", "\u{2014}", "\u{2013}", "--"];
    if is_p(text, units, j - 1, APPOSITION_MARKS) {
        // First as names and determined descriptions; failing that, a short description
        // with a source head ("Powell's office, when contacted by Reuters, said").
        return apposed_subject(text, units, j - 1, floor, false)
            .or_else(|| apposed_subject(text, units, j - 1, floor, true));
    }
    let (a, b) = np_left(text, units, j, floor)?;
    // "David Shearer, special representative of the UN ... said": an apposition left open.
    if a >= floor + 2
        && is_p(text, units, a - 1, &[","])
        && !is_capitalized(units.text(text, a, a + 1))
        && LEXICON.roles.longest_at(&units.words, a).is_some()
        && let Some((na, nb)) = np_left(text, units, a - 1, floor)
        && is_capitalized(units.text(text, na, na + 1))
        && is_capitalized(units.text(text, nb - 1, nb))
        && nb - na <= 4
    {
        return Some((na, nb, Some((a, b))));
    }
    Some((a, b, None))
}

/// The subject before an apposition that closes at `close` (a comma or dash before the cue).
fn apposed_subject(
    text: &str,
    units: &Units,
    close: usize,
    floor: usize,
    source_heads: bool,
) -> Option<SubjectSpan> {
    let lex = &*LEXICON;
    let mark = units.text(text, close, close + 1);
    let mut k = close;
    for _ in 0..5 {
        let mut m = k;
        // Commas may stand inside a dash-delimited apposition ("— including Muslims,
        // Christians, Jews —").
        // So may a short title in quotation marks ("a contestant on "The Apprentice,"").
        while m > floor
            && (!boundary_punct(text, units, m - 1)
                || short_title(units, m - 1)
                || mark != "," && is_p(text, units, m - 1, &[","]))
        {
            m -= 1;
        }
        if m == floor || m == k || k - m > 25 || !is_p(text, units, m - 1, &[mark]) {
            return None;
        }
        // ", the race will be tight, said": a clause with its own subject, no apposition. A
        // relative or subordinate clause may hold an auxiliary ("Mr. Obama, who understood
        // that ... would be, told"), and so may a predicate that opens the segment ("whose
        // hometown, Miami, is projected to ..., argues") or an aside between dashes.
        let first_aux = (m..k).find(|&x| {
            AUXILIARIES.contains(&units.word(x))
                && !["'s", "be", "been", "being"].contains(&units.word(x))
        });
        if mark == ","
            && let Some(x) = first_aux
            && x > m
            && !(m..x).any(|y| CLAUSE_OPENERS.contains(&units.word(y)))
        {
            return None;
        }
        let open = m - 1;
        // The name before a predicate belongs to a relative clause ("whose hometown, Miami,
        // is projected ..."): the subject stands further back.
        if first_aux == Some(m) {
            k = open;
            continue;
        }
        if let Some((a, b)) = np_left(text, units, open, floor) {
            let head = units.word(b - 1);
            let det = ["the", "a", "an", "one", "two", "both", "another", "some"]
                .contains(&units.word(a))
                || source_heads
                    && (["several", "many", "most", "other"].contains(&units.word(a))
                        || !is_capitalized(units.text(text, b - 1, b))
                            && (speaker_head(units, b - 1)
                                || lex.org_words.contains(head)
                                || lex.document_nouns.get(head).is_some()));
            // The first word, past a leading parenthesis ("(Xinhua/Chogo) Premier Li Keqiang").
            let first_cap = (a..b)
                .find(|&x| units.units[x].is_word() && !is_p(text, units, x, &["(", ")"]))
                .is_some_and(|x| is_capitalized(units.text(text, x, x + 1)));
            // "James B. Comey Jr., the director": the period of an abbreviation ends the name.
            let last = if b - a >= 2
                && is_p(text, units, b - 1, &["."])
                && NAME_SUFFIXES.contains(&units.word(b - 2))
            {
                b - 2
            } else if is_p(text, units, b - 1, &[")"])
                && let Some(open) = (a..b - 1).rev().find(|&x| is_p(text, units, x, &["("]))
                && open > a
            {
                // "Rep. Sander Levin (Mich.), a superdelegate,": the name before the party.
                open - 1
            } else {
                b - 1
            };
            let last_cap = is_capitalized(units.text(text, last, last + 1));
            // A short description also takes an apposition ("The meeting, stressing ...,").
            let described = b - a <= 6 && det;
            if last_cap && (first_cap || det) || described {
                let appo_start = (m..close)
                    .find(|&x| !is_p(text, units, x, &[","]))
                    .unwrap_or(m);
                return Some((a, b, Some((appo_start, close))));
            }
            // "Carter's press secretary, Peter Cook, told": the role comes first and the
            // name stands between the commas.
            let name_between = close - m <= 4
                && (m..close).all(|x| {
                    units.units[x].is_word() && is_capitalized(units.text(text, x, x + 1))
                        || is_p(text, units, x, &["."])
                });
            if name_between && lex.roles.longest_ending_at(&units.words, b).is_some() {
                return Some((m, close, Some((a, b))));
            }
        }
        k = open;
    }
    None
}

/// Words that open a relative or subordinate clause inside an apposition.
const CLAUSE_OPENERS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "where", "when", "how", "what", "why", "because",
    "since", "although", "though", "while", "if", "as", "after", "before", "until", "unless",
    "whether",
];

/// Prepositions that attach a phrase to a speaker's head noun ("experts on", "residents of").
const PP_AFTER_HEAD: &[&str] = &[
    "on", "in", "of", "from", "at", "around", "across", "for", "with",
];

/// Adverbs that stand between commas after a subject ("Proponents, however, say").
const PARENTHETICALS: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "too",
    "instead",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "also",
    "likewise",
    "similarly",
    "meantime",
];

/// Words that open a modifier after a source's head noun: "people familiar with the matter",
/// "officials close to the talks", "sources briefed on the plan".
const POSTMODIFIERS: &[&str] = &["familiar", "close", "briefed", "knowledgeable", "involved"];

/// Whether the word at `k` can head a speaker: a group noun, a role, or a plural noun.
fn speaker_head(units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    let w = units.word(k);
    lex.group_nouns.contains(w)
        // Two-word entries end in a word that heads nothing alone ("those surveyed").
        || k > 0 && lex.group_nouns.contains(&format!("{} {w}", units.word(k - 1)))
        || lex.roles.get(w).is_some()
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
}

/// A noun phrase ending before `end`, running left to a boundary.
fn np_left(text: &str, units: &Units, end: usize, floor: usize) -> Option<(usize, usize)> {
    let mut a = end;
    while a > floor {
        let k = a - 1;
        // A parenthesized group stays whole: "Sen. David Perdue (R-Ga.) said".
        if is_p(text, units, k, &[")"])
            && let Some(open) = (floor..k)
                .rev()
                .take(12)
                .find(|&x| is_p(text, units, x, &["("]))
        {
            a = open;
            continue;
        }
        if boundary_punct(text, units, k) {
            break;
        }
        let w = units.word(k);
        // "The WHO's website": an acronym in capitals is a name, not the pronoun.
        let shouted = {
            let r = units.text(text, k, k + 1);
            r.len() > 1 && !r.chars().any(char::is_lowercase)
        };
        // "officials close to the talks": "close to" is a preposition, not an infinitive.
        // "voters going to the polls": a participle's "to" too.
        let close_to = w == "to"
            && k > floor + 1
            && (["close", "closer", "near", "next"].contains(&units.word(k - 1))
                || is_ing(&units.words[k - 1])
                    && !is_capitalized(units.text(text, k - 1, k))
                    && units.words[k - 1] != "according"
                    && LEXICON.cues.get(units.word(k - 1)).is_none());
        // "Over half of the more than 700 institutions": a comparison inside a quantity.
        let more_than =
            w == "than" && k > floor + 1 && ["more", "less", "fewer"].contains(&units.word(k - 1));
        if LEFT_BOUNDARY.contains(&w) && !shouted && !close_to && !more_than {
            // "Li and Wang said": an "and" between capitalized words stays in the name.
            let plural = |x: usize| {
                let w = units.word(x);
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
            };
            let joint = w == "and"
                && k > floor
                && k + 1 < end
                && (is_capitalized(units.text(text, k - 1, k))
                    && is_capitalized(units.text(text, k + 1, k + 2))
                    || plural(k - 1) && plural(k + 1));
            if !joint {
                // "Experts on trade and security said", "observers in Virginia and around
                // the country say": the "and" joins the objects of a preposition after the
                // subject's head noun.
                if w == "and"
                    && let Some(m) = (k.saturating_sub(6).max(floor + 1)..k).rev().find(|&m| {
                        PP_AFTER_HEAD.contains(&units.word(m)) && speaker_head(units, m - 1)
                    })
                    && (m..k).all(|x| !boundary_punct(text, units, x))
                    && (k + 1..end).all(|x| !is_capitalized(units.text(text, x, x + 1)))
                {
                    a = m;
                    continue;
                }
                break;
            }
        }
        // Another cue ends the subject, unless it is a noun here ("the state's chairman").
        if LEXICON.cues.longest_at(&units.words, k).is_some()
            && k + 1 < end
            && !(k > 0 && DETERMINERS.contains(&units.word(k - 1)))
            && !is_capitalized(units.text(text, k, k + 1))
            && !noun_position(text, units, k)
        {
            break;
        }
        // A verb cannot sit inside a subject: "walk-ins were the third time AROS" keeps the
        // noun phrase after "were"; "restrictions have severely undermined ... and runs" is
        // no subject at all.
        if AUXILIARIES.contains(&w) && w != "'s" {
            let np_start = units.words.get(a).map_or("", |w| &**w);
            if a < end
                && (DETERMINERS.contains(&np_start) || is_capitalized(units.text(text, a, a + 1)))
            {
                break;
            }
            return None;
        }
        a -= 1;
    }
    // Leading sentence adverbs and conjunctions are not part of the subject.
    while a < end
        && [
            "meanwhile",
            "however",
            "and",
            "but",
            "so",
            "then",
            "also",
            "moreover",
            "separately",
            "earlier",
            "later",
            "previously",
            "now",
        ]
        .contains(&units.word(a))
    {
        a += 1;
    }
    // A leading time word or phrase with no comma ("Yesterday the agency", "On Tuesday
    // Mitsotakis", "On the live television he"): the subject is what closes it.
    while a + 1 < end && is_day_word(&units.words[a]) {
        a += 1;
    }
    if a + 1 < end && SCENE_PREPOSITIONS.contains(&units.word(a)) {
        let last = end - 1;
        if LEXICON.pronouns.contains_key(units.word(last)) {
            a = last;
        } else {
            // The last capitalized name, with its inner connectors and a "the" before it.
            let cap = |k: usize| is_capitalized(units.text(text, k, k + 1));
            let mut k = end;
            while k > a + 1
                && (cap(k - 1)
                    || ["and", "of", "for"].contains(&units.word(k - 1))
                        && k - 1 > a + 1
                        && cap(k - 2))
            {
                k -= 1;
            }
            while k + 1 < end && is_day_word(&units.words[k]) {
                k += 1;
            }
            if k > a + 1 && units.words[k - 1] == "the" {
                k -= 1;
            }
            if k < end && k > a {
                a = k;
            }
        }
    }
    if a >= end || end - a > 18 {
        return None;
    }
    Some((a, end))
}

/// Extends a frame over what links the cue to its content: an object of "tell", a
/// prepositional phrase, "that", a colon, or a comma before a quotation.
fn extend_frame(text: &str, units: &Units, cue_end: usize, lemma: &str) -> usize {
    let n = units.len();
    if cue_end >= n {
        return cue_end;
    }
    if is_p(text, units, cue_end, &[":"]) {
        return cue_end + 1;
    }
    if is_p(text, units, cue_end, &[","]) && cue_end + 1 < n && units.units[cue_end + 1].is_quote()
    {
        return cue_end + 1;
    }
    if units.words[cue_end] == "that" {
        return cue_end + 1;
    }
    // Look ahead for "that" or ":" over a short object or phrase.
    let first = units.word(cue_end);
    // "says of Clinton, “...”": the topic belongs to the frame.
    let skippable = lemma == "tell"
        || first == "of"
        || lemma.starts_with("quote")
        || is_time_or_place_word(first)
        || first == "reporters";
    if skippable {
        let mut k = cue_end;
        // "told a town hall in Salem, New Hampshire on Monday that": a place's comma.
        let place_comma = |k: usize| {
            is_p(text, units, k, &[","])
                && k > cue_end
                && k + 1 < n
                && units.units[k - 1].is_word()
                && is_capitalized(units.text(text, k - 1, k))
                && (LEXICON.places.longest_at(&units.words, k + 1).is_some()
                    || LEXICON
                        .country_words
                        .longest_at(&units.words, k + 1)
                        .is_some())
        };
        while k < n
            && k < cue_end + 12
            && !units.units[k].is_quote()
            && (!is_p(text, units, k, &[",", ";", "."]) || place_comma(k))
        {
            if units.words[k] == "that" && k > cue_end {
                return k + 1;
            }
            if is_p(text, units, k, &[":"]) {
                return k + 1;
            }
            k += 1;
        }
        if k < n && is_p(text, units, k, &[","]) && k + 1 < n && units.units[k + 1].is_quote() {
            return k + 1;
        }
        if lemma == "tell" {
            // "told reporters the ..." / "told Xinhua the ...": skip a one-word object.
            let w = units.word(cue_end);
            if [
                "reporters",
                "journalists",
                "xinhua",
                "me",
                "us",
                "him",
                "her",
                "them",
                "lawmakers",
                "parliament",
                "congress",
            ]
            .contains(&w)
            {
                return cue_end + 1;
            }
            // "told The Jakarta Post radio broadcasts were ...": a named addressee.
            let mut k = cue_end;
            if units.words[k] == "the" {
                k += 1;
            }
            let run_start = k;
            while k < n
                && units.units[k].is_word()
                && (is_capitalized(units.text(text, k, k + 1)) || units.words[k] == "'s")
            {
                k += 1;
            }
            if k > run_start
                && k < n
                && units.units[k].is_word()
                && !is_capitalized(units.text(text, k, k + 1))
                && units.words[k] != "'s"
            {
                return skip_time(units, k);
            }
        }
    }
    skip_time(units, cue_end)
}

/// Skips a time expression after a cue ("said on Tuesday it plans ..."), which belongs to
/// the frame, not the content.
fn skip_time(units: &Units, k: usize) -> usize {
    let w = |i: usize| units.words.get(i).map_or("", |w| &**w);
    if is_day_word(w(k)) {
        return k + 1;
    }
    if w(k) == "on" && is_day_word(w(k + 1)) {
        return k + 2;
    }
    if ["last", "this", "earlier", "later"].contains(&w(k))
        && ["week", "month", "year", "weekend"].contains(&w(k + 1))
    {
        return k + 2;
    }
    k
}

/// Whether a frame ending at `end` is followed by its content or ends its clause.
fn direction_after(text: &str, units: &Units, end: usize, before_words: usize) -> Direction {
    let n = units.len();
    let has_before = before_words >= 3;
    if end >= n {
        return Direction::Preceding;
    }
    if end > 0
        && (units.words[end - 1] == "that"
            || is_p(text, units, end - 1, &[":"])
            || is_p(text, units, end - 1, &[","]) && units.units[end].is_quote())
    {
        return Direction::Following;
    }
    if units.units[end].is_quote() {
        return Direction::Following;
    }
    if is_p(text, units, end, &[","]) {
        // "But to prevent problems, he said, local officials should be vigilant."
        // The frame reports the longer side.
        let next_frame = LEXICON.cues.longest_at(&units.words, end + 1).is_some();
        // A quotation weighs as the words it holds (about six bytes a word).
        let words: usize = (end + 1..n)
            .take_while(|&k| !(k > end + 1 && LEXICON.cues.longest_at(&units.words, k).is_some()))
            .map(|k| match units.units[k] {
                Unit::Quote(q) => ((q.content_end - q.content_start) / 6).max(3),
                u if u.is_word() => 1,
                _ => 0,
            })
            .sum();
        // "A, it noted, and B": what follows joins the content before the frame.
        // A quotation alone (it weighs three) is enough: '"A," he said, but "B."'.
        let joins_before = before_words >= 3
            && ["and", "but"].contains(&units.words.get(end + 1).map_or("", |w| &**w));
        if !next_frame
            && !joins_before
            && words >= 4
            && words > before_words
            && !is_ing(&units.words[end + 1])
        {
            return Direction::Following;
        }
        return Direction::Preceding;
    }
    if boundary_punct(text, units, end) {
        return Direction::Preceding;
    }
    // '"...," Jones said as she marched': a clause that sets the scene, not the content.
    if has_before
        && [
            "as", "when", "while", "before", "after", "because", "until", "though", "although",
        ]
        .contains(&units.word(end))
        && !units
            .words
            .get(end + 1)
            .is_some_and(|w| ["much", "well", "follows", "such"].contains(&&**w))
    {
        return Direction::Preceding;
    }
    // Only a clause of at most four words matters below: look no further than that, so a
    // sentence of many frames and no punctuation is not scanned to its end for each.
    let clause_end = (end..n.min(end + 5))
        .find(|&k| boundary_punct(text, units, k))
        .unwrap_or(if end + 5 >= n { n } else { end + 5 });
    let closes = clause_end == n || is_p(text, units, clause_end, &[".", "?", "!"]);
    // "Every company should ..., panelists said at a seminar titled ..."
    if has_before
        && is_time_or_place_word(&units.words[end])
        && !units.words[end..]
            .iter()
            .take_while(|w| !matches!(&***w, "," | ";"))
            .any(|w| w == "that")
    {
        return Direction::Preceding;
    }
    // ", he told the press after a cabinet meeting.": what follows "told" is the addressee.
    if has_before
        && units.words[end - 1] == "told"
        && !units.words[end..]
            .iter()
            .take_while(|w| !matches!(&***w, "," | ";"))
            .any(|w| w == "that" || w == QUOTE_WORD)
    {
        return Direction::Preceding;
    }
    // ", he told People's Daily." / ", she told reporters."
    if has_before
        && closes
        && clause_end - end <= 4
        && (end..clause_end).all(|k| {
            is_capitalized(units.text(text, k, k + 1))
                || [
                    "reporters",
                    "journalists",
                    "the",
                    "press",
                    "media",
                    "'s",
                    "of",
                ]
                .contains(&units.word(k))
        })
    {
        return Direction::Preceding;
    }
    // "he said in a statement." / "Li said on Tuesday."
    let rest = units.words[end..]
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(9)
        .count();
    // ("said there was no evidence": an existential "there" opens a clause.)
    let existential = ["there", "here"].contains(&units.word(end))
        && units
            .words
            .get(end + 1)
            .is_some_and(|w| AUXILIARIES.contains(&&**w));
    if is_time_or_place_word(&units.words[end])
        && !existential
        && !opens_quantity(units, end)
        && rest <= 8
        && !units.words[end..].iter().any(|w| w == QUOTE_WORD)
    {
        let clause_end = clause_end_from(text, units, end);
        if clause_end == n || is_p(text, units, clause_end, &[".", "?", "!"]) {
            return Direction::Preceding;
        }
    }
    Direction::Following
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::quotes::find_quotes;

    fn run(s: &str) -> Vec<(String, &'static str, String, String)> {
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
    fn cue_forms_in_noun_position_are_nouns() {
        for s in [
            "The strong jobs report has cleared the way for the Fed to act.",
            "Some states remained too close to call.",
            "Clinton leads after strong showings in the Midwest and other Western states.",
            "Though he has not been a major voice on trade, he spoke.",
            "The October jobs report exceeded economists' expectations.",
            "Pollsters in 50 states expect a close race.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // The same forms as verbs.
        assert_eq!(run("The agency reports that prices rose.")[0].2, "reports");
        let r =
            run("The plan, which the Tax Foundation estimates would cost $170 billion, failed.");
        assert_eq!(r[0].2, "estimates");
        assert_eq!(
            run("Other voices counter that it is time to move on.")[0].3,
            "Other voices"
        );
    }

    #[test]
    fn a_clause_between_commas_is_no_apposition() {
        let r = run(
            "That would create a summer of agony for Clinton, forcing her to fend off two rivals, said Brad Bannon, a pollster.",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].3, "Brad Bannon");
        assert!(r[0].0.starts_with("That would create"), "{}", r[0].0);
        let r = run(
            "Even as the race moves to New York, a state she hoped to carry, the race will be tight, said Dan Gerstein, an analyst.",
        );
        assert_eq!(r[0].3, "Dan Gerstein");
        // Relative and subordinate clauses, and predicates opening a segment, stay appositions.
        let r = run(
            "Mr. Obama, who understood that a push would be fruitless, told his advisers to act alone.",
        );
        assert_eq!(r[0].3, "Mr. Obama");
        let r = run(
            "Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that the plan will fail.",
        );
        assert_eq!(r[0].3, "Marco Rubio");
        // No subject opens with "to".
        assert_eq!(
            run(
                "The decision, concerning how much fuel must be blended, threatens to create a bind."
            ),
            []
        );
    }

    #[test]
    fn a_bare_phrase_after_the_cue_is_no_content() {
        for s in [
            "Clinton campaign spokesman Brian Fallon responded on Twitter.",
            "Lisa Lerer reported from Los Angeles.",
            "The DNC responded by abruptly blocking access to its data.",
            "Trump said of the move during an interview on Fox News Tuesday night.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        assert_eq!(run("He said in Beijing the talks would go on.").len(), 1);
        assert_eq!(
            run("Officials said on Monday that the dam collapsed.").len(),
            1
        );
        assert_eq!(
            run("The FAO said at least 700,000 people die each year from such diseases.").len(),
            1
        );
    }

    #[test]
    fn subjects_with_modifiers_after_the_head() {
        for (s, who) in [
            (
                "People familiar with the matter said the deal was off.",
                "People familiar with the matter",
            ),
            (
                "Officials close to the talks said the deal was off.",
                "Officials close to the talks",
            ),
            (
                "People with direct knowledge of the work said that the deal was off.",
                "People with direct knowledge of the work",
            ),
            (
                "Some voters who have listened to his speeches said he had less magnetism.",
                "Some voters",
            ),
            (
                "On the web, people who have battled other threats say it could do more.",
                "people",
            ),
            (
                "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.",
                "Majorities of Democrats in five states going to the polls",
            ),
            (
                "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to a think tank called the deal \"void\".",
                "Greek prime minister Kyriakos Mitsotakis",
            ),
            (
                "Chinese President Xi Jinping in August stressed the importance of reform.",
                "Chinese President Xi Jinping in August",
            ),
            (
                "James B. Comey Jr. said that it works.",
                "James B. Comey Jr",
            ),
            (
                "\"It works,\" James B. Comey Jr., the FBI director, said.",
                "James B. Comey Jr",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}");
            assert_eq!(r[0].3, who, "{s}");
        }
        // A place's abbreviation is no head: the name before it is.
        let r =
            run("Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it moved her.");
        assert_eq!(r[0].3, "Donna Rawlings");
        // No inverted subject opens with a preposition.
        assert_eq!(
            run("Sen. Jack Reed, said after a lunch on Tuesday that he had not read the plan.")
                .iter()
                .filter(|r| r.3 == "after a lunch")
                .count(),
            0
        );
    }

    #[test]
    fn content_inside_a_clause_ends_with_the_clause() {
        let r = run("The vote, which she has repeatedly said was a mistake, hurt her.");
        assert_eq!(r[0].0, "was a mistake");
        let r = run("Even as Mr. Obama has said that he opposes the plan, he sent troops.");
        assert_eq!(r[0].0, "he opposes the plan");
        let r = run("Although Trump has admitted using the tax code, he does not defend it.");
        assert_eq!(r[0].0, "using the tax code");
        // A bare "as" clause is the frame of the main clause after it.
        let r = run("As one user pointed out, the gap between the two is vast.");
        assert_eq!(r[0].0, "the gap between the two is vast");
        // A relative clause after the comma is still part of the content.
        let r = run(
            "After aides insisted that he would not be pigeonholed to reach voters, whose support was steady, he went.",
        );
        assert!(r[0].0.ends_with("whose support was steady"), "{}", r[0].0);
    }

    #[test]
    fn participle_openers_however_and_existential_there() {
        let r = run("Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence.");
        assert_eq!(r[0].0, "there was no direct evidence");
        let r = run(
            "Rep. Sander Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many.",
        );
        assert_eq!(r[0].0, "he has spoken with many");
        let r = run(
            r#"Sam Solovey, a contestant on "The Apprentice," who went on to work for Trump, said his boss was kind."#,
        );
        assert_eq!(r[0].3, "Sam Solovey");
        let r = run("Carter however said he would welcome China's participation.");
        assert_eq!(r[0].3, "Carter");
        let r = run(
            "The state officials whose laws have been invalidated say the real change has come.",
        );
        assert_eq!(r[0].3, "The state officials");
    }

    #[test]
    fn relative_reports_with_a_verb_after_the_cue() {
        let r = run("The list, which the campaign says includes 2.7 million contributors, is big.");
        assert_eq!(r[0].0, "includes 2.7 million contributors");
        let r = run("The plan, which he said was flawed, failed.");
        assert_eq!(r[0].0, "was flawed");
    }

    #[test]
    fn writing_a_work_reports_nothing() {
        assert_eq!(
            run("Sonia Sotomayor wrote a lashing dissent in the case."),
            []
        );
        assert_eq!(
            run("He wrote his dissertation on Ethiopian agriculture."),
            []
        );
        assert_eq!(
            run("She wrote a letter saying that the plan was dead.")[0].2,
            "wrote"
        );
        let r = run(r#""Meh," wrote a Trump supporter who runs the account."#);
        assert_eq!(r[0].2, "wrote");
        assert_eq!(run("He wrote that the plan was dead.")[0].2, "wrote");
    }

    #[test]
    fn posted_reports_a_quotation_or_colon() {
        let r = run(r#"Along with the photo, he had posted: "We are celebrating!""#);
        assert_eq!(r[0].2, "posted");
        assert_eq!(run("He posted a photo of his dog."), []);
    }

    #[test]
    fn sources_after_an_opening_phrase_and_adverbs_between_commas() {
        let r = run(
            "Since last November, according to Human Rights Watch, state security forces have killed 400 protesters.",
        );
        assert_eq!(r[0].0, "state security forces have killed 400 protesters");
        let r = run("Sales rose 5 percent, according to the report.");
        assert_eq!(r[0].0, "Sales rose 5 percent");
        let r = run("Proponents of the new bill, however, say it would keep safeguards in place.");
        assert_eq!(r[0].3, "Proponents of the new bill");
        // A noun-like cue before a reporting verb, or after "have", is a noun.
        let r = run("Iowa biofuels advocates say they already have promises from Clinton.");
        assert_eq!((r.len(), r[0].2.as_str()), (1, "say"));
    }

    #[test]
    fn relatives_on_the_opening_name_places_and_dashes() {
        let r =
            run("Trump made no mention of Jeb Bush, who announced he is suspending his campaign.");
        assert_eq!(
            (r[0].2.as_str(), r[0].3.as_str()),
            ("announced", "Jeb Bush")
        );
        let r = run("Barkley, who said he typically votes democratic, was there.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he typically votes democratic", "Barkley")
        );
        // With a reporting verb of its own after the clause, the name is that verb's subject.
        let r = run(
            "Juanita Broaddrick, who said it happened in 1978, recounted the incident on radio.",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].2, "recounted");
        let r = run(
            "Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is peanuts.",
        );
        assert_eq!(r[0].0, "waterboarding is peanuts");
        let r = run(
            "Many speakers at the service — including Muslims, Christians, Jews — said his death is painful.",
        );
        assert_eq!(r[0].3, "Many speakers at the service");
        let r = run(r#"In one tweet Friday, Trump said: "Did she help her?""#);
        assert_eq!(r[0].2, "said");
    }

    #[test]
    fn words_after_a_closing_frame_set_the_scene() {
        for s in [
            r#""It is a big deal," he said outside the building."#,
            r#""Fixing this is easy," he said aboard his plane on Monday as he crossed Nevada."#,
            r#""We will win," Bond said onstage Tuesday night."#,
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}");
            assert_eq!(r[0].1, "direct", "{s}");
        }
        // After "told", the addressee and the scene.
        for s in [
            r#""We will win," Trump told host Sean Hannity earlier this month."#,
            r#""We will win," Trump told NBC's "Today" on Monday."#,
            r#""We will win," she told a crowd of 1,300 here on Tuesday after she took the stage."#,
        ] {
            assert_eq!(run(s).len(), 1, "{s}");
        }
        for s in [
            r#""We won," Fox's Chris Wallace said, as the crowd cheered."#,
            r#""Bye," she said and quickly hung up."#,
            r#""We won," Axelrod said just after midnight on CNN."#,
        ] {
            assert_eq!(run(s).len(), 1, "{s}");
        }
        // A show's title after the scene is no continuation.
        let r = run(r#""This is bad," Mr. Trump said on NBC's "Meet the Press.""#);
        assert_eq!(r.len(), 1);
        // A clause after the cue is a report of its own; so is a gerund after "suggested".
        assert_eq!(run(r#""It is over," he said the plan was dead."#).len(), 2);
        let r = run(
            r#"In his book, "Make Your Kid a Millionaire," Kevin McKinley suggested looking at the statement."#,
        );
        assert_eq!(r.last().unwrap().0, "looking at the statement");
        // "answering a question" reports nothing; a quantified subject takes a participle.
        assert_eq!(
            run(r#""We won," Clinton said, answering a question at a town hall."#).len(),
            1
        );
        let r = run(
            "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked empathy.",
        );
        assert_eq!(r[0].3, "=Both parents");
    }

    #[test]
    fn an_as_clause_sets_the_scene_and_continued_takes_a_comma() {
        let r = run(
            "As the parade rolled through Pasadena, CNN reported at least six planes filled the skies.",
        );
        assert_eq!(r[0].0, "at least six planes filled the skies");
        let r = run(r#"He continued, "I believe it.""#);
        assert_eq!(r[0].2, "continued");
        let r = run(r#"The ad claims "Jeb is the conservative you can trust.""#);
        assert_eq!(r[0].3, "The ad");
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
    fn middle_frame_gives_continuation() {
        let r = run(r#""We will win," he said, "and soon.""#);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].0, "and soon.");
        assert_eq!(r[1].2, "");
        assert_eq!(r[1].3, "=he");
    }

    #[test]
    fn content_ends_at_a_clause_of_the_writer() {
        let r = run(
            "Republicans said the timing was not intentional; they only learned of it on Friday.",
        );
        assert_eq!(r[0].0, "the timing was not intentional");
        let r = run(
            "The latest test, the agency said, was its biggest yet, although it may take days to tell.",
        );
        assert_eq!(r[0].0, "The latest test");
        assert_eq!(r[1].0, "was its biggest yet");
        // An entity's semicolon is no clause boundary.
        let r =
            run("Meng said China has signed 201 B&amp;R cooperation documents with 138 countries.");
        assert_eq!(
            r[0].0,
            "China has signed 201 B&amp;R cooperation documents with 138 countries"
        );
    }

    #[test]
    fn coordination_and_idle_weak_cues() {
        let r = run("His aides say it is too early to discuss a run but noted that he won twice.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, "it is too early to discuss a run");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("he won twice", "noted")
        );
        assert_eq!(r[1].3, "=His aides");
        // "asked for" reports nothing here, so it does not cut the content before it.
        let r = run(
            "A source said he could not answer because Republicans had only asked for the information a few hours earlier.",
        );
        assert_eq!(r.len(), 1);
        assert!(r[0].0.ends_with("a few hours earlier"), "{r:?}");
        // A weak cue whose subject a participle takes stays.
        let r = run("Cuomo criticized the plan, saying its inequities will hurt the country.");
        assert_eq!(r[0].0, "its inequities will hurt the country");
        assert_eq!(r[0].3, "=Cuomo");
    }

    #[test]
    fn subjects_with_a_coordinated_modifier_and_relative_reports() {
        let r = run("Experts on trade and security said the test could change that.");
        assert_eq!(r[0].3, "Experts on trade and security");
        let r = run("Observers in Virginia and around the country say Scott deserves the seat.");
        assert_eq!(r[0].3, "Observers in Virginia and around the country");
        let r = run("He had his hands up, which he said were at his side when he was shot.");
        assert_eq!(
            r.last().map(|x| x.0.as_str()),
            Some("were at his side when he was shot")
        );
        let r =
            run("Trump said he may declare an emergency, which he said would allow him to act.");
        assert_eq!(r[0].0, "he may declare an emergency");
        assert!(run("It was what he called a disgrace to the nation and its people.").is_empty());
    }

    #[test]
    fn initials_stay_in_the_subject() {
        let r = run("\"It was a place of common ground,\" said John D. Podesta, a former adviser.");
        assert_eq!(r[0].3, "John D. Podesta");
        let r = run("Rep. Joseph Crowley (D-N.Y.) said the bill was a waste of time.");
        assert_eq!(r[0].3, "Rep. Joseph Crowley (D-N.Y.)");
    }

    #[test]
    fn adverbs_negation_and_passives() {
        let r = run("Clinton now says she opposes the deal on trade.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("she opposes the deal on trade", "Clinton")
        );
        let r = run("The minister reportedly told aides that the plan was dead.");
        assert_eq!(r[0].3, "The minister");
        for s in [
            "The Trump campaign did not immediately respond to requests for comment.",
            "Reid would not say whether he would prefer that Democrats face Trump.",
            "Mr. Trump hardly clarified the matter in the interview on Sunday.",
            "Britain would formally declare its intention to leave by the end of March.",
            "The city was widely hailed for its practice of free parking.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run(
            "The center says revenue would fall, but would eventually add $84 billion over 10 years.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn participle_takes_the_sentence_subject() {
        let r = run(
            "Hillary Clinton spoke about the shooting in Tulsa, arguing that the killings must stop.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the killings must stop", "=Hillary Clinton")
        );
        assert!(
            run("In Tulsa, the crowd marched, arguing that the killings must stop.")
                .iter()
                .all(|x| !x.3.starts_with('='))
        );
        let r =
            run("A New York judge rejected the request, saying the courts have no business here.");
        assert_eq!(r[0].3, "=A New York judge");
        let r = run("U.S. media quoted officials as saying that the Pentagon had issued a notice.");
        assert!(r.iter().all(|x| x.3 != "=U.S."), "{r:?}");
    }

    #[test]
    fn relative_report_after_an_inverted_frame() {
        let r = run(
            "\"It is simpler,\" said Mr. Kamin, who emphasized that her proposals would simplify returns.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[1].2.as_str(), r[1].3.as_str()),
            ("emphasized", "Mr. Kamin")
        );
        let r = run(
            "At a meeting on Monday, one questioner claimed that the forces of correctness were at work.",
        );
        assert_eq!(r[0].3, "one questioner");
        let r = run("Trump charges that countries donated millions of dollars to the foundation.");
        assert_eq!(r[0].2, "charges");
    }

    #[test]
    fn appositions_and_abbreviations_in_subjects() {
        let r = run("Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.");
        assert_eq!(r[0].3, "Sen. Rand Paul");
        let r = run(
            "Carter's press secretary, Peter Cook, told the Times that the use of email was a mistake.",
        );
        assert_eq!(r[0].3, "Peter Cook");
        let r = run(
            "The billionaire real estate magnate says a violent hit used to be a great tackle.",
        );
        assert_eq!(r[0].3, "The billionaire real estate magnate");
        let r = run(
            "Several candidates, including Trump, said the country should take fewer refugees.",
        );
        assert_eq!(r[0].3, "Several candidates");
        let r =
            run("Powell's office, when contacted by Reuters, said he could not recall the dinner.");
        assert_eq!(r[0].3, "Powell's office");
        let r = run(
            "Jason Sims \u{2014} a teacher from Mount Pleasant \u{2014} says he voted for Rubio.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he voted for Rubio", "Jason Sims")
        );
        // A plural noun form still needs a source word: "In both states, he won".
        assert!(run("In both states, he won decisively among men and women.").is_empty());
        let r = run(
            "\"We want justice,\" Jones said as she and hundreds of others moved through the city.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We want justice,");
    }

    #[test]
    fn middle_frame_before_and_reports_the_part_before() {
        let r = run(
            "The trade pact reflects the shared will of the region, it noted, and building the zone would help stabilize supply chains.",
        );
        assert_eq!(
            r[0].0,
            "The trade pact reflects the shared will of the region"
        );
    }

    #[test]
    fn said_of_a_topic() {
        let r = run("\u{201c}It is fine,\u{201d} Trump said of waterboarding.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].1, r[0].2.as_str()), ("direct", "said"));
        let r = run(
            "The businessman says of Clinton, \"If she gets the chance, she will sell the office.\"",
        );
        assert_eq!(r[0].3, "The businessman");
        let r = run("The minister said of the plan that it would fail.");
        assert_eq!(r[0].0, "it would fail");
    }

    #[test]
    fn relative_clause_in_the_subject() {
        let r = run("Voters who watched the debate said they were unfazed by the flap.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("they were unfazed by the flap", "Voters")
        );
        let r = run("Democrats in Iowa who watched the debate said they were unfazed.");
        assert_eq!(r[0].3, "Democrats in Iowa");
    }

    #[test]
    fn a_middle_frame_splits_the_statement_in_two() {
        // GUIDELINES.md: 'A, he said, B' gives A (the cue and the mention) and B (a
        // continuation), a subordinate clause included.
        let r = run(
            "But when Congress cut the funding two years later, Mexico said, the deal was quietly abandoned.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str(), r[0].3.as_str()),
            (
                "But when Congress cut the funding two years later",
                "said",
                "Mexico"
            )
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str(), r[1].3.as_str()),
            ("the deal was quietly abandoned", "", "=Mexico")
        );
        // A linking phrase is no first part, and a relative clause after the frame is
        // the writer's.
        let r = run("For example, the manager said, firms must invest in training.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("firms must invest in training", "said")
        );
        let r = run("Faster lines meant more sales, he said, which let shoppers browse longer.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "Faster lines meant more sales");
    }

    #[test]
    fn continued_beside_a_quotation() {
        let r = run("\"Is he really so ignorant of voters?\" Scarborough continued.");
        assert_eq!(r[0].2, "continued");
        assert_eq!(r[0].3, "Scarborough");
        assert!(run("Prices continued to fall in the third quarter of the year.").is_empty());
    }

    #[test]
    fn transcript_labels() {
        let r = run("PENCE: Well, look, Hillary Clinton apparently thinks this is a show.");
        assert_eq!(
            r[0].0,
            "Well, look, Hillary Clinton apparently thinks this is a show"
        );
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), (":", "PENCE"));
        let r = run("Chris Matthews: Well, speculation is bad for everyone.");
        assert_eq!(r[0].3, "Chris Matthews");
        for s in [
            "UPDATE: The road has reopened to traffic in both directions.",
            "Note: The figures were revised on Monday morning.",
            "The Latest: Sanders wins the Minnesota caucuses.",
        ] {
            assert!(run(s).is_empty(), "{s}");
        }
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
    fn according_to() {
        let r = run("According to the center staff, the system was built last year.");
        assert_eq!(r[0].0, "the system was built last year");
        let r = run("The total rose to 319, according to Yonhap news agency.");
        assert_eq!(r[0].0, "The total rose to 319");
        assert_eq!(r[0].3, "Yonhap news agency");
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
