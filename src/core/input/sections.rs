//! The groups of questions on the form, in the order it asks them.

/// A group of questions on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Treatment,
    Travel,
    Work,
    Home,
    Income,
    Insurance,
    When,
    /// How long each step takes: folded away, opened when one is filled in or wrong.
    Steps,
}

impl Section {
    /// The section's heading, as a message key.
    pub const fn title(self) -> &'static str {
        match self {
            Section::Treatment => "form-section-treatment",
            Section::Travel => "form-section-travel",
            Section::Work => "form-section-work",
            Section::Home => "form-section-home",
            Section::Income => "form-section-income",
            Section::Insurance => "form-section-insurance",
            Section::When => "form-section-when",
            Section::Steps => "form-steps",
        }
    }

    /// The paragraph under the heading, as a message key.
    pub const fn intro(self) -> Option<&'static str> {
        match self {
            Section::Work => Some("form-work-help"),
            Section::Income => Some("form-income-help"),
            Section::Steps => Some("form-steps-help"),
            _ => None,
        }
    }

    pub const ALL: [Section; 8] = [
        Section::Treatment,
        Section::Travel,
        Section::Work,
        Section::Home,
        Section::Income,
        Section::Insurance,
        Section::When,
        Section::Steps,
    ];
}
