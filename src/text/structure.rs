//! Article structure: paragraphs, title, date, source, dateline and boilerplate.
//!
//! Scraped news carries site navigation, copyright lines, editor credits and photo
//! captions around the story. They are marked here as spans so that later stages never
//! take a quote from them; the text itself is never rewritten, so offsets stay true.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::LEXICON;

/// Why a span is not body text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanKind {
    Title,
    /// Date, source or byline line.
    Metadata,
    Navigation,
    Copyright,
    Editor,
    Caption,
    Dateline,
}

/// A marked span of the text (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkedSpan {
    pub start: usize,
    pub end: usize,
    pub kind: SpanKind,
}

/// The dateline of a wire story ("BEIJING, March 19 (Xinhua) --"), or a newspaper's own
/// ("WASHINGTON —").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    /// The place as written ("BEIJING").
    pub place: String,
    /// Whether a wire service or network is named with it ("(Xinhua)"; the name goes to
    /// the layout's `source`). A wire's dateline and a newspaper's own ("WASHINGTON —")
    /// give the story's country alike (`country::story_country`).
    pub sourced: bool,
}

/// The structure of one article.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Body regions (byte ranges), one or more per paragraph, outside marked spans.
    pub body: Vec<(usize, usize)>,
    /// Marked (non-body) spans.
    pub marked: Vec<MarkedSpan>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub dateline: Option<Dateline>,
}

/// One line of the text without its line terminator.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Line ends found by a vectorized search: a byte-by-byte loop was the costliest part
    // of this stage.
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            // The '\n' of a "\r\n" already taken.
            continue;
        }
        out.push((start, i));
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

static MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").expect("regex"));
static MDY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b({MONTHS}) (\d{{1,2}}), ((?:19|20)\d\d)\b")).expect("regex")
});
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(\d{{1,2}}) ({MONTHS}) ((?:19|20)\d\d)\b")).expect("regex")
});
/// A line's date with a year after a month's name or a day and month in figures (the ISO form
/// is `ISO_DATE`'s).
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b{MONTHS}\b.*|\b\d{{1,2}}/\d{{1,2}}/)(?:19|20)\d\d\b"
    ))
    .expect("regex")
});
/// A dateline's place in capitals, and its state or country after a comma ("TOKYO",
/// "SAN FRANCISCO, Calif.").
const CAPS_PLACE: &str =
    r"[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?";
// The place opens the line or follows a sentence's end, a closing bracket, or the time or
// the run of spaces a header leaves when an article is printed on one line ("... 14:20
// TOKYO, May 2 (Xinhua) --").
// Interfax ends the place with a period: "MOSCOW. March 6 (Interfax) - Russia ...".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[.)\]0-9] | {{2,}})({CAPS_PLACE})[,.] ({MONTHS} \d{{1,2}}) \(([A-Za-z][A-Za-z .]*)\) ?(?:--|—|–|-)\s*"
    ))
    .expect("regex")
});
/// A wire dateline with no date, opening its line: "WASHINGTON (Reuters) -", "NEW YORK (AP)
/// —", "SAN FRANCISCO, Calif. (AP) —".
static UNDATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^({CAPS_PLACE}) \(([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,2}})\) ?(?:--|—|–|-)\s*"
    ))
    .expect("regex")
});
/// The same with the place in ordinary case, as CNN writes it ("Sydney, Australia (CNN) —",
/// "Washington (CNN) -"): only before a news agency's or network's own name, since "Jones
/// (Chairman) -" is no dateline.
/// Indian wire copy writes it with a date and no dash ("New Delhi, Jul 14 (PTI) The
/// government ..."): then a capital or a quotation mark must follow (see
/// [`find_dateline`]).
/// EFE closes the credit with a period ("Madrid, Mar 5 (EFE).- Spain ..."), Antara writes
/// no date ("Jakarta (ANTARA) - The agency ...").
static CASED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^([A-Z][a-z'.\-]+(?: [A-Z][a-z'.\-]+){{0,2}}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)(?:, {MONTHS} \d{{1,2}})? \((CNN|AP|AFP|Reuters|Bloomberg|UPI|CNBC|dpa|Xinhua|BBC|PTI|IANS|UNI|ANI|EFE|ANSA|Kyodo|Yonhap|Bernama|ANTARA|Antara|Interfax|TASS)\)(?:\.? ?(?:--|—|–|-|:)\s*| +)"))
        .expect("regex")
});
/// A press release's dateline: "AUSTIN, Texas, March 10, 2026 /PRNewswire/ --", "TORONTO,
/// March 10, 2026 (GLOBE NEWSWIRE) --", "SAN FRANCISCO--(BUSINESS WIRE)--". The wire is the
/// source; the place is where the company that speaks is.
static PRESS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^({CAPS_PLACE})(?:, {MONTHS} \d{{1,2}}, (?:19|20)\d\d)? ?(?:/|\(|--\()(PR ?Newswire|GLOBE NEWSWIRE|Globe Newswire|BUSINESS WIRE|Business Wire)(?:/|\)) ?(?:--|—|–|-)\s*"
    ))
    .expect("regex")
});
/// A news agency's credit before its dateline, as ANSA writes it: "(ANSA) - ROME, MAR 4 -
/// Twenty-two artefacts ...", with the month in capitals or not; or after it between
/// slashes, as TASS does: "MOSCOW, October 14. /TASS/. Russia and ...". The place is the
/// first group, the source the second.
static AGENCY_FIRST_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\((?P<src>ANSA|EFE|AFP|AP|Reuters|Kyodo|Xinhua)\) ?(?:--|—|–|-) ?(?P<place>{CAPS_PLACE}), (?i:{MONTHS}) \d{{1,2}} ?(?:--|—|–|-)|(?P<place2>{CAPS_PLACE}), {MONTHS} \d{{1,2}}\. /(?P<src2>TASS)/\.)\s+"
    ))
    .expect("regex")
});
/// A news agency's or network's name in parentheses opening the story, with no place: "(CNN)
/// — An Amtrak train ...". The credit is the source's, no part of what is reported.
static AGENCY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^()\((CNN|AP|AFP|Reuters|Bloomberg|UPI|CNBC|dpa|Xinhua|PTI|IANS|ANI)\) ?(?:--|—|–|-)\s*",
    )
    .expect("regex")
});
/// A newspaper's own dateline, a place in capitals and a dash opening the story's first
/// lines: "WASHINGTON — Sen. Marco Rubio ...", "ST. LOUIS, May 4 -- ...", "GOMA, DEMOCRATIC
/// REPUBLIC OF CONGO — ..." (a country of up to five words after the comma), "SAGUENAY,
/// Quebec—The ..." (a long dash may touch the text). No source; up to three words, none a
/// paragraph's label ("UPDATE —", data/label_words.txt), and a capital after the dash.
static PLAIN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){{0,2}}(?:, [A-Z][A-Za-z.]+(?: (?:of|the|OF|THE|[A-Z][A-Za-z.]+)){{0,4}})?)(?:, {MONTHS} \d{{1,2}})? ?(?:(?:--|-) +|[—–―] *)"
    ))
    .expect("regex")
});
/// A dateline with a colon ("NEW DELHI: The government said ...", "New Delhi: The air
/// quality ..."), as South Asian papers print it, in capitals or not; only a known place or
/// capital, as a transcript's label ("WALLACE:", "Matthews:") is written so too.
static COLON_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){0,2}): +").expect("regex")
});
/// A news agency's name alone in parentheses, crediting a photo before a dateline in the
/// same line ("... Nov. 15, 2020. (Xinhua) "Let me be clear, ..."").
static AGENCY_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((?:Xinhua|AFP|Reuters|AP|IC|VCG|CFP)\) ").expect("regex"));
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:Xinhua|Photo|Photos|photo|AFP|Reuters|AP|IC|VCG|CFP|[A-Z][A-Za-z\u{2019}'. ]{1,40})/[^()]{1,60}\)|\[Photo[^\]]{0,60}\]|\b[A-Z][A-Z.\-]+(?: [A-Z][A-Z.\-]+)* ?/ ?(?:CHINA DAILY|XINHUA|AFP|REUTERS|AP|FOR CHINA DAILY|GETTY IMAGES)\b|\b(?:Photo|Photos|Picture|Image) ?(?:by|:|/) ?[A-Z][^.]{0,60}$")
        .expect("regex")
});
/// Whether a line can hold a `PHOTO_CREDIT` match, by what each alternative needs around
/// its '/' or its word: "(" and a credit's letters before a '/' with a ")" after it
/// ("(Xinhua/Li Xin)"); capitals before a '/' and an agency's two capitals after it ("ANNA
/// LEE / CHINA DAILY"); "[Photo"; or "Photo", "Photos", "Picture" or "Image" before "by",
/// ':' or '/' (a space may stand between). Asked first because the regex, with its
/// Unicode `\b`, runs at a few MB/s on long lines with non-ASCII text, and is compiled
/// only once a line needs it; keep the two in step.
fn may_hold_photo_credit(t: &str) -> bool {
    let b = t.as_bytes();
    // One pass for all: a '/', or a 'P' or 'I' that starts one of the words.
    memchr::memchr3_iter(b'/', b'P', b'I', b).any(|i| match b[i] {
        b'/' => parenthesized_credit(b, i) || agency_credit(b, i),
        _ => {
            (i > 0 && b[i - 1] == b'[' && b[i..].starts_with(b"Photo"))
                || ["Photos", "Photo", "Picture", "Image"].iter().any(|w| {
                    b[i..].strip_prefix(w.as_bytes()).is_some_and(|rest| {
                        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
                        rest.starts_with(b"by") || rest.starts_with(b":") || rest.starts_with(b"/")
                    })
                })
        }
    })
}

