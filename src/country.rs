//! Countries: the dateline's country, and the choice between the evidence found.
//!
//! Explicit evidence (a country word tied to the speaker) is found with the mention in
//! `speakers`; here the weaker kinds are added: the country of a wire story's dateline for
//! a speaker the article ties to no country, and nothing at all for international bodies.

use crate::lexicon::{CountryWordKind, LEXICON};
use crate::speakers::{CountryBasis, CountryEvidence};
use crate::structure::Dateline;

/// The country of a dateline place ("BEIJING", "SAN FRANCISCO", "Kashgar, Xinjiang").
pub fn dateline_country(d: &Dateline) -> Option<CountryEvidence> {
    let lex = &*LEXICON;
    // Try the whole place, then each comma-separated part from the last ("Urumqi, Xinjiang").
    let mut parts: Vec<&str> = vec![d.place.as_str()];
    parts.extend(d.place.rsplit(',').map(str::trim));
    for p in parts {
        let title = title_case(p);
        if let Some(&(ci, kind)) = lex.country_words.get(&title)
            && matches!(kind, CountryWordKind::Capital | CountryWordKind::Name)
        {
            return Some(evidence(&lex.country(ci).alpha2, &d.place));
        }
        if let Some((code, _)) = lex.places.get(&title) {
            return Some(evidence(code, &d.place));
        }
    }
    None
}

fn evidence(code: &str, place: &str) -> CountryEvidence {
    CountryEvidence {
        code: code.to_string(),
        basis: CountryBasis::Inferred,
        evidence: format!("dateline {place}"),
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country name of an alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    LEXICON.country_by_code(code).map(|c| c.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(place: &str) -> Dateline {
        Dateline {
            start: 0,
            end: 0,
            place: place.into(),
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_country(&d("BEIJING")).unwrap().code, "CN");
        assert_eq!(dateline_country(&d("SEOUL")).unwrap().code, "KR");
        assert_eq!(dateline_country(&d("WASHINGTON")).unwrap().code, "US");
        assert_eq!(dateline_country(&d("SHANGHAI")).unwrap().code, "CN");
        assert!(dateline_country(&d("NOWHERE")).is_none());
    }
}
