//! The pure core: tables, input, the estimate pipeline, money. No HTTP, no templates, no
//! clock and no I/O here; `tests/architecture.rs` keeps it so, and keeps its modules free of
//! import cycles.
//!
//! The pipeline, in order (`report::report` runs it once per household):
//!
//! 1. `tables` — the CSV tables, loaded and checked once at start-up.
//! 2. `input` — the answers: each field declared once (`input::fields`), read from text to a
//!    valid `Input` or a message per wrong field; `distance` works out the miles from a ZIP code.
//! 3. `journey` — how long each step takes, and the trips, nights and days away it makes.
//! 4. `estimate` — the line items by kind of cost (`estimate::{medical, living, lost_pay}`),
//!    who pays each (`estimate::payers`, with the rules in `who_pays` and cost sharing in
//!    `coverage`), and the totals (`lines`), in each outcome of the plan's decisions.
//! 5. What reads the estimate: `burden` (income against the poverty guideline), `leave`
//!    (state paid leave), `tax` (the medical-expense deduction), `notes`, `aid`,
//!    `cash_flow` (the timeline) and `levers` (what would change the number).
//! 6. `report` — all of the above for one household; `comparison` lines up several;
//!    `centers` ranks every center for one household.
//!
//! Below them: `money` (exact amounts, rounding for display), `scenarios`, `text` (messages
//! the web layer says in English or Spanish), `choices` (the closed sets of ids), `facts`
//! (the answers in words).
//!
//! One name per concept (see `docs/model.md`):
//! - *scenario*: low, typical or high — every line's low uses every low parameter;
//! - *line*: one item of the estimate (`lines::LineItem`), of a *category* (medical, living
//!   away, lost pay) and, for medical lines, a *part* of the care (cells, treatment, ongoing
//!   care, travel);
//! - *outcome* (`tables::Outcome`): how one part is paid — sponsor, covered or not covered;
//! - *answer* (`who_pays::Answer`): how the plan decides the parts it may or may not pay —
//!   as likely, all covered or all refused;
//! - *world* (`who_pays::World`): the outcome of every part under one answer;
//! - *alternative* (`estimate::Alternative`): the lines and totals under another answer;
//! - *column*: one household of a comparison (`comparison`), never a scenario;
//! - *report*: everything worked out for one household (`report::Report`);
//! - *field*: one declared answer of the form (`input::Field`).

pub mod aid;
pub mod burden;
pub mod cash_flow;
pub mod centers;
pub mod choices;
pub mod comparison;
pub mod coverage;
pub mod data_gaps;
pub mod distance;
pub mod estimate;
pub mod facts;
pub mod income;
pub mod income_effects;
pub mod input;
pub mod journey;
pub mod journey_days;
pub mod leave;
pub mod levers;
pub mod lines;
pub mod money;
pub mod notes;
pub mod report;
pub mod scenarios;
pub mod tables;
pub mod tax;
pub mod text;
pub mod who_pays;