/// Whether the '/' at `i` can stand in "(Xinhua/Li Xin)": after '(' and a run of letters,
/// spaces, periods and apostrophes (any non-ASCII byte passes, for '\u{2019}'), and before
/// a ')' with no '(' between.
fn parenthesized_credit(b: &[u8], i: usize) -> bool {
    let run = b[..i]
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_alphabetic() || matches!(c, b'\'' | b'.' | b' ') || c >= 0x80)
        .count();
    run > 0
        && i > run
        && b[i - run - 1] == b'('
        && memchr::memchr2(b'(', b')', &b[i + 1..]).is_some_and(|k| k > 0 && b[i + 1 + k] == b')')
}

/// Whether the '/' at `i` can stand in "ANNA LEE / CHINA DAILY": a capital, '.' or '-'
/// before it and two capitals after it (a space may stand on either side).
fn agency_credit(b: &[u8], i: usize) -> bool {
    let before = &b[..i];
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let after = &b[i + 1..];
    let after = after.strip_prefix(b" ").unwrap_or(after);
    before
        .last()
        .is_some_and(|&c| c.is_ascii_uppercase() || c == b'.' || c == b'-')
        && after.len() >= 2
        && after[..2].iter().all(u8::is_ascii_uppercase)
}
static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:text:?\s*\|.*|.*\|\s*print\s*\|?.*|comments?\s*\(\d+\)|most popular.*|most viewed.*|archived content|media partners:?|related (?:news|articles|stories):?|share(?: this)?:?|print|email|e-mail|(?:【\d+】\s*)+|\d{1,3}|next|previous|back to top|follow us.*|tags?:.*|keywords?:.*|read more:?.*|related:.*|see also:.*|also read:.*|advertisement|\(updated\))$")
        .expect("regex")
});
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)copyright|©|all rights reserved|reproduction in whole or in part|without permission is prohibited").expect("regex")
});
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?(?:web |chief |executive )?editors?:|^\(?(?:web editor|editor|edited by|reporter|written by|by)\b[^.]{0,60}\)?$|web editor:")
        .expect("regex")
});
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Source:\s*([^;|]+?)\s*(?:;|\||$)").expect("regex"));
static STAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d\d-\d\d-\d\d)(?: \d\d:\d\d(?::\d\d)?)?\s+([A-Z][A-Za-z.' ]+?)?(?:\s+Web Editor:.*)?$")
        .expect("regex")
});
/// A day's name before a date ("Monday, "), optional.
const DAY_NAME: &str = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?";
/// A date written out: "September 9, 2019", "9 September 2019".
static WRITTEN_DATE: LazyLock<String> = LazyLock::new(|| {
    format!(r"(?:{MONTHS} \d{{1,2}}, (?:19|20)\d\d|\d{{1,2}} {MONTHS} (?:19|20)\d\d)")
});
static DATE_ONLY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{DAY_NAME}(?:{written}|(?:19|20)\d\d-\d\d-\d\d)(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*$",
        written = *WRITTEN_DATE
    ))
    .expect("regex")
});

/// A date that opens a line and runs into its text, as where a page's lines were joined
/// into one ("Monday, September 9, 2019 Robert Mugabe, former president of Zimbabwe, has
/// died"): `DATE_ONLY_LINE` without its end, and the space after it.
static DATE_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{DAY_NAME}{written}\s+",
        written = *WRITTEN_DATE
    ))
    .expect("regex")
});

fn month_number(m: &str) -> u32 {
    let m = m.to_ascii_lowercase();
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| m.starts_with(n))
        .map_or(0, |i| i as u32 + 1)
}

/// Finds a date in a line and writes it as ISO 8601 (YYYY-MM-DD).
pub fn iso_date(s: &str) -> Option<String> {
    if let Some(c) = ISO_DATE.captures(s) {
        return Some(format!("{}-{}-{}", &c[1], &c[2], &c[3]));
    }
    if let Some(c) = MDY_DATE.captures(s) {
        let d: u32 = c[2].parse().ok()?;
        return Some(format!("{}-{:02}-{:02}", &c[3], month_number(&c[1]), d));
    }
    if let Some(c) = DMY_DATE.captures(s) {
        let d: u32 = c[1].parse().ok()?;
        return Some(format!("{}-{:02}-{:02}", &c[3], month_number(&c[2]), d));
    }
    None
}

/// Whether a trimmed line can match `NAVIGATION`. Asked first because the regex, with
/// `.*\|` among its alternatives, reads every line to its end, and is compiled only once a
/// line needs it; keep the two in step. In a line without '|', every alternative opens
/// with a figure, '【' or one of these words, in either case: under `(?i)` the only
/// characters that fold to an ASCII letter of another are 'ſ' (to 's') and the Kelvin sign
/// (to 'k').
fn may_be_navigation(t: &str) -> bool {
    // Those that run on to the line's end first.
    const OPENINGS: [&str; 22] = [
        "comment",
        "most popular",
        "most viewed",
        "follow us",
        "tag",
        "keyword",
        "read more",
        "related:",
        "see also:",
        "also read:",
        "archived content",
        "media partners",
        "related ",
        "share",
        "print",
        "email",
        "e-mail",
        "next",
        "previous",
        "back to top",
        "advertisement",
        "(updated)",
    ];
    if memchr::memchr(b'|', t.as_bytes()).is_some() || t.starts_with('\u{3010}') {
        return true;
    }
    // The line's first characters folded, up to the first that folds to no ASCII.
    let mut head = [0u8; 16];
    let mut n = 0;
    for c in t.chars().take(head.len()) {
        let c = match c {
            '\u{17f}' => 's',
            '\u{212a}' => 'k',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            _ => break,
        };
        head[n] = c as u8;
        n += 1;
    }
    let head = &head[..n];
    // Past 24 bytes only the alternatives that run on to the line's end are left: the
    // others are whole lines of 17 characters at most (and ſ and the Kelvin sign are two
    // and three bytes), or a figure of three.
    if t.len() > 24 {
        return OPENINGS[..10]
            .iter()
            .any(|p| head.starts_with(p.as_bytes()));
    }
    t.starts_with(char::is_numeric) || OPENINGS.iter().any(|p| head.starts_with(p.as_bytes()))
}

/// Whether a line can hold a `DATELINE` match: its source in parentheses, letters, spaces
/// and periods after a day's figure and a space ("2 (Xinhua)"), is followed by a dash,
/// after a space at most ("(Xinhua) --"). Asked first because capturing the regex's
/// groups costs thousands of instructions a line, and the regex is compiled only once a
/// line needs it; keep the two in step.
fn may_hold_dateline(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b')', b).any(|i| {
        let rest = &t[i + 1..];
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        if !rest.starts_with(['-', '\u{2014}', '\u{2013}']) {
            return false;
        }
        let source = b[..i]
            .iter()
            .rev()
            .take_while(|&&c| c.is_ascii_alphabetic() || c == b' ' || c == b'.')
            .count();
        let open = i - source;
        open >= 3
            && source > 0
            && b[open - 1] == b'('
            && b[open].is_ascii_alphabetic()
            && b[open - 2] == b' '
            && t[..open - 2]
                .chars()
                .next_back()
                .is_some_and(char::is_numeric)
    })
}

/// Lines at most this long are asked about EDITOR.
const EDITOR_MAX: usize = 200;

/// Whether EDITOR can match: its unanchored alternatives hold "editor" or "editors" before
/// a colon, and the other opens the line (after a '(') with one of its words and a word
/// boundary. Read on the line folded as `(?i)` folds it: ASCII letters to lowercase, 'ſ' to
/// 's' and the Kelvin sign to 'k', the only characters that fold to an ASCII letter of
/// another; any other character is one byte that matches no letter and may be a boundary.
/// Asked first because the regex is compiled only once a line needs it; keep the two in
/// step.
fn may_be_editor(t: &str) -> bool {
    let mut folded = [0u8; EDITOR_MAX];
    let mut n = 0;
    for c in t.chars() {
        let Some(slot) = folded.get_mut(n) else {
            return true;
        };
        *slot = match c {
            '\u{17f}' => b's',
            '\u{212a}' => b'k',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => 0xFF,
        };
        n += 1;
    }
    let folded = &folded[..n];
    let colon = memchr::memmem::find_iter(folded, b"editor").any(|i| {
        let rest = &folded[i + "editor".len()..];
        rest.strip_prefix(b"s").unwrap_or(rest).starts_with(b":")
    });
    let head = folded.strip_prefix(b"(").unwrap_or(folded);
    // After the anchored alternative's word: a boundary, then up to 60 characters none of
    // them a period, and a ')' at most.
    let credit = |w: &&str| {
        head.strip_prefix(w.as_bytes()).is_some_and(|rest| {
            !rest
                .first()
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
                && rest.len() <= 61
                && !rest.contains(&b'.')
        })
    };
    colon
        || [
            "web editor",
            "editor",
            "edited by",
            "reporter",
            "written by",
            "by",
        ]
        .iter()
        .any(credit)
}

