//! The estimate page (`GET /estimate?…`, `POST /estimate`) and its print view
//! (`GET /estimate/print?…`): what the family may pay, who pays the rest and why, every line,
//! the plan years, the household's burden, help and the sources. The sections are built in
//! the files beside this one; this file puts them in one view.

mod help;
mod household;
mod lines;
mod plan;
mod timeline;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use serde::Serialize;

use crate::core::choices::{InsuranceType, Route};
use crate::core::data_gaps::{self, DataGap, GapKind};
use crate::core::input::{Field, FieldId, Input, RawInput};
use crate::core::lines::Totals;
use crate::core::report::{Report, report};
use crate::core::tables::{Quality, Tables};
use crate::core::text::Arg;
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::pages::compare::COMPARE_CHOICES;
use crate::web::pages::form::FormOptions;
use crate::web::parts::chart::ChartView;
use crate::web::parts::share::{HiddenField, ShareLinks, hidden_answers};
use crate::web::parts::sources::{SaidSources, SourceNumbers, SourceView};
use crate::web::parts::words::{msg, said_date};
use crate::web::request::Answers;
use crate::web::respond;
pub use help::{AidView, LeverView, NoteGroupView};
pub use household::{BurdenView, Fact, IncomeItem, IncomeView, LeaveView, TaxView, situation, situation_of};
pub use lines::{JourneyView, LineGroup, TopLine, UnpricedView};
pub use plan::{AlternativeView, CoverageView, PlanView, PlanYearView};
pub use timeline::CashFlowView;

/// `GET /estimate?…`: the estimate for the answers in the link.
pub async fn from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    respond_with(&state, &Answers::from_query(&request), "estimate.html")
}

/// `POST /estimate`: the estimate for the submitted form.
pub async fn from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    respond_with(&state, &Answers::from_body(&request, &body), "estimate.html")
}

/// `GET /estimate/print?…`: the printable summary, then every line, the notes and the sources.
pub async fn print(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    respond_with(&state, &Answers::from_query(&request), "print.html")
}

/// `POST /estimate/print`: the same, for answers posted from the estimate page, so pay and
/// income can be printed without going into an address.
pub async fn print_posted(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    respond_with(&state, &Answers::from_body(&request, &body), "print.html")
}

