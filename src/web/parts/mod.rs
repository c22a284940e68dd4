//! Pieces several pages share: the chart, share links, source numbering and common words.

pub mod chart;
pub mod share;
pub mod sources;
pub mod words;
