//! Embeds the templates and the data tables in the binary. A template with bad syntax fails
//! the build; every CSV file in `data/` is embedded, so the list of tables lives in one place
//! (`core::tables::TableFile`) and a test checks each of them is here.

use std::fmt::Write;
use std::path::Path;

fn main() {
    minijinja_embed::embed_templates!("templates", &[".html"][..]);

    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo::rerun-if-changed={}", data.display());
    let mut names: Vec<String> = std::fs::read_dir(&data)
        .expect("the data folder")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.ends_with(".csv").then_some(name)
        })
        .collect();
    names.sort();
    let mut code = String::from("match name {\n");
    for name in &names {
        let path = data.join(name);
        writeln!(
            code,
            "    {name:?} => Some(include_str!({:?})),",
            path.display().to_string()
        )
        .expect("a string");
    }
    code.push_str("    _ => None,\n}\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_tables.rs");
    std::fs::write(out, code).expect("the embedded tables' code");
}
