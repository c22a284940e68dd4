//! The pages, one file each, with their handlers and view models.

pub mod advocates;
pub mod api_guide;
pub mod centers;
pub mod compare;
pub mod estimate;
pub mod form;
pub mod misc;
pub mod sources;
