//! Where the data tables come from: the copies embedded in the binary at build time, or a
//! folder given with `--data-dir`. This is the only place that reads table files.

use std::io::ErrorKind;
use std::path::Path;

use crate::core::tables::{DataError, ReadProblem, Tables};

/// The bundled copy of a table, by file name: every CSV file in `data/`, embedded by build.rs.
pub fn embedded(name: &str) -> Option<&'static str> {
    include!(concat!(env!("OUT_DIR"), "/embedded_tables.rs"))
}

/// Loads the tables embedded in the binary.
pub fn load_embedded() -> Result<Tables, DataError> {
    Tables::parse("data", |name| {
        embedded(name).map(str::to_string).ok_or(ReadProblem::Missing)
    })
}

/// Loads every table from `dir`; a file that is missing, a folder, unreadable or not UTF-8 is
/// an error naming it and saying which.
pub fn load_dir(dir: &Path) -> Result<Tables, DataError> {
    Tables::parse(&dir.display().to_string(), |name| read_table(&dir.join(name)))
}

/// The text of one table file, or why there is none.
fn read_table(path: &Path) -> Result<String, ReadProblem> {
    let bytes = std::fs::read(path).map_err(|error| match error.kind() {
        ErrorKind::NotFound => ReadProblem::Missing,
        ErrorKind::IsADirectory => ReadProblem::Folder,
        _ if path.is_dir() => ReadProblem::Folder,
        _ => ReadProblem::Unreadable(error.to_string()),
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let good = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let newlines = good.iter().filter(|b| **b == b'\n').count();
        ReadProblem::NotUtf8 {
            line: u64::try_from(newlines).unwrap_or(u64::MAX).saturating_add(1),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::tables::TableFile;

    #[test]
    fn every_table_file_is_embedded() {
        for file in TableFile::ALL {
            assert!(embedded(file.name()).is_some(), "{} is not embedded", file.name());
        }
    }

    #[test]
    fn every_csv_in_data_is_a_table() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        for entry in std::fs::read_dir(folder).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".csv") {
                assert!(
                    TableFile::ALL.iter().any(|f| f.name() == name),
                    "{name} is read by no table"
                );
            }
        }
    }

    #[test]
    fn the_bundled_tables_load() {
        let tables = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(tables.centers().len() >= 30);
        assert!(tables.center("durham").is_some());
    }

    #[test]
    fn the_folder_copy_matches_the_embedded_copy() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let from_folder = load_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
        let embedded = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(from_folder.centers().len(), embedded.centers().len());
    }

    /// A copy of the bundled tables in a temporary folder.
    fn copy_of_data() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for file in TableFile::ALL {
            std::fs::write(dir.path().join(file.name()), embedded(file.name()).unwrap()).unwrap();
        }
        dir
    }

    #[test]
    fn a_folder_a_file_not_in_utf8_and_a_missing_file_each_say_so() {
        let dir = copy_of_data();
        let centers = dir.path().join("centers.csv");
        let path = format!("{}/centers.csv", dir.path().display());
        assert!(load_dir(dir.path()).is_ok());

        std::fs::remove_file(&centers).unwrap();
        std::fs::create_dir(&centers).unwrap();
        let folder = load_dir(dir.path()).unwrap_err();
        assert_eq!((folder.file.as_str(), folder.line), (path.as_str(), 0));
        assert_eq!(folder.reason, "this is a folder, not a file");

        // Atlanta's row (line 3) saved in Latin-1: "Emory" with an é (byte E9).
        std::fs::remove_dir(&centers).unwrap();
        let text = embedded("centers.csv").unwrap().replacen("Emory", "Emor\u{e9}", 1);
        let latin1: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
        std::fs::write(&centers, latin1).unwrap();
        let not_utf8 = load_dir(dir.path()).unwrap_err();
        assert_eq!((not_utf8.file.as_str(), not_utf8.line), (path.as_str(), 3));
        assert_eq!(
            not_utf8.reason,
            "the file is not UTF-8 text (this line has the first byte that is not): save it as UTF-8"
        );

        std::fs::remove_file(&centers).unwrap();
        let missing = load_dir(dir.path()).unwrap_err();
        assert_eq!(
            (missing.file.as_str(), missing.reason.as_str()),
            (path.as_str(), "the file is missing")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_cannot_be_read_says_why() {
        use std::os::unix::fs::PermissionsExt;
        let dir = copy_of_data();
        let centers = dir.path().join("centers.csv");
        std::fs::set_permissions(&centers, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads the file anyway; then there is nothing to see.
        if std::fs::read(&centers).is_err() {
            let error = load_dir(dir.path()).unwrap_err();
            assert_eq!(error.reason, "the file cannot be read: Permission denied (os error 13)");
        }
    }

    #[test]
    fn a_missing_file_in_a_folder_is_named() {
        let error = load_dir(Path::new("/nonexistent-folder")).unwrap_err();
        assert_eq!(error.file, "/nonexistent-folder/sources.csv");
        assert_eq!(error.reason, "the file is missing");
    }
}
