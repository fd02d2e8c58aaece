//! The pipeline for one article: structure, sentences, frames, resolution, rows.
//!
//! `extract_article` is the library's entry point: it takes an article as read and returns
//! its rows in text order. It never fails; text it cannot make sense of gives no rows.

use std::borrow::Cow;

use crate::attribution::attribute::{self, CueRef, QuoteType, SpeakerSource, Statement};
use crate::attribution::resolve::{self, Attribution, Entities, ResolvedSpeaker};
use crate::attribution::speakers::{self, CountryBasis, CountryEvidence, MentionKind, SpeakerType};
use crate::attribution::{country, names};
use crate::input::read::Article;
use crate::lexicon::LEXICON;
use crate::output::columns::QuoteRecord;
use crate::text::offsets::OffsetMap;
use crate::text::quotes::{QuoteSpan, QuoteStyle, find_quotes_in_style, trim_unclosed};
use crate::text::segment::sentences;
use crate::text::structure;
use crate::text::tokens::norm;
use crate::text::units::{Unit, Units};

/// The `sentence` column's cap, in characters.
pub const SENTENCE_CAP: usize = 500;

/// Names and pronouns link within a section of this many bytes. No article comes near
/// it (the longest in the development corpora is 143 KB); a text that does is many
/// articles run together, and looking up every mention in an entity list that grows with
/// the text would make extraction quadratic.
pub const SECTION: usize = 1 << 20;

/// A section also ends once it holds this many entities. The most any article of the
/// development corpora has is 258 (a 10 KB PolNeAR article); text run together from many
/// articles on one line reaches thousands within a megabyte, and every pronoun and
/// description is looked up among them.
pub const SECTION_ENTITIES: usize = 512;

/// A statement found, with where it stands.
struct Found {
    statement: Statement,
    sentence: usize,
    sentence_range: (usize, usize),
    /// Index into the sections' entity lists.
    section: usize,
    /// The statement (an index into the found) of the transcript label whose answer this
    /// one stands in: its "I" is that speaker.
    turn: Option<usize>,
    /// The country of the place this sentence or the one before it in the paragraph opened
    /// with ("In Spain, ..."), an index into the reading's scenes (most statements have
    /// none, and a found statement is moved about whole).
    scene: Option<usize>,
}

/// Extracts the rows of one article.
pub fn extract_article(article: &Article) -> Vec<QuoteRecord<'_>> {
    let text = article.text.as_str();
    let layout = structure::analyse(text);
    let mut reading = Reading::new(text, layout.body.first().map_or(0, |p| p.0));
    for &paragraph in &layout.body {
        reading.read_paragraph(paragraph);
    }
    if let Some(dateline) = &layout.dateline {
        reading.tally.note_dateline(dateline);
    }
    let read_as_places = reading.tally.places_read_as_homonyms();
    reading
        .tally
        .add_headline(headline_tally(text, &layout), &read_as_places);
    let dateline_country = country::story_country(layout.dateline.as_ref(), &reading.tally);
    let maker = RowMaker {
        article,
        text,
        offsets: OffsetMap::new(text),
        dateline_country,
        read_as_places,
        scenes: std::mem::take(&mut reading.scenes),
        country_counts: std::mem::take(&mut reading.tally).into_counts(),
        layout: &layout,
    };
    // Speakers first, rows after: an entity's country is known only once every statement
    // is resolved.
    let mut resolved_found = resolve_speakers(text, &reading.found, &mut reading.sections);
    identify_delayed(
        text,
        &mut resolved_found,
        &reading.sections,
        &reading.remarks_made,
    );
    let mut rows = Vec::with_capacity(resolved_found.len());
    // By value: each row takes its speaker's name and role rather than a copy.
    // The scene each speaker was first met in: "In Mexico City, Economy Minister Ildefonso
    // Guajardo said ..." makes a later "Guajardo told Televisa" in a Washington story
    // Mexican too.
    let mut first_scenes: Vec<((usize, usize), usize)> = Vec::new();
    for (f, mut resolved, mention, section) in resolved_found {
        let key = resolved.entity.map(|i| (section, i));
        let first_scene = key.and_then(|key| {
            let found = first_scenes.iter().find(|(k, _)| *k == key);
            found.map(|&(_, s)| s)
        });
        if let (Some(key), Some(s), None) = (key, f.scene, first_scene) {
            first_scenes.push((key, s));
        }
        let scene = f.scene.or(first_scene);
        let entity = resolved.entity.map(|i| &reading.sections[section].list[i]);
        let entity_country = as_the_article_ends(&mut resolved, entity);
        rows.push(maker.row(f, scene, resolved, mention, entity_country));
    }
    rows.sort_by_key(|r| (r.quote_start, r.quote_end));
    rows.dedup_by_key(|r| (r.quote_start, r.quote_end));
    for (i, r) in rows.iter_mut().enumerate() {
        r.quote_index = i + 1;
    }
    rows
}

/// Each found statement's speaker resolved against the entities of its section, in the order
/// read: a quotation with no frame takes the speaker carried from before it, an answer in a
/// transcript the speaker its label's question was put to. Each resolved speaker keeps the
/// section whose entities it indexes.
fn resolve_speakers<'f>(
    text: &str,
    found: &'f [Found],
    sections: &mut [Entities],
) -> Vec<ResolvedFound<'f>> {
    let mut resolved_found = Vec::with_capacity(found.len());
    // Where each found statement's resolved speaker stands in `resolved_found`.
    let mut resolved_at = vec![None; found.len()];
    let mut carried = Carried::default();
    for (i, f) in found.iter().enumerate() {
        let st = &f.statement;
        // An empty quotation ("「」 said B") reports nothing.
        if st.start >= st.end {
            continue;
        }
        let entities = &mut sections[f.section];
        entities.sentence_start = f.sentence_range.0;
        entities.titled_in_content = match &st.speaker {
            SpeakerSource::Mention(m) | SpeakerSource::Shared(m)
                if m.kind == MentionKind::Pronoun =>
            {
                titled_surnames(&text[st.start..st.end])
            }
            _ => Vec::new(),
        };
        let (resolved, mention, section) = match &st.speaker {
            SpeakerSource::Mention(m) => match answering(f, m, &resolved_at, &resolved_found) {
                Some((p, section)) => (p, Some(m), section),
                None => (entities.resolve(m, m.start, false), Some(m), f.section),
            },
            // "Noting that ..., Xi said ...": a participle that opens the sentence shares a
            // subject named after it, which stands for the speaker at its row too (the
            // gold sets name it there).
            SpeakerSource::Shared(m)
                if opens_the_sentence_before(st, m, f.sentence_range, text) =>
            {
                (entities.resolve(m, m.start, false), Some(m), f.section)
            }
            SpeakerSource::Shared(m) => (entities.resolve(m, m.start, true), None, f.section),
            SpeakerSource::Previous => match carried.source(st) {
                Some(k) => {
                    let (_, from, _, section): &(_, ResolvedSpeaker, _, _) = &resolved_found[k];
                    let mut p = from.clone();
                    p.attribution = Attribution::Carried;
                    (p, None, *section)
                }
                None => continue,
            },
        };
        // The speaker is the one who spoke last until the statement ends: a name its words
        // hold ("The 21-year-old said he had been scared as Paton lined up the kick") is no
        // later speaker for the "he added" after it. A continuation carried from the
        // statement before is no speech of its own, and an asker's question names no
        // antecedent of the answer's "he said".
        let salient = match &st.speaker {
            SpeakerSource::Mention(m) | SpeakerSource::Shared(m) => m.salient,
            SpeakerSource::Previous => false,
        };
        if let Some(idx) = resolved.entity
            && salient
            && resolved.attribution != Attribution::Carried
        {
            sections[section].spoke_until(idx, st.end);
        }
        carried.after(st, resolved_found.len());
        resolved_at[i] = Some(resolved_found.len());
        resolved_found.push((f, resolved, mention, section));
    }
    resolved_found
}

/// What the whole article says of the speaker `resolved` stands for (`entity`), which a row
/// written before the rest was read takes up: the type, and the explicit country returned.
fn as_the_article_ends<'e>(
    resolved: &mut ResolvedSpeaker,
    entity: Option<&'e resolve::Entity>,
) -> Option<&'e CountryEvidence> {
    // A one-word name taken for a person's until "the firm" or "it" showed it a body's
    // ("Monsanto admitted ... It said") is the body's in every row, not only in those after.
    if let Some(e) = entity
        && e.speaker_type == SpeakerType::Organization
        && resolved.speaker_type == Some(SpeakerType::Person)
        && resolved.speaker == e.name
    {
        resolved.speaker_type = Some(SpeakerType::Organization);
    }
    // The entity's country as the whole article gives it: "Gordon Brown said" before "the UK
    // chancellor" is as British as the rows after. (Explicit evidence only: an inferred one
    // is no better than the story's country.)
    entity
        .and_then(|e| e.country.as_ref())
        .filter(|c| c.basis == CountryBasis::Explicit)
}

/// A statement with its speaker resolved: where it was found, the speaker, the mention
/// that named it, and the section whose entities the speaker indexes.
type ResolvedFound<'f> = (
    &'f Found,
    ResolvedSpeaker,
    Option<&'f speakers::SpeakerMention>,
    usize,
);

