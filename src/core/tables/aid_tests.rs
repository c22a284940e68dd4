//! Loading the tables of help and places: aid programs, ZIP points, distance rules, center
//! locations and trials, each doubtful row refused with its file, line, column and reason.

use super::tests::{column, edited, line_of, parse_with};

#[test]
fn aid_programs_are_checked() {
    let text = edited("aid_programs.csv", "any,no,,,philadelphia,", "any,no,,,atlantis,");
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("aid_programs.csv", "hosts_for_hospitals"));
    assert_eq!(error.column, column(12, "only_at_centers"));
    assert_eq!(error.reason, "unknown center \"atlantis\": use an id from centers.csv");
    let text = edited(
        "aid_programs.csv",
        "Mercy Medical Angels,travel,any,",
        "Mercy Medical Angels,travel,pets,",
    );
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("aid_programs.csv", "mercy_medical_angels"));
    assert_eq!(error.column, column(4, "serves"));
    let text = edited("aid_programs.csv", "travel,any,300,50,", "travel,any,3OO,50,");
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.column, column(5, "income_limit_fpl_pct"));
    let text = edited("aid_programs.csv", "travel,any,,,750,", "travel,any,,800,750,");
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.column, column(7, "max_distance_miles"));
    assert_eq!(error.reason, "must not be less than min_distance_miles");
    let text = edited(
        "aid_programs.csv",
        "lodging,any,,,,any,no,,21,",
        "lodging,any,,,,any,no,22,21,",
    );
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("aid_programs.csv", "ronald_mcdonald_house"));
    assert_eq!(error.column, column(11, "max_age"));
    assert_eq!(error.reason, "must not be less than min_age");
    let text = edited(
        "aid_programs.csv",
        "lodging,any,,,,any,no,,21,",
        "lodging,any,,,,any,no,,-1,",
    );
    let error = parse_with("aid_programs.csv", &text).unwrap_err();
    assert_eq!(error.column, column(11, "max_age"));
    let lfa = line_of("aid_programs.csv", "lfa_chapter_funds");
    let phone_reason = "use a US phone number such as 1-800-227-2345";
    for (from, to, at, name, reason) in [
        (",1-800-558-0121,", ",call us,", 17, "phone", phone_reason),
        (",1-800-682-7990,", ",1-800-682,", 18, "spanish_phone", phone_reason),
        (
            ",https://resources.lupus.org/media,",
            ",resources.lupus.org,",
            16,
            "contact_url",
            "use a web address starting with https://",
        ),
        (
            ",lfa-nrcl-media,2026-12-02,",
            ",lfa-nowhere,2026-12-02,",
            19,
            "contact_source_ids",
            "unknown source \"lfa-nowhere\": add it to sources.csv",
        ),
        (
            ",lfa-nrcl-media,2026-12-02,",
            ",,2026-12-02,",
            19,
            "contact_source_ids",
            "say where the contact was found",
        ),
        (
            ",lfa-nrcl-media,2026-12-02,",
            ",lfa-nrcl-media,,",
            20,
            "contact_checked",
            "give the date the contact was read (YYYY-MM-DD), and leave it blank when none was found",
        ),
    ] {
        let error = parse_with("aid_programs.csv", &edited("aid_programs.csv", from, to)).unwrap_err();
        assert_eq!((error.line, error.column.clone()), (lfa, column(at, name)), "{to}");
        assert_eq!(error.reason, reason);
    }
}

#[test]
fn zip_points_and_distance_rules_are_checked() {
    // Out of order: the ZIP table is searched by halves, so it must be sorted.
    let text = edited("zip_points.csv", "00602,", "00600,");
    let error = parse_with("zip_points.csv", &text).unwrap_err();
    assert_eq!(error.line, 3);
    assert_eq!(error.column, column(1, "zip"));
    assert_eq!(error.reason, "ZIPs must be in increasing order, each once");
    let text = edited("zip_points.csv", "00601,18.180555,", "00601,1.8e1,");
    let error = parse_with("zip_points.csv", &text).unwrap_err();
    assert_eq!(error.column, column(2, "lat"));
    // A detour factor below 1 would make roads shorter than a straight line.
    let text = edited(
        "distance_rules.csv",
        "road_detour_factor,1.15,",
        "road_detour_factor,0.9,",
    );
    let error = parse_with("distance_rules.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("distance_rules.csv", "road_detour_factor"));
    assert_eq!(error.reason, "a detour factor is from 1 to 3");
    // The high column's threshold must not be longer than the typical one.
    let text = edited(
        "distance_rules.csv",
        "overnight_after_hours,3,3,2,",
        "overnight_after_hours,3,3,4,",
    );
    let error = parse_with("distance_rules.csv", &text).unwrap_err();
    assert_eq!(error.reason, "a time threshold runs from low >= typical >= high");
}

#[test]
fn center_locations_and_trial_sites_are_checked() {
    // A hospital ZIP that has its own Census area must use it.
    let text = edited("centers.csv", ",27705,27705,", ",27705,27707,");
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("centers.csv", "durham"));
    assert_eq!(error.reason, "the hospital's own ZIP has a Census area: use it");
    // A neighbouring area needs an assumption among its sources.
    let text = edited(
        "centers.csv",
        ",44106,nonprofit,cms-hospital-general-info-2026,cms-hospital-general-info-2026;assumption-center-zcta",
        ",44106,nonprofit,cms-hospital-general-info-2026,cms-hospital-general-info-2026",
    );
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.column, column(12, "location_source_ids"));
    // An ownership needs its source.
    let text = edited(
        "centers.csv",
        ",44106,nonprofit,cms-hospital-general-info-2026,",
        ",44106,nonprofit,,",
    );
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.column, column(11, "ownership_source_ids"));
    assert_eq!(error.reason, "say where the ownership comes from");
    // A trial seen at a center that is not listed.
    let text = edited("trial_sites.csv", "reset_sle,chapel_hill,", "reset_sle,atlantis,");
    let error = parse_with("trial_sites.csv", &text).unwrap_err();
    assert_eq!(error.column, column(2, "center"));
    assert_eq!(error.reason, "no listed center \"atlantis\" in centers.csv");
}
