use std::process::Command;

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cart-estimator"))
}

/// A bad data file stops start-up with the file, line and column.
#[test]
fn a_bad_data_table_stops_start_up_and_names_file_line_and_column() {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let dir = std::env::temp_dir().join(format!("cart-bad-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let journey = std::fs::read_to_string(dir.join("journey.csv")).unwrap();
    std::fs::write(
        dir.join("journey.csv"),
        journey.replace(
            "hospital_days,Days in hospital for the infusion and monitoring,14,",
            "hospital_days,Days in hospital for the infusion and monitoring,fourteen,",
        ),
    )
    .unwrap();

    let output = binary().args(["--port", "0", "--data-dir"]).arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("journey.csv, line 6, column 3 (low): \"fourteen\" is not a whole number"),
        "{stderr}"
    );
}

#[test]
fn help_names_the_settings() {
    let output = binary().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in ["--port", "--bind", "--data-dir", "PORT", "BIND", "DATA_DIR"] {
        assert!(help.contains(flag), "{flag} missing from --help");
    }
}