/// Lines at most this long are asked about COPYRIGHT.
const COPYRIGHT_MAX: usize = 300;

/// Whether COPYRIGHT can match a line shorter than `COPYRIGHT_MAX`: it holds '©' or, in
/// ASCII letters of either case, the start of a phrase up to its first 's' (the one letter
/// of theirs that also matches a non-ASCII one, U+017F, under the regex's case folding).
/// Asked first because the regex, case-insensitive and unanchored, cost 2,400
/// instructions a paragraph; keep the two in step.
fn may_be_copyright(t: &str) -> bool {
    static STARTS: LazyLock<[memchr::memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        [
            "copyright",
            "all right",
            "reproduction in whole or in part",
            "without permi",
        ]
        .map(memchr::memmem::Finder::new)
    });
    let bytes = t.as_bytes();
    // '©' is C2 A9 (a search for the byte, not a finder built for each line).
    if memchr::memchr_iter(0xA9, bytes).any(|i| i > 0 && bytes[i - 1] == 0xC2) {
        return true;
    }
    let mut buf = [0u8; COPYRIGHT_MAX];
    let Some(lower) = buf.get_mut(..bytes.len()) else {
        return true;
    };
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    STARTS.iter().any(|f| f.find(lower).is_some())
}

/// How a date line opens: a day's name and a comma, or a month's first three letters.
const DAY_OPENINGS: [&str; 7] = [
    "Monday, ",
    "Tuesday, ",
    "Wednesday, ",
    "Thursday, ",
    "Friday, ",
    "Saturday, ",
    "Sunday, ",
];
const MONTH_OPENINGS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Whether a trimmed line can match `SOURCE_LINE`, `STAMP_LINE` or `DATE_ONLY_LINE`: the
/// first two open with "Source:" or a year, and a date alone is at most 68 bytes long
/// (a day name, a month, figures of up to four bytes each, a time) and opens with a day's
/// name, a month's or a digit. Keep them in step.
fn may_be_metadata(t: &str) -> bool {
    let short =
        t.len() <= 100 || t.starts_with("Source:") || t.starts_with("19") || t.starts_with("20");
    // The regexes' `\d` is any decimal digit, not only ASCII.
    short
        && (t.chars().next().is_some_and(char::is_numeric)
            || t.starts_with("Source:")
            || DAY_OPENINGS
                .iter()
                .chain(&MONTH_OPENINGS)
                .any(|o| t.starts_with(o)))
}

/// Whether a line that `may_be_metadata` lets through can match `DATE_ONLY_LINE`: after a
/// day's name, a figure, or a month's first three letters with the rest of its name or a
/// period, then a space and a figure ("Mark Hughes" is no "Mar 5"). Keep the two in step.
fn may_be_date_alone(t: &str) -> bool {
    let date = |t: &str| {
        t.chars().next().is_some_and(char::is_numeric)
            || MONTH_OPENINGS.iter().any(|m| {
                t.strip_prefix(m).is_some_and(|rest| {
                    let rest =
                        rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
                    rest.strip_prefix(' ')
                        .is_some_and(|r| r.chars().next().is_some_and(char::is_numeric))
                })
            })
    };
    date(t)
        || DAY_OPENINGS
            .iter()
            .find_map(|d| t.strip_prefix(d))
            .is_some_and(date)
}

fn classify_line(line: &str) -> Option<SpanKind> {
    let t = line.trim();
    // Site navigation is a short line; a long one that mentions "| Print" is text (a
    // whole article, or many, on one line).
    if t.len() < 2000 && may_be_navigation(t) && NAVIGATION.is_match(t) {
        return Some(SpanKind::Navigation);
    }
    if t.len() < COPYRIGHT_MAX && may_be_copyright(t) && COPYRIGHT.is_match(t) {
        return Some(SpanKind::Copyright);
    }
    if may_be_metadata(t)
        && (t.starts_with("Source:") && SOURCE_LINE.is_match(t)
            || (t.starts_with("19") || t.starts_with("20")) && STAMP_LINE.is_match(t)
            || may_be_date_alone(t) && DATE_ONLY_LINE.is_match(t))
    {
        return Some(SpanKind::Metadata);
    }
    if time_stamp_only(t) {
        return Some(SpanKind::Metadata);
    }
    // "Reporter Jomana Karadsheh says:" introduces the quotation below it; a credit line
    // never ends in a colon.
    if t.len() < EDITOR_MAX
        && may_be_editor(t)
        && EDITOR.is_match(t)
        && !t.trim_end().ends_with(':')
    {
        return Some(SpanKind::Editor);
    }
    None
}

/// Whether a short line says only when the page was written: "Updated 4:15 PM EST, Tue
/// March 3, 2020", "Published: 10:32 AM, March 3, 2020", "Last modified on Tue 3 Mar 2020
/// 16.15 GMT", "Posted Tue Mar 3 2020 at 4:15pm", "7 p.m.". Every word is a time stamp's
/// (`DATING`, `FILLING`, a month's or a day's name, whole or cut short), a figure, or a
/// figure run into "pm" or "th"; and a figure stands with a clock's "am"/"pm", a time zone
/// or a word that says the page was posted (`DATING`). (A date alone, "Friday, June 10, 2016.", is
/// left to `DATE_ONLY_LINE`: at an article's end it dates a correction, not the article.)
/// Such a line read as text made "Tue March" a name and "Published" a speaker.
fn time_stamp_only(t: &str) -> bool {
    use crate::lexicon::grammar::{DAYS, MONTHS};
    // Words that date a line as a page's time stamp: a clock's, a time zone, a posting's.
    const DATING: [&str; 26] = [
        "am",
        "pm",
        "m",
        "gmt",
        "utc",
        "bst",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "et",
        "pt",
        "cet",
        "cest",
        "ist",
        "jst",
        "ago",
        "updated",
        "published",
        "posted",
        "modified",
        "created",
    ];
    // Words a time stamp may hold besides ("Last modified on ... at", "2 hours ago", "p.m.").
    const FILLING: [&str; 12] = [
        "last", "first", "on", "at", "hour", "hours", "minute", "minutes", "min", "mins", "a", "p",
    ];
    const DAYS_CUT_SHORT: [&str; 11] = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "sept",
    ];
    if t.len() > 100 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let (mut dated, mut figure) = (false, false);
    for w in t
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let letters = w.trim_start_matches(|c: char| c.is_ascii_digit());
        let lower = letters.to_ascii_lowercase();
        let lower = lower.as_str();
        if letters.len() < w.len() {
            // A figure, alone or run into a clock's or an ordinal's letters ("4:15pm", "3rd").
            figure = true;
            match lower {
                "" | "th" | "st" | "nd" | "rd" => {}
                "am" | "pm" | "h" => dated = true,
                _ => return false,
            }
        } else if MONTHS.contains(&lower)
            || DAYS.contains(&lower)
            || DAYS_CUT_SHORT.contains(&lower)
            || lower.len() == 3 && MONTHS.iter().any(|m| m.starts_with(lower))
        {
            continue;
        } else if DATING.contains(&lower) {
            dated = true;
        } else if !FILLING.contains(&lower) {
            return false;
        }
    }
    figure && dated
}

/// Whether a line looks like a headline rather than body text.
fn looks_like_title(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    // Headline case ("Clinton Speaks 'Directly To White People' After Shooting.") marks a
    // title even when it ends with a period.
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let capitalized = long
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase)
        })
        .count();
    if (3..=30).contains(&words) && long.len() >= 3 && capitalized * 10 >= long.len() * 8 {
        return true;
    }
    (1..=30).contains(&words) && !t.ends_with(['.', ':', ';', ','])
        || (words <= 20 && !t.ends_with('.'))
}

/// The largest char boundary of `s` at or below `i`.
/// The char boundary at or before byte `i` of `s` (its length when past the end).
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where a credit that ends the line `t` may stand: its last [`CREDIT_TAIL`] bytes, from
/// a word's start. The credit regex with its Unicode `\b` runs at a few MB/s, and a
/// flattened page is one line of megabytes.
fn credit_tail(t: &str) -> &str {
    if t.len() <= CREDIT_TAIL {
        return t;
    }
    let mut cut = t.len() - CREDIT_TAIL;
    while !t.is_char_boundary(cut) {
        cut += 1;
    }
    match t[cut..].find(' ') {
        Some(i) => &t[cut + i + 1..],
        None => &t[cut..],
    }
}