/// "((Ann Lee)) ... And I explained to them ...": in a transcript's answer "I" (`m`) is the
/// one answering, the speaker resolved for the statement of the label that opened the turn.
fn answering(
    f: &Found,
    m: &speakers::SpeakerMention,
    resolved_at: &[Option<usize>],
    resolved_found: &[ResolvedFound<'_>],
) -> Option<(ResolvedSpeaker, usize)> {
    if m.kind != MentionKind::Pronoun || m.head != "i" {
        return None;
    }
    let (_, from, _, section) = &resolved_found[f.turn.and_then(|t| resolved_at[t])?];
    let mut speaker = from.clone();
    speaker.attribution = Attribution::Pronoun;
    Some((speaker, *section))
}

/// The lede that names its source only in the next sentence ("A former party chairman says
/// the party needs a plan. 'Now is the time,' said Don Fowler, who ran it in 1995."; "...,
/// a top official said. Tokyo 2020 CEO Toshiro Muto told reporters ..."): the unnamed
/// source of one of the article's first two statements is the person the next sentence
/// introduces as the speaker of its own statement. A headline before it that gives the
/// same description ("Former party chairman calls for a plan") is that person too.
fn identify_delayed(
    text: &str,
    found: &mut [ResolvedFound<'_>],
    sections: &[Entities],
    remarks_made: &[RemarksMade],
) {
    let mut identified: Option<(&str, usize)> = None;
    for i in (0..found.len().min(2)).rev() {
        let (f, r, mention, section) = &found[i];
        let Some(m) = mention.filter(|m| {
            m.speaker_type == speakers::SpeakerType::Person && m.name.is_none() && !m.plural
        }) else {
            continue;
        };
        if !may_be_named_next(text, (f, r), m, &sections[*section]) {
            continue;
        }
        let first = m.text.split_whitespace().next().unwrap_or_default();
        let e = if first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an") {
            introduced_next(found, i, m, sections, remarks_made)
        } else {
            identified
                .filter(|&(head, _)| head == m.head)
                .map(|(_, e)| e)
                // ("The mayor of Tewkesbury has vowed to rebuild ... "...," Mayor Ann Lee
                // told the BBC": a definite description is the person of its own role the
                // next sentence names.)
                // (Or one the text gives no role: "..., the Minister for Housing has said.
                // Ciarán Mulvey said on Tuesday that ...".)
                .or_else(|| {
                    introduced_next(found, i, m, sections, remarks_made).filter(|&e| {
                        let entities = &sections[*section];
                        entities.role_ends_in(e, &m.head)
                            || !entities.has_role(e) && !entities.person_named_before(m.start)
                    })
                })
        };
        let Some(e) = e else { continue };
        identified = Some((m.head.as_str(), e));
        identify_as(found, i, e, (m.start, m.end), sections);
    }
}

/// Whether the unnamed source `m` of the statement `f`, resolved as `r`, may be named only in
/// the next sentence: a description of a person by its role, left unresolved in one of the
/// article's first sentences, that the text does not keep anonymous.
fn may_be_named_next(
    text: &str,
    (f, r): (&Found, &ResolvedSpeaker),
    m: &speakers::SpeakerMention,
    entities: &Entities,
) -> bool {
    let unnamed = matches!(
        r.attribution,
        Attribution::Unnamed | Attribution::Unresolved
    );
    // (The role runs to the description's last word: "an expert panel organized by ..."
    // is the panel's, though "expert" is a role.)
    let role_ends_it = m
        .role
        .as_deref()
        .and_then(|r| r.rsplit(' ').next())
        .is_some_and(|w| w.eq_ignore_ascii_case(&m.head));
    // (Past the first two sentences, a byline's lines may stand before the lede, but a
    // person named before the description may be the one it stands for.)
    let late = || f.sentence > 2 && entities.person_named_before(m.start);
    // (Nor one the text keeps anonymous: "a campaign official who was not authorized to
    // speak publicly" is no one named after; "An official at a major state-owned oil
    // company, who spoke on condition of anonymity" neither, twenty words on.)
    let anonymous = || {
        text[m.start..f.sentence_range.1.max(m.end)]
            .split_whitespace()
            .take(20)
            .any(|w| {
                LEXICON
                    .anonymity_words
                    .contains(w.trim_end_matches([',', '.', ';']))
            })
    };
    unnamed && f.sentence <= 4 && role_ends_it && !late() && !anonymous()
}

/// Makes entity `e` the speaker of the `i`th statement, whose unnamed source was the
/// description `described` (its byte range), and of the later statements of its section that
/// carried or shared that source.
fn identify_as(
    found: &mut [ResolvedFound<'_>],
    i: usize,
    e: usize,
    described: (usize, usize),
    sections: &[Entities],
) {
    let section = found[i].3;
    let before = (found[i].1.speaker.clone(), found[i].1.entity);
    let mut person = sections[section].speaker_of(e, Attribution::Description);
    person.role = person.role.or_else(|| found[i].1.role.take());
    // ("The Belgian sports minister ... says ... Claude Eerdekens claims": the
    // description's own country stands where the person's text gives none.)
    if person.country.is_none() {
        person.country = found[i]
            .1
            .country
            .take()
            .filter(|c| c.basis == CountryBasis::Explicit && !c.code.is_empty());
    }
    found[i].1 = person;
    // The statements that carried the description on carry the person now, and so do
    // those that share its mention or its entity ("A Chinese envoy on Tuesday called on
    // ..., warning that ...", "The Chinese envoy also urged ...").
    for (g, s, _, sec) in &mut found[i + 1..] {
        let carried = s.attribution == Attribution::Carried
            && (&s.speaker, s.entity) == (&before.0, before.1);
        let shared = matches!(&g.statement.speaker,
                SpeakerSource::Shared(n) if (n.start, n.end) == described);
        if *sec == section && (carried || shared || before.1.is_some() && s.entity == before.1) {
            let attribution = if s.attribution == Attribution::Carried {
                Attribution::Carried
            } else {
                Attribution::Description
            };
            *s = sections[section].speaker_of(e, attribution);
        }
    }
}

/// The person whom one of the two sentences after the `i`th statement's introduces as the
/// named speaker of a statement ("..., the Health Minister warned. Figures published on
/// Thursday showed .... Speaking at Stormont, Robin Cathcart said"), if the unnamed source
/// `m` may be that person.
fn introduced_next(
    found: &[ResolvedFound<'_>],
    i: usize,
    m: &speakers::SpeakerMention,
    sections: &[Entities],
    remarks_made: &[RemarksMade],
) -> Option<usize> {
    let (f, _, _, section) = &found[i];
    let named = |(g, s, n, sec): &ResolvedFound<'_>| {
        let e = s.entity.filter(|_| {
            sec == section
                && matches!(s.attribution, Attribution::Explicit | Attribution::Name)
                && n.is_some_and(|n| !n.text.starts_with("The "))
        })?;
        Some((e, g.sentence_range.0))
    };
    let later = || {
        found[i + 1..]
            .iter()
            .skip_while(|(g, ..)| g.sentence == f.sentence)
    };
    // (The sentence after next only by a reporting verb, no transcript's label: "The
    // mayor said the port would close. Is that so? ((Ana Berg)) ..." names no mayor.)
    let by_a_verb = |g: &Found| {
        g.statement
            .cue
            .as_ref()
            .is_some_and(|c| c.lemma.chars().any(char::is_alphabetic))
    };
    let next = later()
        .take_while(|(g, ..)| {
            g.sentence == f.sentence + 1 || g.sentence == f.sentence + 2 && by_a_verb(g)
        })
        .find_map(|r| named(r).filter(|&(e, at)| sections[*section].identifies(m, e, at)));
    // ("..., a Chinese Foreign Ministry spokesperson said Wednesday. Spokesperson Gao Wenjie
    // made the remarks at a regular press briefing": the next sentence may name the person
    // without a statement of theirs.)
    let made_them = || {
        remarks_made
            .iter()
            .find(|r| r.sentence == f.sentence + 1 && r.section == *section)
            .filter(|r| sections[*section].identifies(m, r.entity, r.start))
            .map(|r| (r.entity, r.start))
    };
    // ("..., a spokesperson for the Ministry of Commerce (MOFCOM) said Thursday. Data ...
    // showed .... "...," MOFCOM spokesperson He Yaqin said": a few sentences on, the first
    // person named as a speaker is the one meant when their role is the description's.)
    next.or_else(made_them)
        .or_else(|| {
            later()
                .take_while(|(g, ..)| g.sentence <= f.sentence + 4)
                .find_map(named)
                .filter(|&(e, at)| {
                    sections[*section].role_ends_in(e, &m.head)
                        && sections[*section].identifies(m, e, at)
                })
        })
        .map(|(e, _)| e)
}

/// The person a sentence names as having made the remarks reported before it, a name
/// that opens the sentence before "made the remarks" or "made the comments", with a comma's
/// apposition at most between ("Senior Colonel Zhao Yuchen, spokesperson for the Ministry of
/// National Defense, made the remarks at a regular press conference").
fn remarks_maker(text: &str, units: &Units) -> Option<speakers::SpeakerMention> {
    const WITHIN: usize = 24;
    let made = (2..units.len().min(WITHIN)).find(|&k| {
        units.word(k) == "made"
            && ["the", "these", "those"].contains(&units.word_or_empty(k + 1))
            && ["remarks", "comments"].contains(&units.word_or_empty(k + 2))
    })?;
    let end = (0..made).find(|&k| units.word(k) == ",").unwrap_or(made);
    let m = speakers::analyse(text, units, 0, end, None)?;
    (m.kind == MentionKind::Name && m.speaker_type == speakers::SpeakerType::Person).then_some(m)
}

/// The places of the article's headline ("Ottawa announces new funding"), which say whose
/// story it is as the body's do.
fn headline_tally(text: &str, layout: &structure::Layout) -> country::CountryTally {
    let mut headline = country::CountryTally::default();
    for span in (layout.marked.iter()).filter(|m| m.kind == structure::SpanKind::Title) {
        headline.add_sentence(text, &Units::build(text, span.start, span.end, &[]));
    }
    headline
}

/// An article read sentence by sentence: the statements found so far, the names met, and
/// what one sentence carries to the next.
struct Reading<'a> {
    text: &'a str,
    /// Where the first body paragraph starts.
    body_start: usize,
    /// The marks the article quotes with.
    quote_style: QuoteStyle,
    /// The sentence being read, lowercased (ASCII letters only, so every byte keeps its
    /// place): its words with capitals borrow from it. One buffer for every sentence.
    lower: String,
    found: Vec<Found>,
    /// The entities of each section of [`SECTION`] bytes, the last one being read.
    sections: Vec<Entities>,
    section_start: usize,
    sentence_no: usize,
    tally: country::CountryTally,
    last_with_statement: Option<usize>,
    /// The last statement's speaker, as a lowercase surname when a name stands at it, and
    /// whether the sentence just read, with no statement of its own, speaks of that speaker
    /// or of nobody else.
    last_surname: Option<String>,
    narrative_about_speaker: bool,
    narrative_subject: Option<speakers::SpeakerMention>,
    /// A frame that closed the previous sentence with a colon ('He said:').
    dangling: Option<(CueRef, speakers::SpeakerMention)>,
    /// Whether the sentence being read opens its paragraph.
    opens_paragraph: bool,
    /// Whether the sentence just read is the first of a paragraph that a colon frame
    /// introduced without quotation marks: its statement runs to the paragraph's end.
    block_after_colon: bool,
    /// The unattributed statements of a sentence that ends in a quotation left open at its
    /// paragraph's end, with their sentence number and range.
    pending_open: Vec<(Statement, usize, (usize, usize))>,
    /// The statement of the transcript label whose answer is being read, until the next
    /// label or question.
    turn: Option<usize>,
    /// The countries of the places sentences opened with ("In Spain, ...").
    scenes: Vec<CountryEvidence>,
    /// The last of them in the paragraph being read, and its sentence's number: it is the
    /// scene of that sentence and the next. (Further on the paragraph has often moved on:
    /// "In America, pheromones have reportedly been released ... Eight super-casinos are
    /// proposed ... Ms Jowell said".)
    scene: Option<(usize, usize)>,
    /// The persons said to have made the remarks of the sentence before (see
    /// [`remarks_maker`]).
    remarks_made: Vec<RemarksMade>,
}

/// "Spokesperson Gao Wenjie made the remarks at a regular press briefing": the person a
/// sentence says made the remarks reported before it.
struct RemarksMade {
    sentence: usize,
    /// Where the sentence starts.
    start: usize,
    section: usize,
    entity: usize,
}

impl<'a> Reading<'a> {
    fn new(text: &'a str, body_start: usize) -> Self {
        Reading {
            text,
            body_start,
            quote_style: QuoteStyle::of(text),
            lower: String::new(),
            found: Vec::new(),
            sections: vec![Entities::default()],
            section_start: 0,
            sentence_no: 0,
            tally: country::CountryTally::default(),
            last_with_statement: None,
            last_surname: None,
            narrative_about_speaker: false,
            narrative_subject: None,
            dangling: None,
            opens_paragraph: false,
            block_after_colon: false,
            pending_open: Vec::new(),
            turn: None,
            scenes: Vec::new(),
            scene: None,
            remarks_made: Vec::new(),
        }
    }

    /// Reads the sentence `start..end` of a paragraph that ends at `paragraph_end`.
    fn read_sentence(
        &mut self,
        (start, end): (usize, usize),
        paragraph_end: usize,
        quotes: &[QuoteSpan],
    ) {
        self.with_sentence((start, end), quotes, |reading, units| {
            reading.read_units(units, (start, end), paragraph_end);
        });
    }

    /// Counts the sentence `start..end`, opens a new section past [`SECTION`] bytes, and
    /// hands `read` the sentence's units, built over the one lowercase buffer.
    fn with_sentence(
        &mut self,
        (start, end): (usize, usize),
        quotes: &[QuoteSpan],
        read: impl FnOnce(&mut Self, &Units),
    ) {
        let text = self.text;
        self.sentence_no += 1;
        let full = self
            .sections
            .last()
            .is_some_and(|s| s.list.len() >= SECTION_ENTITIES);
        if start >= self.section_start + SECTION || full {
            self.sections.push(Entities::default());
            self.section_start = start;
        }
        let mut lower = std::mem::take(&mut self.lower);
        lower.clear();
        lower.push_str(&text[start..end]);
        lower.make_ascii_lowercase();
        let units = Units::build_lowered(text, Some((&lower, start)), start, end, quotes);
        read(self, &units);
        drop(units);
        self.lower = lower;
    }

    /// Reads the units of the sentence `start..end` (`read_sentence`).
    fn read_units(&mut self, units: &Units, (start, end): (usize, usize), paragraph_end: usize) {
        let text = self.text;
        let entities = self.sections.last_mut().expect("one section at least");
        // The names registered below are asked about again as the frames' subjects.
        let _memo = speakers::SentenceMemo::open(text, units);
        names::scan_names(text, units, entities);
        if let Some(m) = remarks_maker(text, units)
            && let Some(entity) = entities.resolve(&m, start, false).entity
        {
            self.remarks_made.push(RemarksMade {
                sentence: self.sentence_no,
                start,
                section: self.sections.len() - 1,
                entity,
            });
        }
        self.tally.add_sentence(text, units);
        let (st, unattributed) = self.statements(units);
        let ends_open = units.units.last().is_some_and(
            |u| matches!(u, Unit::Quote(q) if !q.closed && q.content_end + 8 >= paragraph_end),
        );
        // ('"We will pedestrianise ... / "We will also plant ... / "None of this ...," she
        // said': a paragraph that only goes on with the open quotation keeps what waits for
        // the speaker, and waits with it.)
        let goes_on_open = ends_open
            && st.is_empty()
            && !self.pending_open.is_empty()
            && units.units.first().is_some_and(|u| u.is_quote());
        if !goes_on_open {
            self.carry_speaker_back(units, &st);
        }
        if ends_open && !unattributed.is_empty() {
            let waiting = unattributed
                .into_iter()
                .map(|p| (p, self.sentence_no, (start, end)));
            if goes_on_open {
                self.pending_open.extend(waiting);
            } else {
                self.pending_open = waiting.collect();
            }
        }
        self.dangling = attribute::frames::dangling_colon_frame(text, units);
        self.follow_narrative(units, &st);
        if let Some(c) = country::scene_country(&text[start..end]) {
            self.scene = Some((self.scenes.len(), self.sentence_no));
            self.scenes.push(c);
        }
        let scene = self
            .scene
            .filter(|&(_, k)| self.sentence_no <= k + 1)
            .map(|(i, _)| i);
        for statement in st {
            self.found.push(Found {
                statement,
                sentence: self.sentence_no,
                sentence_range: (start, end),
                section: self.sections.len() - 1,
                turn: self.turn,
                scene,
            });
        }
    }

    /// Reads the paragraph `s..e`, sentence by sentence.
    fn read_paragraph(&mut self, (s, e): (usize, usize)) {
        let text = self.text;
        let mut quotes = find_quotes_in_style(text, s, e, self.quote_style);
        trim_unclosed(text, &mut quotes, |w| LEXICON.cues.get(w).is_some());
        // An interviewer's label is nobody's name: the paragraph is read from past it, and
        // its questions report nothing.
        let asked = interviewer_label(&text[s..e]);
        if asked.is_some() {
            self.turn = None;
        }
        let s = asked.map_or(s, |n| s + n);
        self.scene = None;
        // A transcript's label ("KAINE: ...", "((Perttu Ahola)) ...") names the speaker of
        // its whole paragraph: the statement runs to the paragraph's end.
        let mut label = None;
        for (k, sent) in sentences(text, s, e, &quotes).into_iter().enumerate() {
            if let Some(i) = label {
                self.read_labelled((sent.start, sent.end), &quotes, i);
                continue;
            }
            if asked.is_some() && is_question(&text[sent.start..sent.end]) {
                self.read_question((sent.start, sent.end), &quotes);
                continue;
            }
            let before = self.found.len();
            self.opens_paragraph = k == 0;
            self.read_sentence((sent.start, sent.end), e, &quotes);
            if k == 0 {
                label = if std::mem::take(&mut self.block_after_colon) {
                    Some(before)
                } else {
                    self.fold_first_person_into_label(before, (sent.start, sent.end));
                    if let Some(i) = self.turn_label(before, sent.start) {
                        self.turn = Some(i);
                        self.found[i].turn = None;
                    }
                    self.paragraph_label(before, (sent.start, sent.end))
                };
            }
        }
    }

    /// "((Ann Lee)) The radius is 15 km, as I said.": a first-person frame in the sentence a
    /// transcript's label opens is the label's speaker speaking on; the label's statement
    /// takes the sentence in, and the frame gives no row of its own.
    fn fold_first_person_into_label(&mut self, before: usize, (start, end): (usize, usize)) {
        let text = self.text;
        let first_person = |f: &Found| {
            matches!(&f.statement.speaker, SpeakerSource::Mention(m)
                if m.kind == MentionKind::Pronoun && ["i", "we"].contains(&m.head.as_str()))
        };
        let opens = |f: &Found| {
            f.statement.cue.as_ref().is_some_and(|c| {
                c.lemma == ":" && text[start..c.start].trim_start().starts_with("((")
            })
        };
        let found = &self.found[before..];
        let Some(label) = found.iter().position(opens) else {
            return;
        };
        let others = found.iter().enumerate().filter(|&(k, _)| k != label);
        if found.len() < 2 || !others.map(|(_, f)| f).all(first_person) {
            return;
        }
        self.found.swap(before, before + label);
        self.found.truncate(before + 1);
        let body = text[start..end].trim_end();
        let body = body.strip_suffix(['.', ',', ';']).unwrap_or(body);
        self.found[before].statement.end = start + body.len();
    }

    /// The index in `found` of a statement, from `before` on, of a transcript's label that
    /// opens the paragraph at `start` ("((Ann Lee)) ...", "LEE: ..."; not a caption's "Ann
    /// LeeImage: ..."): the answer it opens runs on until the next label or question.
    fn turn_label(&self, before: usize, start: usize) -> Option<usize> {
        (before..self.found.len()).find(|&i| {
            self.found[i].statement.cue.as_ref().is_some_and(|c| {
                let name = &self.text[start..c.start.max(start)];
                c.lemma == ":"
                    && c.start < start + 60
                    && !name.trim().is_empty()
                    && is_transcript_label(name)
            })
        })
    }

    /// The index in `found` of the statement of a transcript's label that opens a paragraph
    /// with the sentence `start..end` and runs to that sentence's end: the only statement
    /// found from `before` on.
    fn paragraph_label(&self, before: usize, (start, end): (usize, usize)) -> Option<usize> {
        let [f] = &self.found[before..] else {
            return None;
        };
        let st = &f.statement;
        let cue = st.cue.as_ref()?;
        // (A statement carried back from another sentence is none of this one's.)
        if !(start <= cue.start && cue.start <= st.start && st.end <= end) {
            return None;
        }
        let rest = self.text[st.end..end].trim_end();
        let label = &self.text[start..cue.start];
        // "Pence: Gennifer Flowers Won't Be at Debate" opening the text is a headline, and
        // where a page's lines were run into one its paragraph is the whole story: there
        // only a transcript's own kind of label ("PENCE:", "((Pence))") covers it.
        let transcript_kind = is_transcript_label(label);
        (cue.lemma == ":"
            && cue.start < start + 60
            && !label.contains(['.', '"', '\u{201c}'])
            && (start > self.body_start || transcript_kind)
            && rest.chars().count() <= 1)
            .then_some(before)
    }

    /// Registers a sentence's names and counts its country words, for a sentence whose
    /// statements are found elsewhere or not at all.
    fn meet_names(&mut self, units: &Units) {
        let entities = self.sections.last_mut().expect("one section at least");
        names::scan_names(self.text, units, entities);
        self.tally.add_sentence(self.text, units);
    }

    /// Reads a sentence of an interviewer's question: its names are met, and it reports
    /// nothing.
    fn read_question(&mut self, (start, end): (usize, usize), quotes: &[QuoteSpan]) {
        self.with_sentence((start, end), quotes, |reading, units| {
            reading.meet_names(units);
            reading.dangling = None;
        });
    }

    /// Reads a sentence of a paragraph whose label's statement (`found[label]`) it
    /// continues: its names are met, and the statement runs on to its end.
    fn read_labelled(&mut self, (start, end): (usize, usize), quotes: &[QuoteSpan], label: usize) {
        self.with_sentence((start, end), quotes, |reading, units| {
            reading.meet_names(units);
            let text = reading.text;
            let body = text[start..end].trim_end();
            let body = body.strip_suffix(['.', ',', ';']).unwrap_or(body);
            if !body.is_empty() {
                reading.found[label].statement.end = start + body.len();
            }
            reading.last_with_statement = Some(reading.sentence_no);
            reading.dangling = None;
        });
    }

    /// The statements of a sentence, and apart from them those of a sentence of quotations
    /// alone that nothing before it attributes.
    fn statements(&mut self, units: &Units) -> (Vec<Statement>, Vec<Statement>) {
        let mut st = attribute::statements(self.text, units);
        let mut unattributed = Vec::new();
        if st.is_empty() {
            st = attribute::continuations::quotations_alone(self.text, units);
            let labelled = st
                .iter()
                .any(|s| matches!(s.speaker, SpeakerSource::Mention(_)));
            match self.dangling.take() {
                // A transcript's label names the speaker of its paragraph.
                _ if labelled => {}
                // 'He said:' closing the previous sentence introduces these quotations.
                Some((cue, mention)) if !st.is_empty() => {
                    st[0].cue = Some(cue);
                    st[0].speaker = SpeakerSource::Mention(mention);
                }
                // 'The governor added:' closing a paragraph, and the next paragraph, with no
                // quotation marks, is what he added (a block quotation whose marks the page
                // left out): the statement is that paragraph.
                Some((cue, mention)) if self.opens_paragraph && !self.block_after_colon => {
                    if let Some(block) = block_statement(self.text, units, cue, mention) {
                        st.push(block);
                        self.block_after_colon = true;
                    }
                }
                _ if self.last_with_statement == Some(self.sentence_no - 1) => {}
                // 'Smith, 53, knows the risks. "We can do it."': one narrative sentence
                // about the speaker between the statement and the quotation.
                _ if self.last_with_statement.map(|l| l + 2) == Some(self.sentence_no)
                    && self.narrative_about_speaker =>
                {
                    // '"A," Federer said. Ljubicic was at a loss to explain his poor
                    // showing. "B."': the person the sentence is about speaks.
                    if let Some(m) = &self.narrative_subject {
                        for s in &mut st {
                            s.speaker = SpeakerSource::Shared(m.clone());
                        }
                    }
                }
                _ => unattributed = std::mem::take(&mut st),
            }
        }
        (st, unattributed)
    }

    /// A quotation left open at a paragraph end whose speaker is named only in the next
    /// paragraph, which reopens the mark: the speaker found there is carried back.
    fn carry_speaker_back(&mut self, units: &Units, st: &[Statement]) {
        if let Some(first) = st.first()
            && units.units.first().is_some_and(|u| u.is_quote())
            && let SpeakerSource::Mention(m) = &first.speaker
        {
            for (mut p, sentence, range) in self.pending_open.drain(..) {
                p.speaker = SpeakerSource::Shared(m.clone());
                self.found.push(Found {
                    statement: p,
                    sentence,
                    sentence_range: range,
                    section: self.sections.len() - 1,
                    turn: self.turn,
                    scene: None,
                });
            }
        }
        self.pending_open.clear();
    }

    /// What the sentence just read says about the last speaker, for a continuation after it.
    fn follow_narrative(&mut self, units: &Units, st: &[Statement]) {
        if !st.is_empty() {
            self.last_with_statement = Some(self.sentence_no);
            if let Some(SpeakerSource::Mention(m)) = st.first().map(|s| &s.speaker) {
                self.last_surname = surname(m);
            }
            self.narrative_about_speaker = false;
            return;
        }
        // Only the sentence right after a statement can stand between it and a
        // continuation: the others need no look. One that opens with another
        // person's name is about that person, who speaks next; one that speaks of the
        // speaker, or names nobody else ("The company is now looking to the US
        // markets."), leaves the speaker in place.
        self.narrative_subject = None;
        let text = self.text;
        let last_surname = self.last_surname.as_deref();
        let mut subject = None;
        let about = self.last_with_statement.map(|l| l + 1) == Some(self.sentence_no)
            && match attribute::subject::narrative_subject(text, units) {
                Some(m) if is_other_person(&m, last_surname) => {
                    subject = Some(m);
                    true
                }
                _ => speaks_of(units, last_surname) || !names_a_person(text, units),
            };
        self.narrative_subject = subject;
        self.narrative_about_speaker = about;
    }
}

/// The statements an unattributed one may continue, as indices into the statements
/// resolved so far.
#[derive(Default)]
struct Carried {
    previous: Option<usize>,
    /// A quotation with no frame continues the last statement's speaker ('Smith said it was
    /// late. "We tried."'), but the last quotation's when an "according to" paraphrase came
    /// in between ("According to the AFC, ...").
    last_quoted: Option<usize>,
    previous_by_source: bool,
}

impl Carried {
    /// The statement an unattributed one continues, if there was one.
    fn source(&self, st: &Statement) -> Option<usize> {
        self.last_quoted
            .filter(|_| st.cue.is_none() && self.previous_by_source)
            .or(self.previous)
    }

    /// Notes the statement just resolved, the `k`th.
    fn after(&mut self, st: &Statement, k: usize) {
        if st.quote_type != QuoteType::Indirect {
            self.last_quoted = Some(k);
        }
        self.previous_by_source = st.cue.as_ref().is_some_and(|c| c.lemma == "according to");
        self.previous = Some(k);
    }
}

/// Makes the rows of one article.
struct RowMaker<'a, 'l> {
    article: &'a Article,
    text: &'a str,
    offsets: OffsetMap<'a>,
    dateline_country: Option<CountryEvidence>,
    /// Country names the article uses for a place of another country ("Georgia").
    read_as_places: Vec<country::ReadAsPlace>,
    /// The countries of the places sentences opened with, which found statements index.
    scenes: Vec<CountryEvidence>,
    /// How often the article names each country (alpha-2, count).
    country_counts: Vec<(String, usize)>,
    /// The pass's own layout, which the rows outlive.
    layout: &'l structure::Layout,
}

impl<'a> RowMaker<'a, '_> {
    /// The row of a statement and its speaker. Its cells borrow the article's text, id and
    /// metadata and the fixed vocabularies; what the row works out (the speaker, their role
    /// and country) it owns.
    fn row(
        &self,
        f: &Found,
        scene: Option<usize>,
        resolved: ResolvedSpeaker,
        mention: Option<&speakers::SpeakerMention>,
        entity_country: Option<&CountryEvidence>,
    ) -> QuoteRecord<'a> {
        let (text, offsets, st) = (self.text, &self.offsets, &f.statement);
        let scene = scene.map(|i| &self.scenes[i]);
        let country = self.country(&resolved, entity_country, scene);
        let (country_name, country_code, country_basis, country_evidence) =
            country_columns(country.as_ref());
        let (cue, cue_lemma, cue_start, cue_end) = match &st.cue {
            Some(c) => (
                &text[c.start..c.end],
                Cow::Owned(c.lemma.clone()),
                Some(offsets.chars(c.start)),
                Some(offsets.chars(c.end)),
            ),
            None => ("", Cow::Borrowed(""), None, None),
        };
        let (speaker_mention, speaker_start, speaker_end) = match mention {
            Some(m) => {
                let (start, end) = m.written_at.unwrap_or((m.start, m.end));
                (
                    &text[start..end],
                    Some(offsets.chars(start)),
                    Some(offsets.chars(end)),
                )
            }
            None => ("", None, None),
        };
        let (meta, layout) = (&self.article.meta, self.layout);
        QuoteRecord {
            article_id: Cow::Borrowed(&self.article.id),
            quote_index: 0,
            quote: Cow::Borrowed(&text[st.start..st.end]),
            quote_type: Cow::Borrowed(st.quote_type.as_str()),
            speaker: Cow::Owned(single_spaced(
                full_name_in_title(self.layout.title.as_deref(), &resolved)
                    .unwrap_or(resolved.speaker),
            )),
            speaker_mention: Cow::Borrowed(speaker_mention),
            speaker_type: Cow::Borrowed(resolved.speaker_type.map_or("", |t| t.as_str())),
            speaker_role: Cow::Owned(single_spaced(resolved.role.unwrap_or_default())),
            country: Cow::Borrowed(country_name),
            country_code,
            country_basis: Cow::Borrowed(country_basis),
            country_evidence,
            cue: Cow::Borrowed(cue),
            cue_lemma,
            attribution: Cow::Borrowed(resolved.attribution.as_str()),
            confidence: confidence(
                st.quote_type,
                resolved.attribution,
                country.as_ref().map(|c| c.basis),
            ),
            quote_start: offsets.chars(st.start),
            quote_end: offsets.chars(st.end),
            speaker_start,
            speaker_end,
            cue_start,
            cue_end,
            sentence_index: f.sentence,
            sentence: cap(&text[f.sentence_range.0..f.sentence_range.1]),
            article_title: meta_or_layout(&meta.title, &layout.title),
            article_date: meta_or_layout(&meta.date, &layout.date),
            article_source: meta_or_layout(&meta.source, &layout.source),
            article_url: Cow::Borrowed(meta.url.as_deref().unwrap_or_default()),
        }
    }

    /// The speaker's country: the one the article ties the speaker to (the entity's explicit
    /// one when it is better than the mention's), else the paragraph's place's (`scene`),
    /// else the dateline's.
    fn country(
        &self,
        resolved: &ResolvedSpeaker,
        entity_country: Option<&CountryEvidence>,
        scene: Option<&CountryEvidence>,
    ) -> Option<CountryEvidence> {
        let mut country = match entity_country {
            Some(c) if resolve::better_country(resolved.country.as_ref(), Some(c)) => {
                Some(c.clone())
            }
            _ => resolved.country.clone(),
        };
        // A known public figure is of their own country whatever the text's words near
        // them say (the text's evidence stays when it agrees); a peer is British unless the
        // text says otherwise; a listed surname alone counts only where the text is silent.
        if resolved.speaker_type == Some(SpeakerType::Person) {
            if let Some(known) = country::known_person(&resolved.speaker) {
                return match country {
                    Some(c) if c.code == known.code => Some(c),
                    _ => Some(known),
                };
            }
            if country
                .as_ref()
                .is_none_or(|c| c.basis == CountryBasis::Inferred)
                && let Some(peer) = country::peer(&resolved.speaker)
            {
                country = Some(peer);
            }
            if country.is_none() {
                country = country::known_surname(&resolved.speaker);
            }
        }
        if let Some(c) = &country
            && let Some(instead) = self.story_country_instead(c, resolved, scene)
        {
            country = Some(instead);
        }
        // An international body has an empty code: no country, and no inference either;
        // nor has a joint document (of two sides or more) any one side's.
        let international = country.as_ref().is_some_and(|c| c.code.is_empty())
            || joint_document(resolved)
            || of_several_countries(resolved);
        if country.is_none()
            && !international
            && !international_by_name(resolved)
            && !foreign_by_description(&resolved.speaker)
        {
            // (A prime minister in a US story leads another country: the story's gives none.)
            country = scene
                .or(self.dateline_country.as_ref())
                .cloned()
                .filter(|c| {
                    !resolved
                        .role
                        .as_deref()
                        .is_some_and(|role| LEXICON.office_absent_in(role, &c.code))
                });
        }
        if international {
            country = None;
        }
        if let Some(c) = &mut country
            && let Some(&(_, _, also)) = self
                .read_as_places
                .iter()
                .find(|(name, code, _)| c.code == *code && c.evidence.contains(name))
        {
            c.code = also.to_string();
        }
        country
    }

    /// The country that stands instead of `c`, the one the text gave the speaker, where `c`
    /// comes from a title, party or department many countries share and the story tells
    /// which of them it is about.
    fn story_country_instead(
        &self,
        c: &CountryEvidence,
        resolved: &ResolvedSpeaker,
        scene: Option<&CountryEvidence>,
    ) -> Option<CountryEvidence> {
        // "MP Penny Sharpe" in a story about Australia is Australian: a title or party many
        // countries share says the UK only in a story about no other country that has it.
        if let Some(story) = scene.or(self.dateline_country.as_ref())
            && country::from_shared_affiliation(c, &story.code)
            && !story.code.is_empty()
            && story.code != c.code
            && !resolved
                .role
                .as_deref()
                .is_some_and(|role| LEXICON.office_absent_in(role, &story.code))
        {
            return Some(story.clone());
        }
        if let Some(story) = self.dateline_country.as_ref()
            && !story.code.is_empty()
            && story.code != c.code
            && country::from_generic_department(c)
        {
            return Some(story.clone());
        }
        // "Labour's trade spokesperson, Rawiri Kapa" in a New Zealand paper's story about
        // Australia: the story names New Zealand, which has Labour, and never Britain.
        country::sharer_named(c, &self.country_counts)
    }
}

