//! The pure core: tables, input, estimate, money. No HTTP and no I/O here.

pub mod aid;
pub mod burden;
pub mod cash_flow;
pub mod choices;
pub mod comparison;
pub mod coverage;
pub mod estimate;
pub mod facts;
pub mod input;
pub mod journey;
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