/// The longest tail of a line asked for a credit: the longest caption of the corpora that
/// ends in one is 1,503 bytes.
const CREDIT_TAIL: usize = 2000;

/// Analyses the structure of an article.
pub fn analyse(text: &str) -> Layout {
    let mut layout = Layout::default();
    let body_lines = classify_lines(text, &mut layout);
    // Within body lines: a caption running into the story ("... (Xinhua/Li Xin) BEIJING, ...")
    // and the dateline.
    for (n, &(s, e)) in body_lines.iter().enumerate() {
        let mut start = s;
        if n < 4 {
            start = dateline_in(text, s, e, &mut layout);
        }
        if n == 0 && start == s {
            start = running_in_caption(text, s, e, &mut layout);
        }
        if n == 0 && start == s {
            start = date_run_in(text, s, e, &mut layout);
        }
        if start < e {
            layout.body.push((start, e));
        }
    }
    if hard_wrapped(text, &layout.body) {
        layout.body = join_wrapped_lines(text, &layout.body);
    }
    layout.marked.sort_by_key(|m| m.start);
    layout
}

/// Whether the line `t` at byte `s` is a link's headline in a list after a label line that
/// ended at byte `end`: on the next line (no blank line between), short, and with no
/// sentence's closing punctuation.
fn link_headline_after(text: &str, end: usize, s: usize, t: &str) -> bool {
    text[end..s].matches('\n').count() <= 1
        && t.split_whitespace().count() <= 16
        && !t.ends_with(['.', '!', '"', '\u{201d}', ':'])
}

/// Marks the lines that are not body text (navigation, copyright, metadata, credits,
/// captions printed twice, the title, lines ending in a photo credit), filling in the date
/// and source they give, and returns the body lines.
fn classify_lines(text: &str, layout: &mut Layout) -> Vec<(usize, usize)> {
    let nonempty: Vec<(usize, usize)> = lines(text)
        .into_iter()
        .filter(|&(s, e)| !text[s..e].trim().is_empty())
        .collect();
    let mut title_done = false;
    let mut body_lines = Vec::new();
    // Where a "Read more:" label line alone ended, while the headlines of its links follow
    // it line by line.
    let mut links_from: Option<usize> = None;
    for (k, &(s, e)) in nonempty.iter().enumerate() {
        let line = &text[s..e];
        let t = line.trim();
        let mark = |layout: &mut Layout, kind| {
            layout.marked.push(MarkedSpan {
                start: s,
                end: e,
                kind,
            })
        };
        if let Some(kind) = classify_line(line) {
            if kind == SpanKind::Metadata || kind == SpanKind::Editor {
                metadata_of(t, layout);
            }
            links_from = (kind == SpanKind::Navigation && t.ends_with(':')).then_some(e);
            mark(layout, kind);
            continue;
        }
        // ("Read more:", then "Houthis vow to step up attacks on shipping" on the next line:
        // the headline of a link, which reports nothing of this story.)
        if let Some(end) = links_from.filter(|&end| link_headline_after(text, end, s, t)) {
            links_from = Some(end.max(e));
            mark(layout, SpanKind::Navigation);
            continue;
        }
        links_from = None;
        if opens_as_caption(t) {
            mark(layout, SpanKind::Caption);
            continue;
        }
        if printed_twice(text, &nonempty, k, t) {
            mark(layout, SpanKind::Caption);
            continue;
        }
        if let Some(kind) = head_line(text, &nonempty, k, &mut title_done, layout) {
            mark(layout, kind);
            continue;
        }
        // A line that ends in a photo credit is a caption.
        if ends_in_photo_credit(t) {
            mark(layout, SpanKind::Caption);
            continue;
        }
        body_lines.push((s, e));
    }
    body_lines
}

/// What the `k`th of the `nonempty` lines is when it belongs to the story's head: the title
/// (kept in `layout`), a deck under it, or a byline of a name over a post or a date. Past
/// the title, `title_done` is set.
fn head_line(
    text: &str,
    nonempty: &[(usize, usize)],
    k: usize,
    title_done: &mut bool,
    layout: &mut Layout,
) -> Option<SpanKind> {
    let (s, e) = nonempty[k];
    let line = &text[s..e];
    let t = line.trim();
    let byline_at = |j: usize| byline_opens(text, nonempty, j);
    // (A headline of two sentences, "... no tax cut. GOP leaders say not so fast.", ends
    // with a period; a byline after it says it is one.)
    if !*title_done
        && nonempty.len() > 1
        && (looks_like_title(line)
            || k == 0 && t.split_whitespace().count() <= 30 && (1..=2).any(byline_at))
    {
        *title_done = true;
        layout.title = Some(t.to_string());
        return Some(SpanKind::Title);
    }
    // A deck between the title and the byline ("Canada is America's closest trading
    // partner. Right now, ...", then "By Margaret Ellery") is the headline's, no body:
    // one line, or two before a byline of a name and a date.
    if (k == 1 || k == 2 && !byline_at(2)) && layout.title.is_some() && (k + 1..=3).any(byline_at) {
        return Some(SpanKind::Title);
    }
    *title_done = true;
    // A byline of a name over a writer's post or a date ("Orla Gaffney", then "Housing
    // Correspondent") is the writer's: no body, and no one the story names.
    let line_at = |j: usize| nonempty.get(j).map(|&(a, b)| text[a..b].trim());
    if k <= 4
        && (name_line(t) && line_at(k + 1).is_some_and(|l| date_line(l) || role_line(l))
            || role_line(t) && k > 0 && line_at(k - 1).is_some_and(name_line))
    {
        return Some(SpanKind::Metadata);
    }
    None
}

/// Whether the `k`th of the `nonempty` lines, trimmed `t`, is a caption printed twice: both
/// copies are marked.
fn printed_twice(text: &str, nonempty: &[(usize, usize)], k: usize, t: &str) -> bool {
    let dup = |j: usize| {
        nonempty
            .get(j)
            .is_some_and(|&(a, b)| text[a..b].trim() == t)
    };
    (k > 0 && dup(k - 1)) || dup(k + 1)
}

/// Whether the `j`th of the `nonempty` lines opens a byline: a byline's line, or a name's
/// line before a date's or a role's.
fn byline_opens(text: &str, nonempty: &[(usize, usize)], j: usize) -> bool {
    let line_at = |j: usize| nonempty.get(j).map(|&(a, b)| text[a..b].trim());
    line_at(j).is_some_and(|l| byline(l) || name_and_date_line(l))
        || line_at(j).is_some_and(name_line)
            && line_at(j + 1).is_some_and(|l| date_line(l) || role_line(l))
}

/// Whether the trimmed line `t` ends in a photo credit.
fn ends_in_photo_credit(t: &str) -> bool {
    let tail = credit_tail(t);
    may_hold_photo_credit(tail)
        && PHOTO_CREDIT
            .find(tail)
            .is_some_and(|m| m.end() + 2 >= tail.len())
}

/// Whether a line is a byline: "By Margaret Ellery", "By Ananya Mehrotra, New Delhi", "BY
/// LUCÍA FERREYRA", "by Rohit Menon".
fn byline(t: &str) -> bool {
    t.len() < 80
        && t.strip_prefix("By ")
            .or_else(|| t.strip_prefix("BY "))
            .or_else(|| t.strip_prefix("by "))
            .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()))
}

/// Whether a line is a name, its outlet and its date run together with separators
/// ("Marisa Tremblay · CBC News · Posted: Nov 13, 2025 5:00 AM MST", "Ana Ruiz | May 3, 2025").
fn name_and_date_line(t: &str) -> bool {
    t.len() < 120
        && t.split_once(['\u{b7}', '|'])
            .is_some_and(|(name, rest)| name_line(name.trim()) && date_line_in(rest))
}

/// Whether a short line names a writer's beat or post, under the name of a byline
/// ("Markets writer", "Political Correspondent"): two or three words, no sentence.
fn role_line(t: &str) -> bool {
    t.len() < 40
        && (2..=3).contains(&t.split_whitespace().count())
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', '!', '?', ':'])
        && t.split_whitespace()
            .last()
            .is_some_and(|w| WRITERS_POSTS.contains(&w.to_lowercase().as_str()))
}

/// The last words of a writer's post in a byline ("Markets writer", "Africa correspondent").
const WRITERS_POSTS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "journalist",
];

/// Whether a line is a name alone, as a byline without "By" prints it above its date
/// ("Denise Lau", then "Published: 7:45pm, 18 Mar 2025"): two to four capitalized words.
fn name_line(t: &str) -> bool {
    // (The length first: the lines asked are mostly paragraphs.)
    t.len() < 40
        && (2..=4).contains(&t.split_whitespace().count())
        && t.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        })
}

