//! Hiring cues: whether a role name in a posting names the job on offer.
//!
//! An ad names the role it hires for in set phrases: "we are hiring a
//! technical project manager", "seeking an experienced IT project manager",
//! "job title: project manager", "as a technical project manager, you
//! will…". Role names elsewhere are often incidental: a Scrum Master ad that
//! "works closely with project managers", a sales ad whose buyers are IT
//! managers. [`is_cued`] tells the two apart by looking at the few words
//! before a role-name match for a cue word, without crossing a sentence end.
//!
//! The scorer gives the first cued role name extra weight in the role scores
//! and in relevance (`cue_mention` and `cue_relevance` in a lexicon's
//! `[model]`, learned by `rolescan lexicon fit`).

/// Words a cue may sit before the role name: "seeking an experienced senior
/// \[role\]" has the cue four words back.
const WINDOW: usize = 5;

/// Cue words, in folded (lower-case) form, compared after trailing
/// punctuation is stripped.
const CUES: &[&str] = &[
    "hiring",
    "hire",
    "seeking",
    "seeks",
    "seek",
    "looking",
    "searching",
    "recruiting",
    "need",
    "needs",
    "title",
    "position",
    "vacancy",
    "opening",
    "join",
    "as",
];

/// Whether the role name starting at byte `start` of the folded text `folded`
/// is preceded, within `WINDOW` words of the same sentence, by a cue word
/// (or by `role:`).
pub fn is_cued(folded: &str, start: usize) -> bool {
    let before = &folded[..start];
    for word in before.split_whitespace().rev().take(WINDOW) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let abbreviation = matches!(bare, "sr" | "jr" | "snr");
        if word.ends_with(['.', '!', '?', ';']) && !abbreviation {
            return false;
        }
        if word == "role:" {
            return true;
        }
        if CUES.contains(&bare) {
            // "such as project managers" lists; it does not hire.
            let lists = bare == "as" && before.trim_end().ends_with("such as");
            return !lists;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cued(text: &str, role: &str) -> bool {
        let start = text.find(role).expect("role in text");
        is_cued(text, start)
    }

    #[test]
    fn hiring_phrases_are_cues() {
        for text in [
            "we're hiring a technical project manager to coordinate",
            "acme is seeking an experienced senior it project manager",
            "we are looking for a project manager",
            "job title: project manager location: austin",
            "role: technical project manager",
            "as a technical project manager, you will",
            "join us as our next project manager",
        ] {
            let role = [
                "technical project manager",
                "it project manager",
                "project manager",
            ]
            .into_iter()
            .find(|r| text.contains(r))
            .unwrap();
            assert!(cued(text, role), "{text}");
        }
    }

    #[test]
    fn incidental_mentions_are_not_cues() {
        for (text, role) in [
            (
                "you will work closely with project managers",
                "project managers",
            ),
            (
                "buyers such as project managers and pmos",
                "project managers",
            ),
            (
                "we are hiring. project managers report to her",
                "project managers",
            ),
            ("our software is used by it managers", "it managers"),
            (
                "in this role, you will support project managers",
                "project managers",
            ),
            ("project manager", "project manager"),
        ] {
            assert!(!cued(text, role), "{text}");
        }
    }

    #[test]
    fn abbreviations_do_not_end_the_sentence() {
        assert!(cued("seeking a sr. project manager", "project manager"));
    }

    #[test]
    fn cue_must_be_near() {
        assert!(!cued(
            "hiring now for many exciting long term roles with project manager",
            "project manager"
        ));
    }
}