/// "Clinton", a person the story never names in full, is "Hillary Clinton" when its
/// headline writes a given name before that surname ("Hillary Clinton Goes After Donald
/// Trump ..."): the headline is no statement, but it names the story's people.
fn full_name_in_title(title: Option<&str>, resolved: &ResolvedSpeaker) -> Option<String> {
    let surname = resolved.speaker.as_str();
    if resolved.speaker_type != Some(SpeakerType::Person)
        || surname.contains(' ')
        || !surname.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let words: Vec<&str> = title?
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w)
        })
        .collect();
    words.windows(2).find_map(|w| {
        (w[1] == surname
            && w[0].starts_with(|c: char| c.is_uppercase())
            && LEXICON.given_names.contains_key(&*w[0].to_lowercase()))
        .then(|| format!("{} {surname}", w[0]))
    })
}

/// Whether the words before a label's colon are a transcript's own kind of label: a name in
/// double parentheses ("((Ann Lee))") or in capitals ("LEE").
fn is_transcript_label(label: &str) -> bool {
    label.trim_start().starts_with("((") || !label.contains(char::is_lowercase)
}

/// Whether an unnamed source is described as from abroad ("many foreign exhibitors", "an
/// international team of scientists", "domestic and international critics"): the story's
/// country is the one they are not from. A government's own post keeps it ("the foreign
/// minister", "foreign affairs spokesman").
fn foreign_by_description(speaker: &str) -> bool {
    const POSTS: &[&str] = &[
        "minister",
        "ministry",
        "secretary",
        "affairs",
        "office",
        "policy",
        "editor",
        "correspondent",
        "service",
        "relations",
    ];
    // ("Foreign ministers of BRICS countries met ..., pledging": the sentence's first word;
    // but "International" opens bodies' names, "International Business Times".)
    let words = speaker.split_whitespace();
    words.clone().zip(words.skip(1)).any(|(w, next)| {
        (["foreign", "overseas"].contains(&&*norm(w)) || w == "international")
            && !POSTS.contains(&&*norm(next))
    })
}