/// Whether a short line is a date, with its year ("18 Jun 2025", "03/14/2025", "Published:
/// 7:45pm, 18 Mar 2025", "4 Sep, 2025 05:00 AM").
fn date_line(t: &str) -> bool {
    t.len() < 60 && date_line_in(t)
}

/// Whether a text holds a date with its year, as a date line does.
fn date_line_in(t: &str) -> bool {
    DATE_LINE.is_match(t) || ISO_DATE.is_match(t)
}

/// A line that a page labels as a caption or a picture's credit ("Image caption, The
/// minister said ...", "Media caption, ...", "Image source, Getty Images", "Photo: ..."):
/// a caption reports nothing, even when its words are a statement.
fn opens_as_caption(t: &str) -> bool {
    const LABELS: [&str; 7] = [
        "Image caption",
        "Media caption",
        "Image source",
        "Caption:",
        "Photo:",
        "Picture:",
        "Image:",
    ];
    t.len() < 500 && LABELS.iter().any(|l| t.starts_with(l))
}

/// The date and source a metadata or credit line gives, where the layout has none yet.
fn metadata_of(t: &str, layout: &mut Layout) {
    if layout.date.is_none() {
        layout.date = iso_date(t);
    }
    if layout.source.is_none() {
        if let Some(c) = SOURCE_LINE.captures(t) {
            layout.source = Some(c[1].trim().to_string());
        } else if let Some(src) = STAMP_LINE.captures(t).and_then(|c| c.get(2)) {
            layout.source = Some(src.as_str().trim().to_string());
        }
    }
}

/// Marks a dateline in the body line `text[s..e]` ("TOKYO, April 2 (Xinhua) --") and
/// what stands before it in the line (a caption or a header); the first dateline also
/// fills the layout's dateline and source. Returns where the body text starts.
fn dateline_in(text: &str, s: usize, e: usize, layout: &mut Layout) -> usize {
    let line = &text[s..e];
    let Some((whole, place, source)) = find_dateline(line)
        .or_else(|| find_plain_dateline(line).map(|(whole, place)| (whole, place, "")))
    else {
        return s;
    };
    if layout.dateline.is_none() {
        if layout.source.is_none() && !source.is_empty() {
            layout.source = Some(source.trim().to_string());
        }
        layout.dateline = Some(Dateline {
            start: s + place.start,
            end: s + whole.end,
            place: line[place.clone()].to_string(),
            sourced: !source.is_empty(),
        });
    }
    let credit = PHOTO_CREDIT
        .find(&line[..place.start])
        .or_else(|| AGENCY_CREDIT.find_iter(&line[..place.start]).last());
    if let Some(m) = credit {
        layout.marked.push(MarkedSpan {
            start: s,
            end: s + m.end(),
            kind: SpanKind::Caption,
        });
        lead_paragraphs(s + m.end(), &line[m.end()..place.start], layout);
    } else if place.start > 0 {
        // text before a dateline in the same line is a caption or a header
        layout.marked.push(MarkedSpan {
            start: s,
            end: s + place.start,
            kind: SpanKind::Caption,
        });
    }
    layout.marked.push(MarkedSpan {
        start: s + place.start,
        end: s + whole.end,
        kind: SpanKind::Dateline,
    });
    s + whole.end
}

/// What stands between a photo's credit and the dateline (`lead`, from byte `at`): the
/// story's lead, a pull quote ('"Let me be clear, ..." says Andrew Cuomo.') or highlights
/// ("-- Xi said ... -- The ultimate goal ..."), which the guidelines count even where the
/// body repeats them. Each highlight is a paragraph of its own.
fn lead_paragraphs(at: usize, lead: &str, layout: &mut Layout) {
    const BULLET: &str = "-- ";
    let mut start = at;
    for part in lead.split(BULLET) {
        let words = part.trim();
        if words.split_whitespace().count() >= 3 {
            let first = start + (part.len() - part.trim_start().len());
            layout.body.push((first, first + words.len()));
        }
        start += part.len() + BULLET.len();
    }
}

/// The dateline in a line: its whole match and its place (byte ranges in the line) and its
/// source. A dated one may stand after a caption or header in the line; one with no date
/// must open it.
fn find_dateline(line: &str) -> Option<(Range<usize>, Range<usize>, &str)> {
    let c = if may_hold_dateline(line) {
        DATELINE.captures(line).map(|c| (c, 3))
    } else {
        None
    };
    // The undated forms, each asked only of a line that can hold it (the source is their
    // second group).
    let capital = line.starts_with(|c: char| c.is_ascii_uppercase());
    let undated = || {
        (capital && line.contains('('))
            .then(|| {
                UNDATED_DATELINE
                    .captures(line)
                    .or_else(|| CASED_DATELINE.captures(line))
            })
            .flatten()
    };
    let press = || {
        (capital && line.contains(['/', '(']))
            .then(|| PRESS_DATELINE.captures(line))
            .flatten()
    };
    let agency = || {
        line.starts_with('(')
            .then(|| AGENCY_OPENING.captures(line))
            .flatten()
    };
    if let Some(found) = agency_first(line) {
        return Some(found);
    }
    let (c, source) = c.or_else(|| undated().or_else(press).or_else(agency).map(|c| (c, 2)))?;
    let whole = c.get(0)?.range();
    let place = c.get(1)?.range();
    // ("SAN FRANCISCO--(BUSINESS WIRE)--": the dashes are no part of the place.)
    let place = place.start..place.start + line[place].trim_end_matches('-').len();
    // (With no dash after the source, the story must open right after it.)
    let dashless = line[..whole.end].trim_end().ends_with(')');
    if dashless
        && !line[whole.end..].starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201C}')
    {
        return None;
    }
    Some((whole, place, c.get(source)?.as_str()))
}

/// A dateline after its agency's credit, or with the credit between slashes
/// ([`AGENCY_FIRST_DATELINE`]): its whole match, its place and its source.
fn agency_first(line: &str) -> Option<(Range<usize>, Range<usize>, &str)> {
    if !(line.starts_with('(') || line.contains("/TASS/")) {
        return None;
    }
    let c = AGENCY_FIRST_DATELINE.captures(line)?;
    let place = c.name("place").or_else(|| c.name("place2"))?;
    let source = c.name("src").or_else(|| c.name("src2"))?;
    Some((c.get(0)?.range(), place.range(), source.as_str()))
}

/// A newspaper's dateline with no source opening a line ([`PLAIN_DATELINE`]): its whole
/// match and its place.
fn find_plain_dateline(line: &str) -> Option<(Range<usize>, Range<usize>)> {
    let b = line.as_bytes();
    if !(b.len() > 4 && b[0].is_ascii_uppercase()) {
        return None;
    }
    let capitals = b[1].is_ascii_uppercase();
    let Some(c) = PLAIN_DATELINE.captures(line).filter(|_| capitals) else {
        let c = COLON_DATELINE.captures(line)?;
        let (whole, place) = (c.get(0)?.range(), c.get(1)?);
        let capital_next = line[whole.end..].starts_with(|c: char| c.is_uppercase());
        let known = || LEXICON.names_a_place(&place.as_str().to_lowercase());
        return (capital_next && known()).then(|| (whole, place.range()));
    };
    let whole = c.get(0)?.range();
    let place = c.get(1)?;
    let labelled = place
        .as_str()
        .split([' ', ','])
        .any(|w| LEXICON.label_words.contains(&*w.to_lowercase()));
    let capital_next =
        line[whole.end..].starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201C}');
    let letters = place
        .as_str()
        .bytes()
        .filter(u8::is_ascii_uppercase)
        .count();
    (!labelled && capital_next && letters >= 3).then(|| (whole, place.range()))
}

/// A caption running into the first paragraph: "A boat sails ... (People's Daily
/// Online/Zhou Daoxian) Nanchang-Shenzhen ... is ...". Marks it and returns where the
/// body text starts.
fn running_in_caption(text: &str, s: usize, e: usize, layout: &mut Layout) -> usize {
    let line = &text[s..e];
    let head = &line[..floor_boundary(line, 700)];
    if may_hold_photo_credit(head)
        && let Some(m) = PHOTO_CREDIT.find(head)
        && m.end() < line.len()
    {
        layout.marked.push(MarkedSpan {
            start: s,
            end: s + m.end(),
            kind: SpanKind::Caption,
        });
        return s + m.end();
    }
    s
}

/// A date opening the first body line and running into a sentence that starts with a
/// capital: marked as metadata (filling in the layout's date), and the body starts after.
fn date_run_in(text: &str, s: usize, e: usize, layout: &mut Layout) -> usize {
    let line = &text[s..e];
    let t = line.trim_start();
    if !may_be_date_alone(t) {
        return s;
    }
    let lead = line.len() - t.len();
    let Some(m) = DATE_RUN_IN.find(t) else {
        return s;
    };
    if !t[m.end()..].starts_with(|c: char| c.is_uppercase()) {
        return s;
    }
    if layout.date.is_none() {
        layout.date = iso_date(m.as_str());
    }
    layout.marked.push(MarkedSpan {
        start: s + lead,
        end: s + lead + m.as_str().trim_end().len(),
        kind: SpanKind::Metadata,
    });
    s + lead + m.end()
}

