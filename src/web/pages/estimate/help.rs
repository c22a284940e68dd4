//! Help for the family: the notes that apply, the aid programs sorted by fit, and the answers
//! that would change the number most.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::aid::AidFit;
use crate::core::levers::{AskWhom, Lever};
use crate::core::tables::{AidKind, AidProgram, Note, NoteGroup, NoteId, Quality};
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
    /// How to reach the program, where its page or phone was found.
    pub contact: Option<ContactView>,
    /// What to do when neither was found (or why there is no single number).
    pub no_contact: Option<String>,
}

/// A program's apply page and phone lines, as links a phone can follow.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub url: String,
    /// The address without its scheme and `www.`: "cancer.org".
    pub site: String,
    pub phone: Option<PhoneView>,
    pub spanish_phone: Option<PhoneView>,
    /// True when the contact was read on another site than the program's own.
    pub secondary: bool,
    /// The phone's absence, said: "We did not find a phone number on its site."
    pub no_phone: Option<String>,
    pub checked: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneView {
    /// As the program prints it: "1-800-227-2345".
    pub number: String,
    /// For a `tel:` link: "+18002272345".
    pub tel: String,
}

impl PhoneView {
    fn new(number: &str) -> Option<Self> {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let tel = if digits.len() == 10 {
            format!("+1{digits}")
        } else {
            format!("+{digits}")
        };
        (!number.is_empty()).then(|| Self {
            number: number.to_string(),
            tel,
        })
    }
}

/// The program's contact, or what to do without one.
fn contact(program: &AidProgram, numbers: &SourceNumbers<'_>) -> (Option<ContactView>, Option<String>) {
    let lang = numbers.lang;
    if program.kind == AidKind::TrialSponsor {
        // The study team is the contact; how_to_apply says whom to ask.
        return (None, None);
    }
    if program.contact_url.is_empty() && program.phone.is_empty() {
        return (None, Some(msg(lang, "estimate-aid-no-contact")));
    }
    let site = program
        .contact_url
        .split("://")
        .nth(1)
        .unwrap_or(&program.contact_url)
        .trim_start_matches("www.")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let secondary = program
        .contact_source_ids
        .iter()
        .filter_map(|id| numbers.tables.source(id))
        .next()
        .is_some_and(|source| source.quality == Quality::Secondary);
    let no_phone = program.phone.is_empty().then(|| {
        msg(
            lang,
            if program.kind == AidKind::MedicaidTransport {
                "estimate-aid-no-national-phone"
            } else {
                "estimate-aid-no-phone"
            },
        )
    });
    let view = ContactView {
        url: program.contact_url.clone(),
        site,
        phone: PhoneView::new(&program.phone),
        spanish_phone: PhoneView::new(&program.spanish_phone),
        secondary,
        no_phone,
        checked: said_date(lang, &program.contact_checked),
        sources: numbers.refs(program.contact_source_ids.as_slice()),
    };
    (Some(view), None)
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
                    sources: numbers.refs(n.source_ids.as_slice()),
                })
                .collect(),
        })
        .filter(|g| !g.notes.is_empty())
        .collect()
}

pub fn aid_view(fit: &AidFit, numbers: &SourceNumbers<'_>) -> AidView {
    let lang = numbers.lang;
    let (contact, no_contact) = contact(&fit.program, numbers);
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
        sources: numbers.refs(fit.program.source_ids.as_slice()),
        contact,
        no_contact,
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
