//! The pipeline for one article: structure, sentences, frames, resolution, rows.
//!
//! `extract_article` is the library's entry point: it takes an article as read and returns
//! its rows in text order. It never fails; text it cannot make sense of gives no rows.

use crate::attribute::{self, QuoteType, SpeakerSource, Statement};
use crate::columns::QuoteRecord;
use crate::country;
use crate::offsets::OffsetMap;
use crate::quotes::find_quotes;
use crate::read::Article;
use crate::resolve::{Attribution, Entities, ResolvedSpeaker};
use crate::segment::sentences;
use crate::speakers::{self, CountryBasis, MentionKind};
use crate::structure;
use crate::tokens::is_capitalized;
use crate::units::Units;

/// The `sentence` column's cap, in characters.
pub const SENTENCE_CAP: usize = 500;

struct Found {
    statement: Statement,
    sentence: usize,
    sentence_range: (usize, usize),
}

/// Extracts the rows of one article.
pub fn extract_article(article: &Article) -> Vec<QuoteRecord> {
    let text = article.text.as_str();
    let layout = structure::analyse(text);
    let mut found: Vec<Found> = Vec::new();
    let mut entities = Entities::default();
    let mut sentence_no = 0usize;
    let mut last_with_statement: Option<usize> = None;
    let mut dangling = None;
    let mut tally = country::CountryTally::default();
    for &(s, e) in &layout.body {
        let quotes = find_quotes(text, s, e);
        for sent in sentences(text, s, e, &quotes) {
            sentence_no += 1;
            let units = Units::build(text, sent.start, sent.end, &quotes);
            scan_names(text, &units, &mut entities);
            tally.add_sentence(text, &units);
            let mut st = attribute::statements(text, &units);
            if st.is_empty() {
                st = continuations(&units);
                match dangling.take() {
                    // 'He said:' closing the previous sentence introduces these quotations.
                    Some((cue, mention)) if !st.is_empty() => {
                        st[0].cue = Some(cue);
                        st[0].speaker = SpeakerSource::Mention(mention);
                    }
                    _ if last_with_statement == Some(sentence_no - 1) => {}
                    _ => st.clear(),
                }
            }
            dangling = attribute::dangling_colon_frame(text, &units);
            if !st.is_empty() {
                last_with_statement = Some(sentence_no);
            }
            for statement in st {
                found.push(Found {
                    statement,
                    sentence: sentence_no,
                    sentence_range: (sent.start, sent.end),
                });
            }
        }
    }
    // The dateline's country, else the country the article is mostly about.
    let dateline_country = layout
        .dateline
        .as_ref()
        .and_then(country::dateline_country)
        .or_else(|| tally.focus());
    let offsets = OffsetMap::new(text);
    let mut rows = Vec::with_capacity(found.len());
    let mut previous: Option<ResolvedSpeaker> = None;
    for f in &found {
        let st = &f.statement;
        let (resolved, mention) = match &st.speaker {
            SpeakerSource::Mention(m) => (entities.resolve(m, m.start, false), Some(m)),
            SpeakerSource::Shared(m) => (entities.resolve(m, m.start, true), None),
            SpeakerSource::Previous => match &previous {
                Some(p) => {
                    let mut p = p.clone();
                    p.attribution = Attribution::Carried;
                    (p, None)
                }
                None => continue,
            },
        };
        let mut country = resolved.country.clone();
        // An international body has an empty code: no country, and no inference either.
        let international = country.as_ref().is_some_and(|c| c.code.is_empty());
        if country.is_none() && !international {
            country = dateline_country.clone();
        }
        if international {
            country = None;
        }
        let country_name = country
            .as_ref()
            .and_then(|c| country::country_name(&c.code))
            .unwrap_or("");
        let confidence = confidence(
            st.quote_type,
            resolved.attribution,
            country.as_ref().map(|c| c.basis),
        );
        let (cue, cue_lemma, cue_start, cue_end) = match &st.cue {
            Some(c) => (
                text[c.start..c.end].to_string(),
                c.lemma.clone(),
                Some(offsets.chars(c.start)),
                Some(offsets.chars(c.end)),
            ),
            None => (String::new(), String::new(), None, None),
        };
        let (speaker_mention, speaker_start, speaker_end) = match mention {
            Some(m) => (
                text[m.start..m.end].to_string(),
                Some(offsets.chars(m.start)),
                Some(offsets.chars(m.end)),
            ),
            None => (String::new(), None, None),
        };
        rows.push(QuoteRecord {
            article_id: article.id.clone(),
            quote_index: 0,
            quote: text[st.start..st.end].to_string(),
            quote_type: st.quote_type.as_str().to_string(),
            speaker: resolved.speaker.clone(),
            speaker_mention,
            speaker_type: resolved
                .speaker_type
                .map(|t| t.as_str().to_string())
                .unwrap_or_default(),
            speaker_role: resolved.role.clone().unwrap_or_default(),
            country: country_name.to_string(),
            country_code: if country_name.is_empty() {
                String::new()
            } else {
                country.as_ref().map(|c| c.code.clone()).unwrap_or_default()
            },
            country_basis: match country.as_ref().map(|c| c.basis) {
                Some(_) if country_name.is_empty() => String::new(),
                Some(CountryBasis::Explicit) => "explicit".into(),
                Some(CountryBasis::Inferred) => "inferred".into(),
                None => String::new(),
            },
            country_evidence: if country_name.is_empty() {
                String::new()
            } else {
                country
                    .as_ref()
                    .map(|c| c.evidence.clone())
                    .unwrap_or_default()
            },
            cue,
            cue_lemma,
            attribution: resolved.attribution.as_str().to_string(),
            confidence,
            quote_start: offsets.chars(st.start),
            quote_end: offsets.chars(st.end),
            speaker_start,
            speaker_end,
            cue_start,
            cue_end,
            sentence_index: f.sentence,
            sentence: cap(&text[f.sentence_range.0..f.sentence_range.1]),
            article_title: article
                .meta
                .title
                .clone()
                .or(layout.title.clone())
                .unwrap_or_default(),
            article_date: article
                .meta
                .date
                .clone()
                .or(layout.date.clone())
                .unwrap_or_default(),
            article_source: article
                .meta
                .source
                .clone()
                .or(layout.source.clone())
                .unwrap_or_default(),
            article_url: article.meta.url.clone().unwrap_or_default(),
        });
        previous = Some(resolved);
    }
    rows.sort_by_key(|r| (r.quote_start, r.quote_end));
    for (i, r) in rows.iter_mut().enumerate() {
        r.quote_index = i + 1;
    }
    rows
}

