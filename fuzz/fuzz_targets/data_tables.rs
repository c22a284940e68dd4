//! Any text in place of one data table: loading gives the tables or an error naming the
//! file, never a panic.
#![no_main]

use cart_estimator::core::tables::{ReadProblem, TableFile, Tables};
use cart_estimator::data_files::embedded;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let file = TableFile::ALL[usize::from(which) % TableFile::ALL.len()].name();
    let text = String::from_utf8_lossy(rest).into_owned();
    let result = Tables::parse("data", |name| {
        if name == file {
            Ok(text.clone())
        } else {
            embedded(name).map(str::to_string).ok_or(ReadProblem::Missing)
        }
    });
    if let Err(error) = result {
        assert!(error.file.ends_with(".csv"), "{error}");
    }
});
