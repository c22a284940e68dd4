//! Help for the family: the notes that apply, the aid programs sorted by fit, and the answers
//! that would change the number most.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::aid::AidFit;
use crate::core::levers::{AskWhom, Lever};
use crate::core::tables::{Note, NoteGroup, NoteId};
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::parts::sources::{SourceNumbers, SourceRef};
use crate::web::parts::words::{msg, said_date};

/// A note for this family, with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub id: NoteId,
    pub text: String,
    pub sources: Vec<SourceRef>,
}

/// The notes of one group.
#[derive(Debug, Clone, Serialize)]
pub struct NoteGroupView {
    pub title: String,
    pub notes: Vec<NoteView>,
}

/// An aid program and how it fits the family.
#[derive(Debug, Clone, Serialize)]
pub struct AidView {
    pub name: String,
    pub pays_for: String,
    pub limits: String,
    pub how_to_apply: String,
    pub check: Vec<String>,
    /// Why it likely does not fit, to follow "because": "it is only for people with cancer."
    pub because: String,
    pub last_checked: String,
    pub sources: Vec<SourceRef>,
}

/// One answer that moves the total.
#[derive(Debug, Clone, Serialize)]
pub struct LeverView {
    pub what: String,
    pub from: String,
    pub to: String,
    pub total_from: Decimal,
    pub total_to: Decimal,
    pub swing: Decimal,
    /// "the trial coordinator", "your insurer" and the like.
    pub ask: String,
    pub question: String,
}

impl LeverView {
    pub fn new(lever: &Lever, lang: Lang) -> Self {
        Self {
            ask: msg(
                lang,
                match lever.ask {
                    AskWhom::TrialCoordinator => "ask-trial-coordinator",
                    AskWhom::CareTeam => "ask-care-team",
                    AskWhom::Insurer => "ask-insurer",
                    AskWhom::SocialWorker => "ask-social-worker",
                },
            ),
            // It starts the item; only its first letter changes ("Medicaid" keeps its capital).
            what: say(
                lang,
                &Text::new("verbatim").with("text", Arg::Capitalized(Box::new(lever.what.clone()))),
            ),
            from: say(lang, &lever.from),
            to: say(lang, &lever.to),
            total_from: lever.total_from,
            total_to: lever.total_to,
            swing: lever.swing,
            question: say(lang, &lever.question),
        }
    }
}

pub fn note_groups(notes: &[Note], numbers: &SourceNumbers<'_>) -> Vec<NoteGroupView> {
    NoteGroup::ALL
        .iter()
        .map(|&group| NoteGroupView {
            title: msg(
                numbers.lang,
                match group {
                    NoteGroup::AboutTheTreatment => "notes-about-the-treatment",
                    NoteGroup::Insurance => "notes-insurance",
                    NoteGroup::MoneyHelp => "notes-money-help",
                    NoteGroup::WorkCaregiving => "notes-work-caregiving",
                    NoteGroup::AccessEquity => "notes-access-equity",
                },
            ),
            notes: notes
                .iter()
                .filter(|n| n.group == group)
                .map(|n| NoteView {
                    id: n.id,
                    text: say(numbers.lang, &n.text_message()),
                    sources: numbers.refs(&n.source_ids.0),
                })
                .collect(),
        })
        .filter(|g| !g.notes.is_empty())
        .collect()
}

pub fn aid_view(fit: &AidFit, numbers: &SourceNumbers<'_>) -> AidView {
    let lang = numbers.lang;
    let prose =
        |column: &str, english: &str| say(lang, &Text::data(format!("aid-{}-{column}", fit.program.id), english));
    AidView {
        name: prose("name", &fit.program.name),
        pays_for: prose("pays_for", &fit.program.pays_for),
        limits: prose("limits", &fit.program.limits),
        how_to_apply: prose("how_to_apply", &fit.program.how_to_apply),
        check: fit.check.iter().map(|c| say(lang, c)).collect(),
        because: because(lang, &fit.not_for_you),
        last_checked: said_date(lang, &fit.program.last_checked),
        sources: numbers.refs(&fit.program.source_ids.0),
    }
}

/// The reasons as one run of text after "because": the first lowercased, the rest after "Also,".
fn because(lang: Lang, reasons: &[Text]) -> String {
    let reasons: Vec<String> = reasons.iter().map(|r| say(lang, r)).collect();
    let lower_first = |text: &str| {
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_lowercase().chain(chars).collect::<String>()
        })
    };
    reasons
        .iter()
        .enumerate()
        .map(|(index, reason)| {
            if index == 0 {
                lower_first(reason)
            } else {
                say(lang, &text!("aid-also", reason = Arg::Verbatim(lower_first(reason))))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