/// Every quotation of a sentence made only of quotations: continuations of the last speaker.
fn continuations(units: &Units) -> Vec<Statement> {
    if !units.units.iter().any(|u| u.is_quote()) || units.units.iter().any(|u| u.is_word()) {
        return Vec::new();
    }
    let (s, e) = (units.units[0].start(), units.units[units.len() - 1].end());
    units
        .units
        .iter()
        .filter_map(|u| match u {
            crate::units::Unit::Quote(q) if q.content_end > q.content_start => Some(Statement {
                start: q.content_start,
                end: q.content_end,
                quote_type: QuoteType::Direct,
                cue: None,
                speaker: SpeakerSource::Previous,
                frame_start: s,
                frame_end: e,
            }),
            _ => None,
        })
        .collect()
}

/// Registers the multiword names of a sentence, so that later short forms and pronouns
/// can resolve to them.
fn scan_names(text: &str, units: &Units, entities: &mut Entities) {
    let n = units.len();
    let mut i = 0;
    while i < n {
        let cap = |k: usize| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1));
        if !cap(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && (cap(j) || units.words[j] == "'s" && j + 1 < n && cap(j + 1)) {
            j += 1;
        }
        if j - i >= 2
            && let Some(m) = speakers::analyse(text, units, i, j, None)
        {
            let named =
                m.kind == MentionKind::Name && m.name.as_ref().is_some_and(|s| s.contains(' '));
            if named {
                entities.register(&m, m.start, false);
            }
        }
        i = j.max(i + 1);
    }
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
pub fn cap(s: &str) -> String {
    if s.chars().count() <= SENTENCE_CAP {
        return s.to_string();
    }
    let mut out: String = s.chars().take(SENTENCE_CAP - 1).collect();
    out.push('\u{2026}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<QuoteRecord> {
        extract_article(&Article {
            id: "t".into(),
            text: text.into(),
            meta: Default::default(),
        })
    }

    #[test]
    fn continuation_sentence_carries_the_speaker() {
        let r = rows("Talks resume\n\n\"We are ready,\" Anna Berg said. \"The door is open.\"\n");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[1].quote.as_str(), r[1].cue.as_str()),
            ("The door is open.", "")
        );
        assert_eq!(
            (r[1].speaker.as_str(), r[1].attribution.as_str()),
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
    fn colon_frame_introduces_the_next_paragraph() {
        let r = rows("Talks resume\n\nAnna Berg said:\n\n\"We are ready to talk.\"\n");
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].cue.as_str(), r[0].speaker.as_str()),
            ("said", "Anna Berg")
        );
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
