//! The shape of the code: the core's modules import each other without a cycle and never
//! import the web layer, templates, the clock or I/O; no source file grows past about 500
//! lines. Read from the source files, so a change that breaks the shape fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A file's code without its unit tests (which may load the bundled data).
fn code_of(path: &Path) -> String {
    // Test modules (`tests.rs`, `dated_tests.rs`) may load the bundled files.
    if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "tests.rs" || n.ends_with("_tests.rs"))
    {
        return String::new();
    }
    let text = fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The core's top-level module a file belongs to (`estimate` for `core/estimate/payers.rs`),
/// and whether the file is that module's root.
fn module_of(path: &Path) -> (String, bool) {
    let core = root().join("src/core");
    let relative = path.strip_prefix(&core).unwrap();
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().to_string()).collect();
    match parts.as_slice() {
        [file] => (file.trim_end_matches(".rs").to_string(), true),
        [dir, file] => (dir.clone(), file == "mod.rs"),
        [dir, ..] => (dir.clone(), false),
        [] => unreachable!(),
    }
}

/// The core modules a piece of code names: `crate::core::x` anywhere, and `super::x` from a
/// module's root file (in a file below the root, `super::` is the module itself).
fn imports(code: &str, is_root: bool) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut add_after = |marker: &str| {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    };
    add_after("crate::core::");
    add_after("super::super::");
    if is_root {
        add_after("super::");
    }
    // `use super::{a, b::C}` from a root file.
    if is_root {
        for (at, _) in code.match_indices("super::{") {
            let rest = &code[at + "super::{".len()..];
            let list = &rest[..rest.find('}').unwrap_or(0)];
            for item in list.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        }
    }
    names
}

fn core_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_files(&root().join("src/core"));
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f).0).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let (module, is_root) = module_of(file);
        let used = imports(&code_of(file), is_root);
        let entry = graph.entry(module.clone()).or_default();
        for name in used {
            if modules.contains(&name) && name != module {
                entry.insert(name);
            }
        }
    }
    graph.remove("mod");
    graph
}

/// A cycle through `start`, if there is one.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    walk(graph, start, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn the_core_imports_no_module_that_imports_it_back() {
    let graph = core_graph();
    // The pipeline reads the estimate, which must not read the pipeline.
    assert!(graph["report"].contains("estimate"));
    assert!(!graph["estimate"].contains("report"));
    for module in graph.keys() {
        if let Some(cycle) = cycle_from(&graph, module) {
            panic!("import cycle in src/core: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn a_cycle_would_be_found() {
    // The finder itself: a graph with a loop has one, a chain has none.
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"]), ("d", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(str::to_string).collect()))
            .collect();
    assert_eq!(cycle_from(&graph, "a").unwrap(), vec!["a", "b", "c", "a"]);
    assert!(cycle_from(&graph, "d").is_none());
}

#[test]
fn the_core_knows_nothing_of_the_web_templates_the_clock_or_files() {
    let forbidden = [
        "crate::web",
        "crate::i18n",
        "crate::data_files",
        "crate::startup",
        "crate::config",
        "actix",
        "minijinja",
        "fluent",
        "std::fs",
        "std::io",
        "std::net",
        "std::env",
        "Timestamp::now",
        "Zoned::now",
        "SystemTime",
        "Instant::now",
    ];
    for file in rust_files(&root().join("src/core")) {
        let code = code_of(&file);
        for word in forbidden {
            // Doc comments may name the layers the core leaves to others.
            let in_code = code
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .any(|line| line.contains(word));
            assert!(!in_code, "{} uses {word}", file.display());
        }
    }
}

#[test]
fn no_source_file_is_over_about_500_lines() {
    for file in rust_files(&root().join("src")) {
        let lines = fs::read_to_string(&file).unwrap().lines().count();
        assert!(lines <= 560, "{} has {lines} lines", file.display());
    }
}

/// Every decimal a table reads goes through the one reader that refuses exponents and numbers
/// too large to be true (`src/core/tables/cells.rs`): a `Decimal` field of a struct read from a
/// table has `#[serde(with = "super::cells::decimal")]` (or `optional_decimal`) above it.
#[test]
fn every_decimal_in_a_table_is_read_by_the_cells_reader() {
    let mut fields = 0;
    for file in rust_files(&root().join("src/core/tables")) {
        let code = code_of(&file);
        let lines: Vec<&str> = code.lines().map(str::trim).collect();
        let mut deserialized = false;
        let mut in_struct = false;
        for (index, line) in lines.iter().enumerate() {
            if line.starts_with("#[derive(") {
                deserialized = line.contains("Deserialize");
            } else if line.contains("struct ") && line.ends_with('{') {
                in_struct = deserialized;
            } else if *line == "}" {
                (in_struct, deserialized) = (false, false);
            } else if in_struct && (line.ends_with(": Decimal,") || line.ends_with(": Option<Decimal>,")) {
                fields += 1;
                let attributes = lines[..index]
                    .iter()
                    .rev()
                    .take_while(|above| above.starts_with("#[") || above.starts_with("///"));
                let read = attributes.into_iter().any(|above| {
                    above.contains("with = \"super::cells::decimal\"")
                        || above.contains("with = \"super::cells::optional_decimal\"")
                });
                assert!(
                    read,
                    "{}: {line} is not read with super::cells::decimal",
                    file.display()
                );
            }
        }
    }
    assert!(
        fields >= 30,
        "only {fields} decimal fields found: has the pattern changed?"
    );
}
