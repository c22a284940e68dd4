//! Where the data tables come from: the copies embedded in the binary at build time, or a
//! folder given with `--data-dir`. This is the only place that reads table files.

use std::path::Path;

use crate::core::tables::{DataError, Tables};

/// The bundled copy of a table, by file name: every CSV file in `data/`, embedded by build.rs.
pub fn embedded(name: &str) -> Option<&'static str> {
    include!(concat!(env!("OUT_DIR"), "/embedded_tables.rs"))
}

/// Loads the tables embedded in the binary.
pub fn load_embedded() -> Result<Tables, DataError> {
    Tables::parse("data", |name| embedded(name).map(str::to_string))
}

/// Loads every table from `dir`; a missing or unreadable file is an error naming it.
pub fn load_dir(dir: &Path) -> Result<Tables, DataError> {
    Tables::parse(&dir.display().to_string(), |name| {
        std::fs::read_to_string(dir.join(name)).ok()
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

    #[test]
    fn a_missing_file_in_a_folder_is_named() {
        let error = load_dir(Path::new("/nonexistent-folder")).unwrap_err();
        assert_eq!(error.file, "/nonexistent-folder/sources.csv");
        assert_eq!(error.reason, "the file is missing");
    }
}