/// The estimate rendered with `template` (the page or its print view), or the form with errors.
fn respond_with(state: &AppState, answers: &Answers, template: &str) -> HttpResponse {
    match report(&state.tables, &answers.raw, state.today()) {
        Ok(report) => {
            let view = EstimateView::new(
                &state.tables,
                &state.said_sources,
                answers.lang(),
                &answers.raw,
                answers.include_household_money(),
                &report,
                &state.today().to_string(),
            );
            // Posted answers may be printed without income (a choice on the print view).
            let posted = answers.switch.posted();
            respond::page(
                state,
                &answers.switch,
                template,
                StatusCode::OK,
                minijinja::context! { page => Serde(&view), posted => posted },
            )
        }
        Err(errors) => respond::wrong_answers(state, answers, &errors),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EstimateView {
    pub heading: String,
    /// The center as the page names it ("Duke, Durham, NC", or "the center").
    pub center_name: String,
    pub totals: Totals,
    pub groups: Vec<LineGroup>,
    pub unpriced: Vec<UnpricedView>,
    pub situation: Vec<Fact>,
    pub plan: PlanView,
    pub coverage: Vec<CoverageView>,
    pub alternatives: Vec<AlternativeView>,
    /// Not sure the center is in network: what the family pays if it is not.
    pub out_of_network: Option<AlternativeView>,
    /// Out of network: the family's totals with a single-case agreement.
    pub with_agreement: Option<Totals>,
    pub plan_years: Vec<PlanYearView>,
    pub plan_years_rule: String,
    pub benefit_note: Option<String>,
    pub burden: Option<BurdenView>,
    pub income: IncomeView,
    pub notes: Vec<NoteGroupView>,
    pub leave: Option<LeaveView>,
    pub tax: Option<TaxView>,
    pub aid_worth_applying: Vec<AidView>,
    pub aid_likely_not: Vec<AidView>,
    /// True when the plan's deductible or coinsurance is our worst-case stand-in.
    pub assumed_plan: bool,
    pub journey: Vec<JourneyView>,
    pub sources: Vec<SourceView>,
    pub has_assumptions: bool,
    pub trial: bool,
    /// Who pays the medical bills the family does not, for the top of the page.
    pub rest_paid: String,
    pub answers: Vec<HiddenField>,
    pub share: ShareLinks,
    pub chart: ChartView,
    /// The lines that cost the family most (typical), largest first, for the printed summary.
    pub top_lines: Vec<TopLine>,
    /// The answers that move the family's total most, with the question that settles each.
    pub levers: Vec<LeverView>,
    /// Choices for the "compare with another choice" form.
    pub options: FormOptions,
    /// The answers the comparison form's other columns carry unchanged (all but
    /// `COMPARE_CHOICES`), and the current value of each answer it lets the user change.
    pub compare_answers: Vec<HiddenField>,
    pub compare_now: CompareNow,
    pub cash_flow: CashFlowView,
    /// Without a start date: the figures are those in force today.
    pub figures_today: Option<String>,
    /// Figures not yet published for a year the journey reaches, one sentence each.
    pub data_gaps: Vec<String>,
    /// Answers allowed but probably not meant: the question and what to check.
    pub warnings: Vec<WarningView>,
    pub made_on: String,
    pub data_as_of: String,
    pub app_version: &'static str,
}

/// A warning on one answer, with the question it is about.
#[derive(Debug, Clone, Serialize)]
pub struct WarningView {
    pub label: String,
    pub message: String,
}

/// The current answers the comparison form starts from.
#[derive(Debug, Clone, Serialize)]
pub struct CompareNow {
    pub center: String,
    pub distance_miles: String,
    pub route: &'static str,
    pub travel_mode: &'static str,
    pub lodging: &'static str,
    pub lodging_rate: String,
    pub household_income: String,
    /// The distance came from the home ZIP code: a comparison's other center gets its own.
    pub has_zip: bool,
}

impl EstimateView {
    /// Arranges the report for the page. `raw` is the answers as typed (for the links and the
    /// forms that post them back); `made_on` is today (`YYYY-MM-DD`).
    pub fn new(
        tables: &Tables,
        said_sources: &SaidSources,
        lang: Lang,
        raw: &RawInput,
        include_household_money: bool,
        report: &Report<'_>,
        made_on: &str,
    ) -> Self {
        let (input, estimate) = (&report.input, &report.estimate);
        let numbers = SourceNumbers {
            tables,
            said: said_sources,
            order: report.source_ids(),
            lang,
        };
        let sources = numbers.views();
        Self {
            center_name: if input.center().is_unlisted() {
                msg(lang, "estimate-the-center")
            } else {
                input.center().display_name()
            },
            heading: say(
                lang,
                &text!(
                    "estimate-heading",
                    condition = input.condition().label(),
                    center = if input.center().is_unlisted() {
                        Arg::from(text!("form-center-other"))
                    } else {
                        Arg::Verbatim(input.center().display_name())
                    }
                ),
            ),
            totals: estimate.totals,
            groups: lines::groups(estimate, &numbers),
            unpriced: lines::unpriced(estimate, lang),
            situation: situation(input, lang),
            plan: plan::plan_view(&estimate.plan, &estimate.coverage, &numbers),
            coverage: plan::coverage_views(estimate, &numbers),
            alternatives: plan::alternatives(estimate, lang),
            out_of_network: plan::out_of_network(estimate, lang),
            with_agreement: estimate.with_agreement,
            plan_years: plan::plan_year_views(lang, &estimate.plan_years),
            plan_years_rule: plan_years_rule(input, &report.data_gaps(), lang),
            benefit_note: estimate.benefit_note().map(|note| say(lang, &note)),
            burden: report.burden.as_ref().map(|b| household::burden_view(b, &numbers)),
            income: household::income_view(&report.income, report.income_ladder(), &numbers),
            notes: help::note_groups(&report.notes, &numbers),
            leave: household::leave_view(estimate, &numbers),
            tax: report.tax.as_ref().map(|d| household::tax_view(d, input, &numbers)),
            aid_worth_applying: report
                .aid
                .worth_applying
                .iter()
                .map(|f| help::aid_view(f, &numbers))
                .collect(),
            aid_likely_not: report
                .aid
                .likely_not
                .iter()
                .map(|f| help::aid_view(f, &numbers))
                .collect(),
            assumed_plan: estimate.plan.uses_assumed_terms(),
            journey: lines::journey(estimate, &numbers),
            has_assumptions: sources.iter().any(|s| s.said.quality == Quality::Assumption),
            sources,
            trial: input.route() == Route::Trial,
            rest_paid: plan::rest_paid(
                &estimate.totals,
                input.route() == Route::Trial,
                input.insurance() == InsuranceType::Uninsured,
                lang,
            ),
            answers: hidden_answers(raw),
            share: ShareLinks::new(raw, include_household_money, lang),
            chart: ChartView::new(&estimate.totals, lang),
            top_lines: lines::top_lines(estimate, lang),
            options: FormOptions::new(tables, lang),
            cash_flow: timeline::cash_flow_view(&report.cash_flow, &numbers),
            compare_now: CompareNow {
                center: input.center().id.clone(),
                distance_miles: raw[FieldId::DistanceMiles].trim().to_string(),
                route: input.route().id(),
                travel_mode: input.travel_choice().id(),
                lodging: input.lodging().id(),
                lodging_rate: raw[FieldId::LodgingRate].trim().to_string(),
                household_income: raw[FieldId::HouseholdIncome].trim().to_string(),
                has_zip: input.zip_distance().is_some(),
            },
            compare_answers: hidden_answers(raw)
                .into_iter()
                .filter(|answer| !COMPARE_CHOICES.iter().any(|id| Field::of(*id).name == answer.name))
                .collect(),
            levers: report
                .levers()
                .iter()
                .map(|lever| LeverView::new(lever, lang))
                .collect(),
            figures_today: input.start_date().is_none().then(|| {
                say(
                    lang,
                    &text!("estimate-figures-today", date = Arg::Date(input.asked_on())),
                )
            }),
            warnings: input
                .warnings()
                .iter()
                .map(|warning| {
                    let field = Field::named(warning.field).map(|f| f.replaced_by.map_or(f, Field::of));
                    WarningView {
                        label: field.map(|f| msg(lang, f.label)).unwrap_or_default(),
                        message: say(lang, &warning.message),
                    }
                })
                .collect(),
            data_gaps: data_gaps::sentences(&report.data_gaps())
                .iter()
                .map(|gap| say(lang, gap))
                .collect(),
            made_on: said_date(lang, made_on),
            data_as_of: said_date(lang, tables.data_as_of()),
            app_version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// How plan years are counted, then which years reuse plan figures not out yet.
fn plan_years_rule(input: &Input<'_>, gaps: &[DataGap], lang: Lang) -> String {
    let rule = match input.start_date() {
        Some(_) => "plan-years-rule-calendar",
        None => "plan-years-rule-from-start",
    };
    let plan_gaps: Vec<DataGap> = gaps.iter().filter(|g| g.kind == GapKind::PlanFigure).cloned().collect();
    std::iter::once(msg(lang, rule))
        .chain(data_gaps::sentences(&plan_gaps).iter().map(|gap| say(lang, gap)))
        .collect::<Vec<_>>()
        .join(" ")
}
