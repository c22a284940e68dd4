//! The core's integration tests, as one test binary: hand-computed households, coverage by
//! plan and route, leave and tax, the timeline, aid, notes, what would change the number, and
//! property tests over the whole input space. `fixtures` holds what they share.

mod aid_programs;
mod answers;
mod cash_flow;
mod dated_figures;
mod distance_effect;
mod estimate_coverage;
mod estimate_households;
mod estimate_leave_and_tax;
mod estimate_properties;
mod fixtures;
mod income_rules;
mod levers;
mod notes_triggers;
mod table_limits;
mod where_to_go;