/// Whether the speaker is a group of people of several countries ("Foreign ministers of
/// BRICS countries", "ministers from 20 countries"): of no one country.
fn of_several_countries(resolved: &ResolvedSpeaker) -> bool {
    resolved.speaker_type == Some(SpeakerType::Group)
        && resolved
            .speaker
            .split_whitespace()
            .any(|w| ["countries", "nations"].contains(&w))
}

/// Whether the speaker is a joint document ("A joint statement issued after the meeting",
/// "the joint communique"): the sides' words together, of no one country.
fn joint_document(resolved: &ResolvedSpeaker) -> bool {
    let mut words = resolved.speaker.split_whitespace();
    resolved.speaker_type == Some(SpeakerType::Document)
        && words
            .next()
            .is_some_and(|w| ["a", "the"].contains(&&*norm(w)))
        && words.next().is_some_and(|w| norm(w) == "joint")
}

/// Whether the speaker is a body whose name says it is international ("European
/// Broadcasting Union", "World Wildlife Fund"; data/international_openers.txt): it speaks
/// for no country, and the story's gives it none. (Not a newspaper: "International Business
/// Times".)
fn international_by_name(resolved: &ResolvedSpeaker) -> bool {
    let lex = &*LEXICON;
    let mut words = resolved.speaker.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    if resolved.speaker_type != Some(SpeakerType::Organization)
        || !lex.international_openers.contains(&*norm(first))
    {
        return false;
    }
    let last = norm(last);
    lex.org_words.contains(&*last) && !lex.newspaper_words.contains(&*last)
}