/// Whether the body is hard-wrapped (lines broken inside sentences, paragraphs separated by
/// blank lines): most lines that run on into the next line stop mid-sentence.
fn hard_wrapped(text: &str, body: &[(usize, usize)]) -> bool {
    let run_on: Vec<&(usize, usize)> = body
        .windows(2)
        .filter(|w| single_newline_between(text, w[0].1, w[1].0))
        .map(|w| &w[0])
        .collect();
    let mid_sentence = run_on
        .iter()
        .filter(|&&&(s, e)| {
            !text[s..e].trim_end().ends_with([
                '.', '!', '?', ':', '"', '\u{201D}', '\u{2019}', ')', ']', '\u{2026}',
                // ("... suffering and delight.'' ": two apostrophes close a quotation.)
                '\'',
            ])
        })
        .count();
    body.len() >= 4 && run_on.len() * 2 >= body.len() && mid_sentence * 2 >= run_on.len()
}

fn single_newline_between(text: &str, end: usize, next: usize) -> bool {
    let gap = &text[end..next];
    gap.matches('\n').count() == 1 && gap.trim().is_empty()
}

/// Joins consecutive body lines of a hard-wrapped text into paragraphs.
fn join_wrapped_lines(text: &str, body: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in body {
        match out.last_mut() {
            Some(last) if single_newline_between(text, last.1, s) => last.1 = e,
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `lines` as first written, a byte at a time: the reference for the vectorized search.
    fn lines_by_byte(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'\n' || bytes[i] == b'\r' {
                out.push((start, i));
                if bytes[i] == b'\r' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    i += 1;
                }
                start = i + 1;
            }
            i += 1;
        }
        if start < text.len() {
            out.push((start, text.len()));
        }
        out
    }

    #[test]
    fn lines_split_at_every_kind_of_line_end() {
        for text in [
            "",
            "a",
            "\n",
            "\r",
            "\r\n",
            "\n\r",
            "\r\r\n\n",
            "a\r\nb\rc\nd",
            "a\n\n\nb\r\n",
            "\u{e9}t\u{e9}\r\n\r\nfin\r",
            WIRE,
        ] {
            assert_eq!(lines(text), lines_by_byte(text), "{text:?}");
        }
    }

    const WIRE: &str = "Text: | Print|\n\nNeighbours open talks\n\n2016-04-02 10:15 Xinhua Web Editor: Zhang San\n1\nA minister waves. ANNA LEE / CHINA DAILY\n\nA minister waves. ANNA LEE / CHINA DAILY\n\nTOKYO, April 2 (Xinhua) -- Officials met on Saturday.\n\nComments (0)\nMost popular in 24h\nCopyright \u{a9}1999-2018 Example.com. All rights reserved.\n";

    /// Lines made to match the regexes (and some made to test the guards' folding).
    const MADE_TO_MATCH: &[&str] = &[
        "Comments (1234567890123456789012345)",
        "MOST POPULAR stories of the week and more",
        "Most Viewed: everything you wanted to know",
        "Follow us on every network we could think of",
        "Tags: politics, economy, trade, diplomacy",
        "Keywords: politics, economy, trade, diplomacy",
        "Read more: the story of the year in pictures",
        "Related: EU says migrant deal with Turkey is working",
        "See also: Minister warns of cuts",
        "Also read: Why the talks failed",
        "Related articles:",
        "text: | Print | E-mail | long enough to pass",
        "Wednesday, September 30, 2020 12:00:00",
        "Source: Xinhua; an unusually long source line",
        "2016-04-02 10:15 Xinhua Web Editor: Zhang San",
        "\u{661}\u{662} September 2020 and more",
        "TOKYO, April 2 (Xinhua) -- Officials met.",
        "BEIJING, Sept. 30 (Xinhua)--Officials met.",
        "Caption. (Xinhua/Li Xin) WASHINGTON, D.C., Jan. 5 (AP) \u{2014} Officials met.",
        "GENEVA, Switzerland, May 1 (Reuters) \u{2013}Officials met.",
        "(Web editor: Li Hua)",
        "EXECUTIVE EDITOR: Li Hua",
        "Chief editors: Li Hua",
        "By Li Hua",
        "(Edited by Li Hua)",
        "Written by Li Hua",
        "reporter Li Hua",
        "Pictures by the \u{e9}diteur: PhotoImage/x",
        "COPYRIGHT 2020",
        "\u{a9} Example",
        "All Rights Re\u{17f}erved.",
        "ALL RIGHTS RESERVED",
        "Reproduction In Whole Or In Part",
        "Used WITHOUT PERMI\u{17f}\u{17f}ION IS PROHIBITED",
        "Mo\u{17f}t viewed: the week in \u{a3} and \u{20ac}",
        "\u{212a}eywords: trade",
        "\u{3010}1\u{3011}\u{3010}2\u{3011}",
        "(Web editor\u{17f}: Li Hua)",
        "by \u{e9}ditions Gallimard",
        "Photos by Anna Berg",
        "Crowd (AFP/Getty Images)",
        "A view (Li\u{2019}s Photo/Li Xin) of the port",
        "March 3, 2020",
        "Sept. 30, 2020 09:18",
        "Tuesday, 3 March 2020",
    ];

    /// The cheap questions asked before the slow regexes never turn away a line that one
    /// of them matches: every line of the fixtures and samples, and lines made to match.
    #[test]
    fn guards_never_turn_away_a_match() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut lines: Vec<String> = Vec::new();
        for dir in ["tests/fixtures/articles", "data/samples"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                if let Ok(t) = std::fs::read_to_string(entry.unwrap().path()) {
                    lines.extend(t.lines().map(|l| l.trim().to_string()));
                }
            }
        }
        let filler = "x".repeat(90);
        for l in MADE_TO_MATCH {
            lines.push(l.to_string());
            lines.push(format!("{l} {filler}"));
        }
        for t in &lines {
            if NAVIGATION.is_match(t) {
                assert!(may_be_navigation(t), "{t}");
            }
            if SOURCE_LINE.is_match(t) || STAMP_LINE.is_match(t) || DATE_ONLY_LINE.is_match(t) {
                assert!(may_be_metadata(t), "{t}");
            }
            if SOURCE_LINE.is_match(t) {
                assert!(t.starts_with("Source:"), "{t}");
            }
            if STAMP_LINE.is_match(t) {
                assert!(t.starts_with("19") || t.starts_with("20"), "{t}");
            }
            if DATE_ONLY_LINE.is_match(t) {
                assert!(may_be_date_alone(t), "{t}");
            }
            if PHOTO_CREDIT.is_match(t) {
                assert!(may_hold_photo_credit(t), "{t}");
            }
            if EDITOR.is_match(t) {
                assert!(may_be_editor(t), "{t}");
            }
            if t.len() < COPYRIGHT_MAX && COPYRIGHT.is_match(t) {
                assert!(may_be_copyright(t), "{t}");
            }
            if DATELINE.is_match(t) {
                assert!(may_hold_dateline(t), "{t}");
            }
        }
        assert!(lines.iter().filter(|t| DATELINE.is_match(t)).count() >= 8);
        assert!(lines.iter().filter(|t| EDITOR.is_match(t)).count() >= 7);
        assert!(lines.iter().filter(|t| COPYRIGHT.is_match(t)).count() >= 12);
    }

    /// The headlines listed line by line under a "Read more:" label are its links; the
    /// paragraph after the blank line is the story again.
    #[test]
    fn headlines_listed_under_read_more_are_links() {
        let t = "Navy shoots down drones\n\nA destroyer shot down drones, the ministry said.\n\nRead more:\nHouthis vow to step up attacks on shipping\nHow the crisis is hitting your shopping\n\nData shows traffic remains low.\n";
        let l = analyse(t);
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            body,
            [
                "A destroyer shot down drones, the ministry said.",
                "Data shows traffic remains low."
            ]
        );
    }

    #[test]
    fn a_teaser_link_to_another_story_is_navigation() {
        // Its headline reports nothing of this story ("Related: EU says ... is working").
        for t in [
            "Related: EU says migrant deal with Turkey is working",
            "See also: Minister warns of cuts",
            "ALSO READ: Why the talks failed",
        ] {
            assert_eq!(classify_line(t), Some(SpanKind::Navigation), "{t}");
        }
        // A sentence that opens with the word is text.
        assert_eq!(classify_line("Related talks will resume, she said."), None);
    }

    #[test]
    fn a_line_that_introduces_a_quotation_is_no_credit() {
        assert_eq!(classify_line("Reporter: Li Hua"), Some(SpanKind::Editor));
        assert_eq!(classify_line("Reporter Li Hua"), Some(SpanKind::Editor));
        assert_eq!(classify_line("Reporter Jomana Karadsheh says:"), None);
    }

    #[test]
    fn wire_page_structure() {
        let l = analyse(WIRE);
        assert_eq!(l.title.as_deref(), Some("Neighbours open talks"));
        assert_eq!(l.date.as_deref(), Some("2016-04-02"));
        assert_eq!(l.source.as_deref(), Some("Xinhua"));
        assert_eq!(l.dateline.as_ref().map(|d| d.place.as_str()), Some("TOKYO"));
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &WIRE[s..e]).collect();
        assert_eq!(body, ["Officials met on Saturday."]);
    }

    #[test]
    fn header_run_into_one_line_story() {
        // An article printed on one line: title, source, time and dateline run together.
        for t in [
            "Ferry service resumes  Source: Xinhua; May 2, 2021 14:20  TOKYO, May 2 (Xinhua) -- Ferries sailed again.",
            "Ferry service resumes Source: Xinhua; May 2, 2021 14:20 TOKYO, May 2 (Xinhua) -- Ferries sailed again.",
        ] {
            let l = analyse(t);
            assert_eq!(l.dateline.as_ref().map(|d| d.place.as_str()), Some("TOKYO"));
            let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
            assert_eq!(body, ["Ferries sailed again."]);
        }
    }

    #[test]
    fn source_line_and_inline_caption() {
        let t = "Title here\n\nSource: Xinhua; November 8, 2020 09:18\n\nA train runs in Sichuan. (Xinhua/Li Xin) BEIJING, Nov. 8 (Xinhua) -- Xi said so.\n";
        let l = analyse(t);
        assert_eq!(l.date.as_deref(), Some("2020-11-08"));
        assert_eq!(l.source.as_deref(), Some("Xinhua"));
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(body, ["Xi said so."]);
    }

    #[test]
    fn a_pull_quote_or_highlights_between_the_credit_and_the_dateline_are_body() {
        let t = "Title here\n\nA crowd in Tarn, March 2. (Xinhua) \"We will win,\" says Ada Quist. TARN, March 2 (Xinhua) -- Quist spoke.\n";
        let l = analyse(t);
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(body, ["\"We will win,\" says Ada Quist.", "Quist spoke."]);
        let t = "Title here\n\nA train. (Xinhua/Li Xin) -- Xi said rules matter. -- The goal is the people. BEIJING, Nov. 8 (Xinhua) -- Xi spoke.\n";
        let l = analyse(t);
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            body,
            [
                "Xi said rules matter.",
                "The goal is the people.",
                "Xi spoke."
            ]
        );
    }

    #[test]
    fn wikinews_date_line() {
        let t = "Something happened\n\nFriday, January 4, 2019 \n\nA body line.\n";
        let l = analyse(t);
        assert_eq!(l.date.as_deref(), Some("2019-01-04"));
        assert_eq!(l.body.len(), 1);
    }

    #[test]
    fn a_page_s_time_stamp_is_metadata() {
        for stamp in [
            "Updated 4:15 PM EST, Tue March 3, 2020",
            "Published: 10:32 AM, March 3, 2020",
            "Last modified on Tue 3 Mar 2020 16.15 GMT",
            "Posted Tue Mar 3 2020 at 4:15pm",
            "Wed, Mar 4, 2020, 9:12 AM",
            "March 3, 2020 / 4:15 PM / Updated 2 hours ago",
            "7 p.m.",
            "1400 GMT",
        ] {
            let t = format!("A headline\n\n{stamp}\n\nEd Lane said so.\n");
            let l = analyse(&t);
            let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
            assert_eq!(body, ["Ed Lane said so."], "{stamp}");
        }
        let l = analyse("A headline\n\nUpdated 4:15 PM EST, Tue March 3, 2020\n\nIt rained.\n");
        assert_eq!(l.date.as_deref(), Some("2020-03-03"));
        // Text, or a date with no clock or posting word, is not a time stamp.
        for line in [
            "Updated figures were published on Monday.",
            "Posted 12 goals in March.",
            "Friday, June 10, 2016.",
            "At 4 pm on Monday the council met.",
            "Mon 3 Mar",
        ] {
            assert!(!time_stamp_only(line), "{line}");
        }
    }

    #[test]
    fn a_line_that_ends_in_a_photo_credit_is_a_caption_however_long() {
        let caption = "A boat sails on the lake in spring. ".repeat(60) + "(Xinhua/Li Xin)";
        assert!(caption.len() > CREDIT_TAIL);
        let t = format!("A headline\n\n{caption}\n\nEd Lane said so.\n");
        let l = analyse(&t);
        let body: Vec<&str> = l.body.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(body, ["Ed Lane said so."]);
        // Only the line's end is searched, from a word's start (or a character's, in text
        // without spaces).
        let tail = credit_tail(&caption);
        assert!(caption.ends_with(tail) && tail.len() <= CREDIT_TAIL);
        assert!(tail.starts_with("A boat"));
        let unspaced = "\u{6c34}".repeat(1000);
        assert_eq!(credit_tail(&unspaced).len(), CREDIT_TAIL - CREDIT_TAIL % 3);
        assert_eq!(
            credit_tail("Short (Xinhua/Li Xin)"),
            "Short (Xinhua/Li Xin)"
        );
    }

    #[test]
    fn lines_a_page_labels_as_captions() {
        let t = "A headline\n\nImage source, Getty Images\n\nImage caption, Ed Lane said it was \
                 wrong\n\nMedia caption, Watch: the storm\n\nPhoto: A boat\n\nEd Lane said so.\n";
        let l = analyse(t);
        assert_eq!(l.body.len(), 1);
        assert_eq!(&t[l.body[0].0..l.body[0].1], "Ed Lane said so.");
        // Not a sentence that merely starts with the word.
        let l = analyse("A headline\n\nImages of the storm were shared.\n\nIt rained.\n");
        assert_eq!(l.body.len(), 2);
    }

    #[test]
    fn wire_datelines_without_a_date() {
        for (t, place, source) in [
            (
                "WASHINGTON (Reuters) - The Fed held rates.",
                "WASHINGTON",
                "Reuters",
            ),
            ("NEW YORK (AP) \u{2014} Stocks rose.", "NEW YORK", "AP"),
            (
                "SAN FRANCISCO, Calif. (AP) -- Rain fell.",
                "SAN FRANCISCO, Calif.",
                "AP",
            ),
            (
                "Sydney, Australia (CNN) \u{2014} Fires burned.",
                "Sydney, Australia",
                "CNN",
            ),
            // Indian wire copy: a date and no dash, the story's capital right after.
            (
                "New Delhi, Jul 14 (PTI) The government will bring a bill.",
                "New Delhi",
                "PTI",
            ),
            ("Mumbai, March 3 (IANS) Shares fell.", "Mumbai", "IANS"),
        ] {
            let text = format!("A headline\n\n{t}\n");
            let l = analyse(&text);
            assert_eq!(l.dateline.as_ref().map(|d| d.place.as_str()), Some(place));
            assert_eq!(l.source.as_deref(), Some(source));
            assert!(!text[l.body[0].0..l.body[0].1].contains('('), "{t}");
        }
        // Not mid-line, nor a name in capitals before an aside.
        for t in [
            "He said WASHINGTON (Reuters) - no.",
            "NASA (the agency) - said so.",
            "Jones (Chairman) - said so.",
            "Delhi, Jul 14 (PTI) and more.",
        ] {
            let l = analyse(&format!("A headline\n\n{t}\n"));
            assert!(l.dateline.is_none(), "{t}");
        }
    }

    #[test]
    fn a_deck_between_the_title_and_the_byline_is_no_body() {
        let text = "The Aluminum War\n\nCanada is our closest partner. Now, people say they \
                    learned it from us.\n\nBy Margaret Ellery\n\nThe smelters are quiet.\n";
        let l = analyse(text);
        let body: Vec<&str> = l.body.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(body, ["The smelters are quiet."], "{l:?}");
        // A byline may be a name above a date, or "BY" in capitals; the deck two lines.
        for text in [
            "The Aluminum War\n\nCanada is our closest partner, people say.\nSmelters warn \
             of cuts.\n\nMargaret Ellery\nPublished: 7:45pm, 18 Mar 2025\n\nThe smelters \
             are quiet.\n",
            "The Aluminum War\n\nCanada is our closest partner, people say.\n\nMargaret \
             Ellery\n03/14/2025\n\nThe smelters are quiet.\n",
            "The Aluminum War\n\nCanada is our closest partner, people say.\n\nBY MARGARET \
             ELLERY\nMarch 3, 2026 14:10\n\nThe smelters are quiet.\n",
            "The Aluminum War\n\nCanada is our closest partner, people say.\n\nby Rohit \
             Menon\nPublished: Tue 18 Nov 2025, 4:15 PM\n\nThe smelters are quiet.\n",
            "The Aluminum War\n\nCanada is our closest partner, people say.\n\nThabo \
             Mokoena\nMarkets writer\n\nThe smelters are quiet.\n",
            "The Aluminum War\n\nCanada is our closest partner, people say.\n\nMarisa \
             Tremblay \u{b7} CBC News \u{b7} Posted: Nov 13, 2025 5:00 AM MST\n\nThe \
             smelters are quiet.\n",
            // (A headline of two sentences is one by the byline after it.)
            "Smelters shut. People say it is war.\n\nBy Margaret Ellery\nThe Sun\n\nThe \
             smelters are quiet.\n",
        ] {
            let l = analyse(text);
            let body: Vec<&str> = l.body.iter().map(|&(a, b)| &text[a..b]).collect();
            assert_eq!(body.last(), Some(&"The smelters are quiet."), "{l:?}");
            assert!(
                body.iter().all(|b| !b.contains("people say")),
                "{text}: {body:?}"
            );
            // The byline's name is no body either: no one the story names.
            assert!(
                body.iter()
                    .all(|b| !b.contains("Ellery") && !b.contains("Mokoena")),
                "{text}: {body:?}"
            );
        }
        // A name over a writer's post with no deck before it.
        let text = "Housing plan unveiled\n\nOrla Gaffney\nHousing Correspondent\n\nThe \
                    minister has said so.\n";
        let body: Vec<&str> = analyse(text)
            .body
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert_eq!(body, ["The minister has said so."]);
        // With no byline after it the second line is the story's.
        let text = "The Aluminum War\n\nCanada is our closest partner, people say.\n\nThe \
                    smelters are quiet.\n";
        let l = analyse(text);
        assert_eq!(l.body.len(), 2, "{l:?}");
    }

    #[test]
    fn a_newspaper_s_own_dateline_is_marked_without_a_source() {
        for (t, place) in [
            ("WASHINGTON \u{2014} Sen. Ortiz spoke.", "WASHINGTON"),
            ("ST. LOUIS -- Rain fell.", "ST. LOUIS"),
            ("PORTLAND, Maine - On Friday it rained.", "PORTLAND, Maine"),
            ("WASHINGTON, May 4 \u{2014} Talks ended.", "WASHINGTON"),
            // (VOA writes the country in full.)
            (
                "GOMA, DEMOCRATIC REPUBLIC OF CONGO \u{2014} Fighting spread.",
                "GOMA, DEMOCRATIC REPUBLIC OF CONGO",
            ),
            // (HuffPost's horizontal bar.)
            (
                "HEMPSTEAD, N.Y. \u{2015} If it worked, fine.",
                "HEMPSTEAD, N.Y.",
            ),
            // (A long dash touching the text, as The Atlantic and the Wall Street Journal
            // print it.)
            (
                "SAGUENAY, Quebec\u{2014}The smelters are quiet.",
                "SAGUENAY, Quebec",
            ),
        ] {
            let text = format!("A headline\n\n{t}\n");
            let l = analyse(&text);
            let d = l.dateline.as_ref().expect(t);
            assert_eq!((d.place.as_str(), d.sourced), (place, false), "{t}");
            assert_eq!(l.source, None);
            assert!(!text[l.body[0].0..].starts_with(place), "{t}");
        }
        // A paragraph's label, a headline in capitals, or a lowercase word after the dash.
        for t in [
            "UPDATE \u{2014} Talks ended.",
            "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Polls show it.",
            "NASA - said to be late.",
            "NASA-said to be late.",
            "NASA\u{2014}said to be late.",
        ] {
            let l = analyse(&format!("A headline\n\n{t}\n"));
            assert!(l.dateline.is_none(), "{t}");
        }
    }

    /// The line `t` after a headline has a dateline at `place` credited to `source`, and
    /// the body opens with `body`.
    fn assert_sourced_dateline(t: &str, place: &str, source: &str, body: &str) {
        let text = format!("A headline\n\n{t}\n");
        let l = analyse(&text);
        let d = l.dateline.as_ref().expect(t);
        assert_eq!((d.place.as_str(), d.sourced), (place, true), "{t}");
        assert_eq!(l.source.as_deref(), Some(source), "{t}");
        assert!(text[l.body[0].0..].starts_with(body), "{t}");
    }

    #[test]
    fn agencies_credit_before_after_and_between_slashes() {
        for (t, place, source, body) in [
            (
                "(ANSA) - ROME, MAR 4 - Twenty-two vases came home.",
                "ROME",
                "ANSA",
                "Twenty",
            ),
            (
                "Madrid, Mar 5 (EFE).- Spain will cut the wait.",
                "Madrid",
                "EFE",
                "Spain",
            ),
            (
                "Jakarta (ANTARA) - The agency said a quake hit.",
                "Jakarta",
                "ANTARA",
                "The",
            ),
            (
                "MOSCOW. March 6 (Interfax) - Russia has agreed.",
                "MOSCOW",
                "Interfax",
                "Russia",
            ),
            (
                "MOSCOW, October 14. /TASS/. Russia expects more.",
                "MOSCOW",
                "TASS",
                "Russia",
            ),
        ] {
            assert_sourced_dateline(t, place, source, body);
        }
    }

    #[test]
    fn press_release_datelines_and_an_agency_opening_the_story() {
        for (t, place, source, body) in [
            (
                "AUSTIN, Texas, March 10, 2026 /PRNewswire/ -- Northwind today announced a robot.",
                "AUSTIN, Texas",
                "PRNewswire",
                "Northwind",
            ),
            (
                "TORONTO, March 10, 2026 (GLOBE NEWSWIRE) -- Acme Corp. said sales rose.",
                "TORONTO",
                "GLOBE NEWSWIRE",
                "Acme",
            ),
            (
                "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. announced a deal.",
                "SAN FRANCISCO",
                "BUSINESS WIRE",
                "Acme",
            ),
            (
                "(CNN) \u{2014} An Amtrak train derailed on Sunday, police said.",
                "",
                "CNN",
                "An Amtrak",
            ),
        ] {
            assert_sourced_dateline(t, place, source, body);
        }
        // A parenthesis that opens a sentence is no credit.
        let l = analyse("A headline\n\n(Updated) - The vote was delayed.\n");
        assert!(l.dateline.is_none());
    }

    #[test]
    fn a_known_place_before_a_colon_is_a_dateline() {
        let text = "A headline\n\nNEW DELHI: The government said it would act.\n";
        let l = analyse(text);
        assert_eq!(
            l.dateline.as_ref().map(|d| d.place.as_str()),
            Some("NEW DELHI")
        );
        assert!(text[l.body[0].0..].starts_with("The government"));
        // A transcript's label is no place.
        let l = analyse("A headline\n\nWALLACE: Let's start with the news.\n");
        assert!(l.dateline.is_none());
    }

    #[test]
    fn a_date_run_into_the_first_line_is_no_body_text() {
        let t = "Something happened\n\nFriday, January 4, 2019 A body line said so.\n";
        let l = analyse(t);
        assert_eq!(l.date.as_deref(), Some("2019-01-04"));
        assert_eq!(l.body.len(), 1);
        assert_eq!(&t[l.body[0].0..l.body[0].1], "A body line said so.");
        // Not a date that opens a sentence, nor one later in the story.
        for t in [
            "Something happened\n\nMarch 5, 2020 was the day it rained.\n",
            "Something happened\n\nIt rained.\n\nMarch 5, 2020 Floods came.\n",
        ] {
            assert!(analyse(t).date.is_none(), "{t}");
        }
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let t = "Title\n\nThe minister said on Monday that the\nharbour would reopen \"before the end\nof the year,\" and that the\nfleet was ready.\n\nA second paragraph.\n";
        let l = analyse(t);
        assert_eq!(l.body.len(), 2);
        assert!(t[l.body[0].0..l.body[0].1].ends_with("fleet was ready."));
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let t = "Title\n\nFirst sentence here.\nSecond line is a paragraph.\nThird one too.\nFourth as well.\n";
        assert_eq!(analyse(t).body.len(), 4);
        // Lines that end in a quotation closed by two apostrophes end their paragraphs too.
        let t = "Title\n\nHe said ''yes.''\nShe said ''no.''\nThey said ''maybe.''\nIt ended.\n";
        assert_eq!(analyse(t).body.len(), 4);
    }

    #[test]
    fn photo_credit_guard_lets_every_credit_through() {
        for t in [
            "A minister waves. ANNA LEE / CHINA DAILY",
            "Talks open (Xinhua/Li Xin)",
            "Officials meet [Photo provided to China Daily]",
            "A view of the port. Photo: Wang Lei",
            "Crowds gather. Picture by Anna Berg",
            "Crowds gather. Image/Reuters",
            "A (photo/AFP) credit",
        ] {
            assert!(PHOTO_CREDIT.is_match(t), "{t}");
            assert!(may_hold_photo_credit(t), "{t}");
        }
        assert!(!may_hold_photo_credit(
            "Officials met on Saturday, he said."
        ));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            iso_date("Oct. 26, 2020 09:40").as_deref(),
            Some("2020-10-26")
        );
        assert_eq!(iso_date("26 October 2020").as_deref(), Some("2020-10-26"));
    }
}