/// An article metadata cell: the metadata's value (borrowed from the article), else what
/// the text's layout gave (owned: the layout is the pass's own), else empty.
/// The sentence of `units`, whole, as a statement introduced by a colon frame (`cue`, said
/// by `mention`): only a sentence of words with no quotation mark or markup ('<tweet ...>').
fn block_statement(
    text: &str,
    units: &Units,
    cue: CueRef,
    mention: speakers::SpeakerMention,
) -> Option<Statement> {
    let first = units.units.first().filter(|u| u.is_word())?;
    // (An interview's own "I have written to the following:" introduces a list, not words
    // of someone reported.)
    let first_person = ["i", "we", "you"]
        .iter()
        .any(|p| mention.text.eq_ignore_ascii_case(p));
    if first_person || units.units.iter().any(|u| u.is_quote()) {
        return None;
    }
    let start = first.start();
    let end = units.units.last()?.end();
    let body = text[start..end].trim_end();
    let body = body.strip_suffix(['.', ',', ';', ':']).unwrap_or(body);
    Some(Statement {
        start,
        end: start + body.len(),
        quote_type: QuoteType::Indirect,
        cue: Some(cue),
        speaker: SpeakerSource::Mention(mention),
    })
}

fn meta_or_layout<'a>(meta: &'a Option<String>, layout: &Option<String>) -> Cow<'a, str> {
    match (meta, layout) {
        (Some(m), _) => Cow::Borrowed(m),
        (None, Some(l)) => Cow::Owned(l.clone()),
        (None, None) => Cow::Borrowed(""),
    }
}

/// The `country`, `country_code`, `country_basis` and `country_evidence` cells: all empty
/// when the code names no country.
fn country_columns(
    country: Option<&CountryEvidence>,
) -> (
    &'static str,
    Cow<'static, str>,
    &'static str,
    Cow<'static, str>,
) {
    let country_name = country
        .and_then(|c| country::country_name(&c.code))
        .unwrap_or("");
    let country_code = if country_name.is_empty() {
        Cow::Borrowed("")
    } else {
        Cow::Owned(country.map(|c| c.code.clone()).unwrap_or_default())
    };
    let country_basis = match country.map(|c| c.basis) {
        Some(_) if country_name.is_empty() => "",
        Some(CountryBasis::Explicit) => "explicit",
        Some(CountryBasis::Inferred) => "inferred",
        None => "",
    };
    let country_evidence = if country_name.is_empty() {
        Cow::Borrowed("")
    } else {
        Cow::Owned(country.map(|c| c.evidence.clone()).unwrap_or_default())
    };
    (country_name, country_code, country_basis, country_evidence)
}

/// Whether a sentence speaks of the last speaker: a third-person singular pronoun, or the
/// speaker's surname among its words.
fn speaks_of(units: &Units, surname: Option<&str>) -> bool {
    units.words.iter().any(|w| {
        matches!(w.as_ref(), "he" | "she" | "his" | "her" | "him") || Some(w.as_ref()) == surname
    })
}

/// The last word of a mention's name, lowercase.
fn surname(m: &speakers::SpeakerMention) -> Option<String> {
    m.name
        .as_deref()
        .and_then(|n| n.split_whitespace().last())
        .map(str::to_lowercase)
}

/// Whether a subject is a person named by name, not the last speaker (by surname).
fn is_other_person(m: &speakers::SpeakerMention, last_surname: Option<&str>) -> bool {
    m.kind == MentionKind::Name
        && m.speaker_type == speakers::SpeakerType::Person
        && surname(m).is_some_and(|s| Some(s.as_str()) != last_surname)
}

/// Whether a sentence names a person: a given name or a title before a capitalized word.
fn names_a_person(text: &str, units: &Units) -> bool {
    (1..units.len()).any(|k| {
        units.is_capitalized_word(text, k)
            && (LEXICON.given_names.contains_key(units.words[k].as_ref())
                || LEXICON.honorifics.contains_key(units.words[k].as_ref()))
    })
}

/// Whether a statement's cue opens its sentence, alone or after a subordinator, and the
/// subject it shares is named after it in that sentence ("Noting that ..., Xi said ...",
/// "While urging ..., Xi said ..."): the subject stands for the speaker at the cue's row
/// too.
fn opens_the_sentence_before(
    st: &Statement,
    m: &speakers::SpeakerMention,
    (start, end): (usize, usize),
    text: &str,
) -> bool {
    // ("While urging ..., Xi said ...": a subordinator may come first.)
    const OPENERS: [&str; 6] = ["while", "after", "before", "when", "by", "in"];
    st.cue.as_ref().is_some_and(|c| {
        start <= c.start
            && text.get(start..c.start).is_some_and(|s| {
                let s = s
                    .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                    .trim_end();
                s.is_empty() || OPENERS.iter().any(|o| s.eq_ignore_ascii_case(o))
            })
            && c.end <= m.start
            && m.end <= end
    })
}

/// The surnames (lower case) a text names after a title: "Mr Brown", "Mrs. Clinton's".
fn titled_surnames(content: &str) -> Vec<String> {
    // Every title holds "Mr", "Ms" or "Dr": content with none of them (most) names nobody
    // after a title, and needs no split into words.
    let b = content.as_bytes();
    if !memchr::memchr2_iter(b'M', b'D', b).any(|i| match b.get(i + 1) {
        Some(b'r') => true,
        Some(b's') => b[i] == b'M',
        _ => false,
    }) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut words = content.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let title = w.trim_end_matches('.');
        if ["Mr", "Mrs", "Ms", "Dr"].contains(&title)
            && let Some(next) = words.peek()
            && next.starts_with(|c: char| c.is_uppercase())
        {
            let name = next
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s");
            out.push(name.to_lowercase());
        }
    }
    out
}

/// The length of the interviewer's label that opens a paragraph ("((WN)) Tell us ...", "Q:
/// What ..."; data/interviewer_labels.txt), with the spaces after it.
fn interviewer_label(paragraph: &str) -> Option<usize> {
    let p = paragraph.trim_start();
    let (label, rest) = match p.strip_prefix("((") {
        Some(inside) => {
            let i = inside.find("))")?;
            (&inside[..i], &inside[i + 2..])
        }
        None => {
            let i = p.get(..p.len().min(16))?.find(':')?;
            (&p[..i], &p[i + 1..])
        }
    };
    LEXICON
        .interviewer_labels
        .contains(&label.trim().to_lowercase())
        .then(|| paragraph.len() - rest.trim_start().len())
}

/// Whether an interviewer's sentence asks rather than tells: it ends with a question mark,
/// or opens with a cue as a request ("Tell us about your work.").
fn is_question(sentence: &str) -> bool {
    let t = sentence.trim_end();
    let first = t
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    t.trim_end_matches(crate::text::quotes::is_quote_mark)
        .ends_with('?')
        || LEXICON.cues.get(&first).is_some()
}

/// A name or role as an analyst groups it, single-spaced (`speakers::single_space`), so
/// "Pat\u{a0}Caddell" and "Pat Caddell" are one speaker. The mention keeps the article's
/// characters; its offsets point at them.
fn single_spaced(mut s: String) -> String {
    speakers::single_space(&mut s);
    s
}

/// The confidence formula documented in the README: a base for how the speaker was found,
/// scaled by how clear the content's edges are, lowered a little for an inferred country.
pub fn confidence(qt: QuoteType, a: Attribution, basis: Option<CountryBasis>) -> f64 {
    let base = match a {
        Attribution::Explicit => 0.95,
        Attribution::Name => 0.9,
        Attribution::Carried => 0.85,
        Attribution::Pronoun => 0.8,
        Attribution::Description => 0.75,
        Attribution::Unnamed => 0.75,
        Attribution::Unresolved => 0.6,
    };
    let content = match qt {
        QuoteType::Direct => 1.0,
        QuoteType::Mixed => 0.95,
        QuoteType::Indirect => 0.9,
    };
    let country = if basis == Some(CountryBasis::Inferred) {
        0.95
    } else {
        1.0
    };
    ((base * content * country) * 100.0_f64).round() / 100.0
}

/// Cuts a sentence to `SENTENCE_CAP` characters, ending with "…" when cut.
pub fn cap(s: &str) -> Cow<'_, str> {
    // Look no further than the cap: counting a 10 MB sentence for each of its rows would
    // make the output quadratic in the input. A sentence of no more bytes than the cap has
    // no more characters either, and needs no count.
    if s.len() <= SENTENCE_CAP || s.chars().nth(SENTENCE_CAP).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out: String = s.chars().take(SENTENCE_CAP - 1).collect();
    out.push('\u{2026}');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<QuoteRecord<'static>> {
        // The rows borrow their article: a test's article lives as long as the test run.
        extract_article(Box::leak(Box::new(Article {
            id: "t".into(),
            text: text.into(),
            meta: Default::default(),
        })))
    }

    /// "The CDC" after "the Centers for Disease Control and Prevention": an abbreviation
    /// institutions.csv lists for a body the article names in full is that body, though its
    /// initials are not the abbreviation's.
    #[test]
    fn a_listed_abbreviation_is_the_body_named_in_full() {
        let r = rows(
            "Measles cases rise\n\nThe Centers for Disease Control and Prevention said there \
             were 412 cases.\n\nThe CDC said it was providing technical assistance.\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].speaker, "Centers for Disease Control and Prevention");
    }

    /// "..., the Minister for Housing has said. Ciaran Mulvey said on Tuesday that ...": a
    /// lede's definite description is the person the next sentence names without a role,
    /// after a byline's lines too; not one the text keeps anonymous, nor a body's noun after
    /// a role ("an expert panel").
    #[test]
    fn the_lede_s_description_is_the_person_named_next_without_a_role() {
        let r = rows(
            "Housing plan unveiled\n\nOrla Gaffney\nHousing Correspondent\n\nThe Government will \
             ask Brussels for flexibility, the Minister for Housing has said.\n\nCiaran \
             Mulvey said on Tuesday that the plan would deliver 60,000 homes a year.\n",
        );
        assert_eq!(r[0].speaker, "Ciaran Mulvey");
        assert_eq!(r[0].speaker_mention, "the Minister for Housing");
        // A sentence of figures may stand between them.
        let r = rows(
            "Waiting lists grow\n\nServices face hard choices, the Health Minister warned.\n\n\
             Figures published on Thursday showed 482,316 people waiting.\n\nSpeaking at \
             Stormont, Robin Cathcart said the gap was growing.\n",
        );
        assert_eq!(r[0].speaker, "Robin Cathcart");
        for lede in [
            "A new plan is coming, according to a ministry official who was not authorized to \
             speak publicly.",
            "A new plan is coming, an expert panel organized by the ministry said.",
        ] {
            let r = rows(&format!(
                "Housing plan unveiled\n\n{lede}\n\nCiaran Mulvey said on Tuesday that the \
                 plan would deliver 60,000 homes a year.\n"
            ));
            assert_ne!(r[0].speaker, "Ciaran Mulvey", "{lede}");
        }
    }

    /// "a nurse who lives in Fort Erie, Ont.": a Canadian province in news style is a place
    /// (data/places.csv), and its period ends no sentence (data/abbreviations.txt).
    #[test]
    fn a_canadian_province_in_news_style_gives_its_country() {
        let r = rows(
            "Nurses cross the border\n\nBUFFALO -- Chantal Roy, a nurse who lives in Fort Erie, \
             Ont., said morale was low.\n",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].country_code, "CA");
    }

    /// "..., a Chinese Foreign Ministry spokesperson said Wednesday. Spokesperson Gao Wenjie
    /// made the remarks at a regular press briefing": the lede's unnamed source is the person
    /// the next sentence says made the remarks, though that person reports nothing there
    /// (the description stayed the speaker).
    #[test]
    fn the_lede_s_source_is_the_one_who_made_the_remarks() {
        for next in [
            "Spokesperson Gao Wenjie made the remarks at a regular press briefing when asked \
             about a defense minister, who told parliament that Tokyo would act.",
            "Gao Wenjie, a spokesperson for the ministry, made the comments at a briefing.",
        ] {
            let r = rows(&format!(
                "China urges restraint\n\nBEIJING, March 12 (Xinhua) -- China urges Japan to \
                 stop making irresponsible remarks, a Chinese Foreign Ministry spokesperson said \
                 Wednesday. {next}\n"
            ));
            assert_eq!(r[0].speaker, "Gao Wenjie", "{next}");
            assert_eq!(
                r[0].speaker_mention,
                "a Chinese Foreign Ministry spokesperson"
            );
        }
    }

    /// "A joint statement issued after the meeting said": the statement speaks (the time
    /// after its participle opens no clause), as a document of two sides or more, of no one
    /// country, though the dateline names one.
    #[test]
    fn a_joint_statement_speaks_for_no_one_country() {
        let r = rows(
            "Talks end\n\nKUALA LUMPUR, Aug. 3 (Xinhua) -- Chinese and ASEAN ministers met \
             on Monday. A joint statement issued after the meeting said both sides will \
             deepen cooperation. A statement released by the Malaysian ministry said the talks \
             went well.\n",
        );
        let got: Vec<(&str, &str)> = r.iter().map(|r| (&*r.speaker, &*r.country_code)).collect();
        assert_eq!(
            got,
            [
                ("a joint statement issued after the meeting", ""),
                ("a statement released by the Malaysian ministry", "MY")
            ]
        );
    }

    #[test]
    fn names_link_within_a_section_of_at_most_so_many_entities() {
        // Distinct surnames of three letters after "Bb": "Bbaab", "Bbaac", ...
        let surname = |k: usize| {
            let l = |n: usize| char::from(b'a' + (n % 26) as u8);
            format!("Bb{}{}{}", l(k / 676), l(k / 26), l(k))
        };
        let article = |people: usize| {
            let mut text = String::from("Roll call\n\nKim Adams opened the session.");
            for k in 1..=people {
                text.push_str(&format!(" Anna {} attended.", surname(k)));
            }
            text.push_str(" \"We are done,\" Adams said.\n");
            text
        };
        let speaker = |people| rows(&article(people)).last().map(|r| r.speaker.to_string());
        assert_eq!(speaker(100).as_deref(), Some("Kim Adams"));
        // Kim Adams is in the section before: the surname stands alone.
        assert_eq!(speaker(SECTION_ENTITIES + 10).as_deref(), Some("Adams"));
    }

    #[test]
    fn a_name_s_officer_is_no_officer_of_another_name() {
        let r = rows(
            "Senate race\n\nMurphy's spokeswoman Galia Slayen said Murphy is proud. Grayson's \
             spokeswoman said he maintains that she will be a fine president.\n",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].speaker, "Galia Slayen");
        assert_ne!(r[1].speaker, "Galia Slayen");
    }

    #[test]
    fn an_unnamed_source_is_taken_up_by_its_own_noun() {
        let r = rows(
            "Palace row\n\nA source close to the prince said he was furious. The source added \
             that no decision had been made.\n",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].speaker, "a source close to the prince");
    }

    #[test]
    fn the_speaker_column_has_single_spaces_where_the_mention_keeps_the_text() {
        let r = rows(
            "Talks resume\n\n\"We are ready,\" said Anna\u{a0}Berg, the\u{a0}chief\u{a0}negotiator.\n",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].speaker, "Anna Berg");
        assert_eq!(r[0].speaker_mention, "Anna\u{a0}Berg");
        assert_eq!(r[0].speaker_role, "chief negotiator");
    }

    #[test]
    fn a_body_whose_name_says_it_is_international_takes_no_country_from_the_story() {
        let r = rows(
            "Rugby row\n\nLONDON - The International Rugby Board said the law would change in Britain. Ed Vale of the London Rugby Club said it was fair.\n",
        );
        let got: Vec<(&str, &str)> = r.iter().map(|r| (&*r.speaker, &*r.country_code)).collect();
        assert_eq!(got, [("International Rugby Board", ""), ("Ed Vale", "GB")]);
    }

    /// A label's answer may open with a word or two ("Melnyk: Yes. Danish engineers ..."):
    /// the paragraph is still the labelled speaker's.
    #[test]
    fn a_short_answer_after_a_label_is_the_labels() {
        let r = rows(
            "Interview\n\nOksana Melnyk leads a team of architects.\n\nQ: Do you get help?\n\nMelnyk: Yes. Danish engineers have worked with us.\n\nQ: How many?\n\nMelnyk: Forty-two.\n",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(&*r[0].quote, "Yes. Danish engineers have worked with us");
        assert_eq!(&*r[0].speaker, "Oksana Melnyk");
    }

    #[test]
    fn in_a_transcript_s_answer_i_is_the_one_answering() {
        let r = rows(
            "Interview: Ana Berg\n\n((WN))  How did it start?\n\n((Ana Berg))  The fleet had two boats, as I said.\n\nLater I told the board the port would grow.\n\n((WN))  And then?\n\nI said the port would close.\n",
        );
        let got: Vec<(&str, &str, &str)> = r
            .iter()
            .map(|r| (&*r.quote, &*r.speaker, &*r.attribution))
            .collect();
        assert_eq!(
            got,
            [
                // The label's statement takes in the first-person frame of its sentence.
                ("The fleet had two boats, as I said", "Ana Berg", "explicit"),
                ("the port would grow", "Ana Berg", "pronoun"),
                // After the next question, no answer is being read: "I" is the writer's.
                ("the port would close", "I", "unresolved"),
            ]
        );
    }

    #[test]
    fn an_interviewers_question_reports_nothing() {
        let r = rows(
            "Interview: Ana Berg\n\n((WN))  Tell us about your work. The mayor said the port would close. Is that so?\n\n((Ana Berg))  We started in 2010 with two boats.\n\nQ: You said the fleet would grow?\n",
        );
        // The interviewer's statement of what someone else said stays; the label is no
        // part of any speaker.
        let got: Vec<(&str, &str)> = r.iter().map(|r| (&*r.quote, &*r.speaker)).collect();
        assert_eq!(
            got,
            [
                ("the port would close", "the mayor"),
                ("We started in 2010 with two boats", "Ana Berg")
            ]
        );
        assert_eq!(interviewer_label("Q:  What did you find?"), Some(4));
        assert_eq!(interviewer_label("Quebec: the vote"), None);
    }

    #[test]
    fn continuation_sentence_carries_the_speaker() {
        let r = rows("Talks resume\n\n\"We are ready,\" Anna Berg said. \"The door is open.\"\n");
        assert_eq!(r.len(), 2);
        assert_eq!((&*r[1].quote, &*r[1].cue), ("The door is open.", ""));
        assert_eq!(
            (&*r[1].speaker, &*r[1].attribution),
            ("Anna Berg", "carried")
        );
    }

    #[test]
    fn quote_over_paragraphs_gives_a_row_per_paragraph() {
        let r = rows(
            "Talks resume\n\nAnna Berg said: \"We are ready to talk.\n\n\"The door is open.\"\n",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].quote, "We are ready to talk.");
        assert_eq!(r[1].quote, "The door is open.");
        assert_eq!(r[1].speaker, "Anna Berg");
    }

    #[test]
    fn open_quote_takes_the_speaker_named_in_the_next_paragraph() {
        let r = rows(
            "Talks resume\n\n\"We are ready to talk.\n\n\"The door is open,\" Anna Berg said.\n",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(
            (&*r[0].quote, &*r[0].speaker, &*r[0].cue),
            ("We are ready to talk.", "Anna Berg", "")
        );
    }

    #[test]
    fn hard_wrapped_text_reads_as_paragraphs() {
        let r = rows(
            "Talks resume\n\nThe harbour will reopen before the end of the\nyear, Anna Berg told\nreporters on Monday, adding that the fleet\nwas ready to sail.\n\n\"We are ready,\" she\nsaid.\n",
        );
        let got: Vec<(&str, &str)> = r.iter().map(|r| (&*r.quote, &*r.speaker)).collect();
        assert_eq!(
            got,
            [
                (
                    "The harbour will reopen before the end of the\nyear",
                    "Anna Berg"
                ),
                ("the fleet\nwas ready to sail", "Anna Berg"),
                ("We are ready,", "Anna Berg")
            ]
        );
    }

    #[test]
    fn colon_frame_introduces_the_next_paragraph() {
        let r = rows("Talks resume\n\nAnna Berg said:\n\n\"We are ready to talk.\"\n");
        assert_eq!(r.len(), 1);
        assert_eq!((&*r[0].cue, &*r[0].speaker), ("said", "Anna Berg"));
    }

    /// A relative clause's frame writes its pronoun as the mention and resolves the name
    /// it stands for.
    #[test]
    fn a_relative_pronoun_is_the_mention() {
        let r = rows("Talks resume\n\nRuiz met Ada Brill, who said the talks would fail.\n");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (&*r[0].speaker, &*r[0].speaker_mention),
            ("Ada Brill", "who")
        );
        assert_eq!(
            r[0].speaker_end.zip(r[0].speaker_start).map(|(e, s)| e - s),
            Some(3)
        );
    }

    /// "the company" never refers back to a university (data/public_bodies.txt).
    /// "They've said", "I'd said": the pronoun before a clitic is the mention, and stands
    /// for whom the pronoun would.
    #[test]
    fn a_pronoun_with_a_clitic_is_the_pronoun() {
        let r = rows(
            "Talks\n\nThe union leaders met on Monday. They've said that the strike will go on.\n",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(&*r[0].speaker_mention, "They");
        let r = rows("Talks\n\nAnn Lee spoke on Monday. She\u{2019}d said the deal was done.\n");
        assert_eq!((&*r[0].speaker, &*r[0].speaker_mention), ("Ann Lee", "She"));
    }

    /// A county or province is its government, never a person: "The Cook County judge" is
    /// a description, not someone named "Cook County".
    #[test]
    fn a_county_names_no_person() {
        let r = rows("Ruling\n\nThe Cook County judge said the law stood.\n");
        assert_eq!(&*r[0].speaker, "the Cook County judge");
        let r = rows("Ruling\n\nCook County said the law stood.\n");
        assert_eq!(
            (&*r[0].speaker, &*r[0].speaker_type),
            ("Cook County", "organization")
        );
        // Nor does a province take a "he".
        let r = rows(
            "Visit\n\nLi Wei said the belt would grow. He opened a centre in Xiamen, Fujian Province. \"It will help,\" he said.\n",
        );
        assert_eq!(&*r[1].speaker, "Li Wei");
    }

    /// A definite description in the lede is the person of its own role the next sentence
    /// names.
    #[test]
    fn the_mayor_in_the_lede_is_the_mayor_named_next() {
        let r = rows(
            "Floods\n\nThe mayor of Tewkesbury has vowed to rebuild the town.\n\n\"We will rebuild,\" Mayor Ann Lee told the BBC.\n",
        );
        assert_eq!(&*r[0].speaker, "Ann Lee");
        // A person of another role is no one the description names.
        let r = rows(
            "Floods\n\nThe mayor of Tewkesbury has vowed to rebuild the town.\n\n\"We will rebuild,\" Police Chief Tom Ruiz told the BBC.\n",
        );
        assert_eq!(&*r[0].speaker, "the mayor of Tewkesbury");
    }

    /// The company whose shares a story opens with is the body "it" and "the firm" take up.
    #[test]
    fn the_company_whose_shares_moved_is_the_firm() {
        let r = rows(
            "Oil find\n\nShares in Cairn Energy have jumped 6% after the firm said an Indian oilfield was larger than thought.\n",
        );
        assert_eq!(&*r[0].speaker, "Cairn Energy");
        // Not a name cut short before a capitalized word ("American Express").
        let r = rows(
            "Spin-off\n\nShares in American Express surged after it said it would spin off a unit.\n",
        );
        assert_ne!(&*r[0].speaker, "American");
    }

    /// "Comrade" is a title before a name, no part of it.
    #[test]
    fn comrade_is_a_title() {
        let r = rows("Speech\n\nComrade Li Wei said the plan would succeed.\n");
        assert_eq!(&*r[0].speaker, "Li Wei");
    }

    #[test]
    fn the_company_is_no_university() {
        let r = rows(
            "Talks resume\n\nAcme Motors opened a plant. Staff at Harbour University said the design was poor. The company said the plant would stay open.\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(&*r[1].speaker, "Acme Motors");
    }

    /// A one-word name that opens a sentence as its subject is the body "the firm" and
    /// "it" stand for later, though it never speaks; one inside what a later frame reports
    /// is not.
    #[test]
    fn a_one_word_subject_is_the_firm_later() {
        let r = rows(
            "Dairy group sues banks\n\nTidemark has sued 45 banks over its collapse. The firm also said it is preparing further suits.\n",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(&*r[0].speaker, "Tidemark");
        let r = rows(
            "New lock for discs\n\nDiscguard is expected to reach shops in May, the company said.\n",
        );
        assert_eq!(&*r[0].speaker, "the company");
        let r = rows("Results\n\nOnly one bank has sued. The firm said it would appeal.\n");
        assert_eq!(&*r[0].speaker, "the firm");
        // A one-word owner that opens the sentence is the body too ("Nintendo's new
        // console"), though not a month's or a day's possessive.
        let r = rows(
            "Console\n\nNintendo's new console will go on sale in March, the company has announced.\n",
        );
        assert_eq!(&*r[0].speaker, "Nintendo");
        let r = rows("Figures\n\nDecember's figures were weak, the company said.\n");
        assert_eq!(&*r[0].speaker, "the company");
    }

    /// "was asked by X whether ...": X asked the question, and the one asked, not X,
    /// answers the "he said" after it.
    #[test]
    fn the_asker_is_no_antecedent_of_the_answer() {
        let r = rows(
            "Talks resume\n\nTom Ruiz was asked by a caller whether the quay would open. \"It will,\" he said.\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (&*r[0].quote, &*r[0].speaker, &*r[0].cue),
            ("whether the quay would open", "a caller", "asked")
        );
        assert_eq!(&*r[1].speaker, "Tom Ruiz");
        // So does the one a named asker asked.
        let r = rows(
            "Talks resume\n\nAinsley Earhardt asked Marco Rubio which states he could win.\n\n\"We feel great,\" he said.\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(&*r[0].quote, "which states he could win");
        assert_eq!(&*r[1].speaker, "Marco Rubio");
    }

    /// A public office with its portfolio ("the Archbishop of Canterbury") is one person's:
    /// no one who spoke before it with another role.
    #[test]
    fn an_office_with_its_portfolio_is_no_earlier_speaker() {
        let r = rows(
            "Wedding plans\n\n\"It was a long road,\" said Ros Coward, a biographer. The Archbishop of Canterbury said: \"I am pleased.\"\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(&*r[1].speaker, "the Archbishop of Canterbury");
    }

    /// A paragraph with no quotation marks after 'X added:' is what X added, to its end;
    /// markup, a finding and an interview's own "I" introduce nothing.
    #[test]
    fn colon_frame_introduces_an_unquoted_paragraph() {
        let r = rows(
            "Talks resume\n\nAnna Berg added:\n\nWe are ready. The rest is up to them.\n\nThe talks began.\n",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (&*r[0].quote, &*r[0].cue, &*r[0].speaker),
            ("We are ready. The rest is up to them", "added", "Anna Berg")
        );
        for text in [
            "Talks resume\n\nOne user tweeted:\n\n<tweet author=\"x\">Great.</tweet>\n",
            "Talks resume\n\nThe poll found that:\n\nMost voters were unhappy.\n",
            "Talks resume\n\nI have written to the following:\n\nI hope to promote the plan.\n",
        ] {
            assert!(rows(text).is_empty(), "{text}: {:?}", rows(text));
        }
    }

    #[test]
    fn offsets_count_code_points() {
        let text = "Título\n\n\u{201C}Vamos,\u{201D} José Silva said.\n";
        let r = rows(text);
        let chars: Vec<char> = text.chars().collect();
        let q: String = chars[r[0].quote_start..r[0].quote_end].iter().collect();
        assert_eq!(q, "Vamos,");
        assert_eq!(r[0].speaker, "José Silva");
    }

    #[test]
    fn sentence_column_is_capped() {
        assert_eq!(cap(&"a".repeat(600)).chars().count(), SENTENCE_CAP);
        assert!(cap(&"a".repeat(600)).ends_with('\u{2026}'));
    }
}

/// One hand-written case per reported-speech pattern, resolution kind and country kind.
#[cfg(test)]
mod pattern_tests {
    use super::*;

    #[test]
    fn sources_from_abroad_take_no_country_of_the_story() {
        for (speaker, foreign) in [
            ("many foreign exhibitors", true),
            ("an international team of scientists", true),
            ("domestic and international critics", true),
            ("the foreign minister", false),
            ("the foreign affairs office", false),
            ("the exhibitors", false),
            // (Opening the sentence, "Foreign" too; but "International" opens names.)
            ("Foreign ministers", true),
            ("Foreign Minister Wang Yi", false),
            ("International Business Times", false),
        ] {
            assert_eq!(foreign_by_description(speaker), foreign, "{speaker}");
        }
        // A group of several countries' people is of none.
        let group = |speaker: &str| ResolvedSpeaker {
            speaker: speaker.to_string(),
            speaker_type: Some(SpeakerType::Group),
            role: None,
            country: None,
            attribution: resolve::Attribution::Unnamed,
            entity: None,
        };
        assert!(of_several_countries(&group("ministers from 20 countries")));
        assert!(!of_several_countries(&group("residents of the town")));
    }

    #[test]
    fn a_name_in_what_was_said_is_no_later_speaker_for_he() {
        let rows = got(
            "Callum Reid went over in the corner after 58 minutes. The 21-year-old said he had been \
             \"too scared to look\" as Gregor Paton lined up the kick. \"When it went over I \
             just wanted to get back,\" he added.",
        );
        let speakers: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(speakers, ["Callum Reid", "Callum Reid"], "{rows:?}");
    }

    #[test]
    fn fisherfolk_are_a_group_that_speaks() {
        let (quote, _, speaker, _, _) =
            one("In Masinloc town, fisherfolk said they had stopped going near the shoal.");
        assert_eq!(
            (quote.as_str(), speaker.as_str()),
            ("they had stopped going near the shoal", "fisherfolk")
        );
    }

    #[test]
    fn a_name_described_after_an_owner_s_noun_is_the_subject_she_takes_up() {
        let rows = got(
            "Director Lucia Barrenechea collected the prize. \"I never imagined this,\" she \
             said.\n\nIts star, Spanish actress Carmen Ibarra, was named best actress but \
             could not attend. She said she was \"overwhelmed\".",
        );
        assert_eq!(rows[1].2, "Carmen Ibarra", "{rows:?}");
    }

    #[test]
    fn a_body_s_own_word_gives_its_staff_its_country_or_none() {
        // The body is named paragraphs back, and the story names China most: an
        // international body's spokeswoman is of no country, a festival's director of its.
        let filler = "Shipments of shirts, trousers and bed linen rose sharply in the spring, \
                      and warehouses across the continent were fuller than in any year since \
                      the quotas began. "
            .repeat(4);
        let text = format!(
            "The European Commission has given China ten days to curb clothing exports.\n\n\
             Factories in China, China's ports and China's traders are braced. {filler}\n\n\
             Commission spokeswoman Claudia Brenner said the EU could not stand by."
        );
        let rows = got(&text);
        let brenner = rows
            .iter()
            .find(|r| r.2 == "Claudia Brenner")
            .expect("her row");
        assert_eq!(brenner.4, "", "{rows:?}");
        // (Unnamed, in the city of another country: the body still decides.)
        let text = "The European Commission has given China ten days to act.\n\n\
                    A Commission spokeswoman in Brussels said the talks were constructive.";
        let rows = got(text);
        assert_eq!(rows[0].4, "", "{rows:?}");
        let text = format!(
            "The Berlin Film Festival, Germany's biggest, opens on Thursday in China's honour. \
             {filler}\n\nFestival director Klaus Rehberg said the choice was political."
        );
        let rows = got(&text);
        let rehberg = rows
            .iter()
            .find(|r| r.2 == "Klaus Rehberg")
            .expect("his row");
        assert_eq!(rehberg.4, "DE", "{rows:?}");
    }

    /// (quote, cue, speaker, attribution, country code) of each row.
    fn got(text: &str) -> Vec<(String, String, String, String, String)> {
        let article = Article {
            id: "t".into(),
            text: format!("Headline here\n\n{text}\n"),
            meta: Default::default(),
        };
        extract_article(&article)
            .into_iter()
            .map(|r| {
                (
                    r.quote.into_owned(),
                    r.cue.into_owned(),
                    r.speaker.into_owned(),
                    r.attribution.into_owned(),
                    r.country_code.into_owned(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String, String, String) {
        let g = got(text);
        assert_eq!(g.len(), 1, "{text}: {g:?}");
        g.into_iter().next().unwrap()
    }

    /// One column of the rows of `body` under the headline `title`.
    fn column_under<T>(title: &str, body: &str, column: impl Fn(QuoteRecord) -> T) -> Vec<T> {
        let article = Article {
            id: "t".into(),
            text: format!("{title}\n\n{body}\n"),
            meta: Default::default(),
        };
        extract_article(&article).into_iter().map(column).collect()
    }

    /// The speakers of `body` under the headline `title`.
    fn speakers_under(title: &str, body: &str) -> Vec<String> {
        column_under(title, body, |r| r.speaker.into_owned())
    }

    #[test]
    fn the_headline_s_places_count_toward_the_story_s_country() {
        let countries =
            |title: &str, body: &str| column_under(title, body, |r| r.country_code.into_owned());
        // One place in the body says nothing; with the headline's capital it is a story
        // about Canada.
        let body = "The money will help, Prime Minister Nora Lind said in Winnipeg.";
        assert_eq!(countries("Housing money announced", body), [""]);
        assert_eq!(countries("Ottawa announces housing money", body), ["CA"]);
        // The headline's "Georgia" is read as the body reads it: here the US state.
        let body = "A U.S. judge blocked a Georgia law. The ruling was right, Tom Ruiz said.";
        assert_eq!(countries("Judge blocks Georgia voting law", body), ["US"]);
    }

    #[test]
    fn a_surname_takes_the_given_name_its_headline_writes() {
        let body = "Quist attacked the plan on Monday. The cuts are too deep, Quist said.";
        assert_eq!(
            speakers_under("Anna Quist Attacks Budget Plan", body),
            ["Anna Quist"]
        );
        // Not a capitalized word that is no given name, nor a name the body gives in full.
        assert_eq!(
            speakers_under("Troubled Quist Attacks Plan", body),
            ["Quist"]
        );
        let body = "Tom Quist spoke. The cuts are too deep, Quist said.";
        assert_eq!(
            speakers_under("Anna Quist Attacks Plan", body),
            ["Tom Quist"]
        );
    }

    #[test]
    fn told_that_and_said_in_a_statement_that() {
        let r = one("Maria Lind told the forum that the plan would cut costs by half.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str(), r.2.as_str()),
            ("the plan would cut costs by half", "told", "Maria Lind")
        );
        let r = one(
            "The Finnish Foreign Ministry said in a statement on Monday that talks would resume.",
        );
        assert_eq!(
            (r.0.as_str(), r.2.as_str(), r.4.as_str()),
            ("talks would resume", "Finnish Foreign Ministry", "FI")
        );
    }

    #[test]
    fn frame_after_and_inverted() {
        let r = one("The harbour will reopen next month, Maria Lind said.");
        assert_eq!(
            (r.0.as_str(), r.2.as_str()),
            ("The harbour will reopen next month", "Maria Lind")
        );
        let r = one("The harbour will reopen next month, said Maria Lind, the port director.");
        assert_eq!(
            (r.0.as_str(), r.2.as_str()),
            ("The harbour will reopen next month", "Maria Lind")
        );
    }

    #[test]
    fn according_to_front_and_back() {
        let r = one("According to the port authority, the harbour will reopen next month.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("the harbour will reopen next month", "According to")
        );
        let r = one("The harbour will reopen next month, according to Maria Lind.");
        assert_eq!(
            (r.0.as_str(), r.2.as_str()),
            ("The harbour will reopen next month", "Maria Lind")
        );
    }

    #[test]
    fn object_cues() {
        let r = one("Maria Lind called for calm on both sides of the border.");
        assert_eq!(
            (r.0.as_str(), r.1.as_str()),
            ("calm on both sides of the border", "called for")
        );
        let r = one("Maria Lind urged the two sides to return to the table.");
        assert_eq!(r.0, "the two sides to return to the table");
        let r = one("Maria Lind expressed hope that the two sides would return to the table.");
        assert_eq!(r.1, "expressed");
    }

    #[test]
    fn participles_and_coordinated_verbs_are_rows_of_their_own() {
        let g = got("Maria Lind said the harbour would reopen, adding that the fleet was ready.");
        assert_eq!(g.len(), 2);
        assert_eq!(
            (g[1].0.as_str(), g[1].1.as_str(), g[1].3.as_str()),
            ("the fleet was ready", "adding", "carried")
        );
        let g =
            got("Maria Lind said the harbour would reopen and stressed that the fleet was ready.");
        assert_eq!(g.len(), 2);
        assert_eq!(
            (g[1].1.as_str(), g[1].2.as_str()),
            ("stressed", "Maria Lind")
        );
        let g = got("The fleet is ready, he noted, noting that the crews had trained for weeks.");
        assert_eq!(g.len(), 2);
    }

    #[test]
    fn mixed_is_one_row() {
        let r = one("Maria Lind said the port would stay \"open to every ship\" this winter.");
        assert_eq!(
            r.0,
            "the port would stay \"open to every ship\" this winter"
        );
    }

    #[test]
    fn not_speech() {
        for t in [
            "Maria Lind believes the harbour will reopen.",
            "Maria Lind thinks the harbour will reopen.",
            "Maria Lind hopes the harbour will reopen.",
            "Maria Lind wants the harbour to reopen.",
            "The two ministers agreed to reopen the harbour.",
            "The council decided to reopen the harbour.",
            "The two sides signed a deal to reopen the harbour.",
            "A poll shows most residents want the harbour to reopen.",
            "The \"harbour question\" has divided the town for years.",
            "Lind was elected to the council and admitted to the Royal Society in 1990.",
            "Refugees admitted to the United States rose in number.",
            "The pair were later admitted to hospital after a crash.",
        ] {
            assert!(got(t).is_empty(), "{t}: {:?}", got(t));
        }
        // Owning up still reports.
        assert_eq!(
            one("Lind admitted to the BBC that the plan had failed.").1,
            "admitted"
        );
    }

    #[test]
    fn resolution_kinds() {
        let g = got(
            "Swedish Trade Minister Maria Lind said exports rose sharply. \
             Exports to Asia doubled, she said. \
             Lind also called for lower tariffs. \
             The minister said talks would continue. \
             Local fishermen said the season was poor. \
             They said prices had fallen by a third.",
        );
        let kinds: Vec<(&str, &str)> = g.iter().map(|r| (r.2.as_str(), r.3.as_str())).collect();
        assert_eq!(
            kinds,
            [
                ("Maria Lind", "explicit"),
                ("Maria Lind", "pronoun"),
                ("Maria Lind", "name"),
                ("Maria Lind", "description"),
                ("local fishermen", "unnamed"),
                ("local fishermen", "pronoun"),
            ]
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_names_the_subject_after_it() {
        let article = Article {
            id: "t".into(),
            text: "Talks go on\n\nNoting that the country had made hard-won gains, Li said growth would hold. He added that jobs were safe.\n".into(),
            meta: Default::default(),
        };
        let r = extract_article(&article);
        let mentions: Vec<(&str, &str)> = r
            .iter()
            .map(|x| (x.cue.as_ref(), x.speaker_mention.as_ref()))
            .collect();
        // The shared subject after the participle stands at both rows; a participle after
        // the subject ("adding") still shares it with no mention of its own.
        assert_eq!(
            mentions,
            [("Noting", "Li"), ("said", "Li"), ("added", "He")],
            "{r:?}"
        );
    }

    #[test]
    fn a_headline_label_opening_a_story_on_one_line_covers_no_paragraph() {
        let g = got("Pence: Flowers Will Not Be at the Debate. \
             On Sunday Mike Pence said the tweet was a joke. \
             Critics said it was not.");
        let speakers: Vec<&str> = g.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(speakers, ["Mike Pence", "Mike Pence", "critics"], "{g:?}");
        // A transcript's own label still covers its paragraph.
        let g = got("Intro text here.\n\nPENCE: The tweet was a joke. It was not meant.");
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].0, "The tweet was a joke. It was not meant");
    }

    #[test]
    fn an_inversion_opening_the_sentence_reports_what_follows() {
        for (t, speaker, quote) in [
            (
                "Said Ellis: \"We are not interested.\"",
                "Ellis",
                "We are not interested.",
            ),
            (
                "Added Mr Fogg, \u{201c}It was a fine day.\u{201d}",
                "Fogg",
                "It was a fine day.",
            ),
            (
                "Said Dora Lind, who grew up there, \"We were proud.\"",
                "Dora Lind",
                "We were proud.",
            ),
        ] {
            let (q, _, sp, _, _) = one(t);
            assert_eq!((q.as_str(), sp.as_str()), (quote, speaker), "{t}");
        }
        // Names and participles that open a sentence are no inversions.
        for t in [
            "State Rep. Lee Bright, an early supporter, said Trump was weak.",
            "Asked Tuesday about the emails, Dora Lind said she knew nothing.",
        ] {
            let g = got(t);
            assert_eq!(g.len(), 1, "{t}: {g:?}");
            assert_eq!(g[0].1, "said", "{t}");
        }
        assert!(got("Ask Jeeves, once a leading search engine, is now small.").is_empty());
    }

    /// "The 52-year-old, who joined Harwood from Dutch retailer Vendel": the former
    /// employer's country is no nationality of the chief executive.
    #[test]
    fn a_former_employer_s_country_is_no_nationality() {
        let g = got(
            "Chief executive Martin Oakley said sales had slowed. The 52-year-old, who \
             joined Harwood from Dutch retailer Vendel in 2002, told analysts the plan would \
             work.",
        );
        let countries: Vec<&str> = g.iter().map(|r| r.4.as_str()).collect();
        assert_eq!(countries, ["", ""], "{g:?}");
    }

    #[test]
    fn a_party_description_is_no_one_of_another_party() {
        let g = got("Republican Donald Trump said the debate was rigged. \
             Democrat Hillary Clinton said it was fair. \
             The GOP nominee said his microphone was faulty.");
        let speakers: Vec<&str> = g.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(
            speakers,
            ["Donald Trump", "Hillary Clinton", "Donald Trump"],
            "{g:?}"
        );
    }

    #[test]
    fn a_lede_source_is_the_person_the_next_sentence_names() {
        let speakers = |text: &str| -> Vec<(String, String)> {
            got(text).into_iter().map(|r| (r.2, r.3)).collect()
        };
        let pair = |s: &str, a: &str| (s.to_string(), a.to_string());
        assert_eq!(
            speakers(
                "A former mayor says the bridge must be rebuilt. \
                 \"It is falling down,\" said Rosa Lindqvist, who ran the city until 2010."
            ),
            [
                pair("Rosa Lindqvist", "description"),
                pair("Rosa Lindqvist", "explicit")
            ]
        );
        // A role of another kind is someone else: the diplomat is not the director.
        assert_eq!(
            speakers(
                "A veteran diplomat said the talks had stalled. \
                 \"This is a setback,\" said Jon Ek, communications director of the group."
            ),
            [
                pair("a veteran diplomat", "unnamed"),
                pair("Jon Ek", "explicit")
            ]
        );
        // Only a lede: later in the article the next speaker is someone new.
        assert_eq!(
            speakers(
                "The mayor said the bridge was safe. Engineers said it was not. \
                 A spokesman said repairs would start soon. \
                 \"We are ready,\" said Rosa Lindqvist, a builder."
            )[2],
            pair("a spokesman", "unnamed")
        );
    }

    #[test]
    fn country_kinds() {
        // explicit: possessive, adjective, "of", organization
        assert_eq!(
            one("Norway's fisheries minister Per Dahl said quotas would rise.").4,
            "NO"
        );
        assert_eq!(
            one("A Brazilian professor said the data were reliable.").4,
            "BR"
        );
        assert_eq!(
            one("Per Dahl, the fisheries minister of Norway, said quotas would rise.").4,
            "NO"
        );
        // inferred: institution, capital, dateline
        let r = one("The Pentagon said the drill would go ahead.");
        assert_eq!(r.4, "US");
        let r = one("Beijing said the drill would go ahead.");
        assert_eq!(r.4, "CN");
        let g = got("OSLO, March 3 (Xinhua) -- Quotas will rise next year, Per Dahl said.");
        assert_eq!(g[0].4, "NO");
        let r = one("Markus Weber, premier of Bavaria, said the border would stay open.");
        assert_eq!((r.4.as_str(), r.2.as_str()), ("DE", "Markus Weber"));
        assert_eq!(
            one("A cotton farmer in Kashgar said the harvest was early.").4,
            "CN"
        );
        // none: international bodies, joint speakers of two countries
        assert_eq!(
            one("The World Health Organization said the outbreak was over.").4,
            ""
        );
        assert_eq!(
            one("German firm Alpha and Japanese partner Beta said the merger was off.").4,
            ""
        );
    }
}
