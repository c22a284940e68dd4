//! The message files: every key in both languages, no key unused, no key missing, the Spanish
//! of every piece of data prose, and files Fluent can read.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_in(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Each message file of a language, parsed: its message keys and their English-or-Spanish text.
fn messages(lang: &str, data: bool) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for path in files_in(&root().join("locales").join(lang), "ftl") {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("data-") != data {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                let value = message
                    .value
                    .map(|pattern| {
                        pattern
                            .elements
                            .iter()
                            .map(|element| match element {
                                fluent_syntax::ast::PatternElement::TextElement { value } => value.to_string(),
                                _ => " ".to_string(),
                            })
                            .collect::<String>()
                    })
                    .unwrap_or_default();
                let previous = out.insert(id.clone(), (name.clone(), value));
                assert!(
                    previous.is_none(),
                    "{id} is in {lang}/{name} and {lang}/{}",
                    previous.unwrap().0
                );
            }
        }
    }
    out
}

#[test]
fn every_message_is_in_both_languages() {
    let english: BTreeSet<String> = messages("en", false).into_keys().collect();
    let spanish: BTreeSet<String> = messages("es", false).into_keys().collect();
    let only_english: Vec<_> = english.difference(&spanish).collect();
    let only_spanish: Vec<_> = spanish.difference(&english).collect();
    assert!(only_english.is_empty(), "missing in Spanish: {only_english:?}");
    assert!(only_spanish.is_empty(), "missing in English: {only_spanish:?}");
}

/// The keys the code and the templates name: `t("…")`, `th("…")`, `text!("…")`,
/// `Text::new("…")`, `msg(…"…")`, `message(…"…")` and the keys passed around as plain literals.
fn source_text() -> String {
    let mut all = String::new();
    for path in files_in(&root().join("src"), "rs")
        .into_iter()
        .chain(files_in(&root().join("templates"), "html"))
    {
        all.push_str(&fs::read_to_string(path).unwrap());
        all.push('\n');
    }
    all
}

/// Keys built from ids at run time rather than written out: choices, states, months, CSV
/// columns and trial statuses.
const BUILT_FROM_IDS: [&str; 5] = ["choice-", "state-", "month-", "csv-", "trial-status-"];

#[test]
fn every_message_is_used() {
    let source = source_text();
    let unused: Vec<String> = messages("en", false)
        .into_keys()
        .filter(|key| !BUILT_FROM_IDS.iter().any(|prefix| key.starts_with(prefix)))
        .filter(|key| !source.contains(&format!("\"{key}\"")) && !source.contains(&format!("'{key}'")))
        .collect();
    assert!(unused.is_empty(), "messages no code or template uses: {unused:?}");
}

#[test]
fn every_key_the_code_names_has_a_message() {
    let source = source_text();
    let english = messages("en", false);
    let mut missing = BTreeSet::new();
    for opener in [
        "t(\"",
        "th(\"",
        "t('",
        "th('",
        "text!(\"",
        "Text::new(\"",
        "msg(\"",
        "msg(lang, \"",
    ] {
        for (index, _) in source.match_indices(opener) {
            // `t(` is the template function, not the end of `get(` or `insert(`.
            let before = source[..index].chars().next_back().unwrap_or(' ');
            if before.is_ascii_alphanumeric() || before == '_' || before == '.' {
                continue;
            }
            let rest = &source[index + opener.len()..];
            let key: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            // Message keys are kebab-case; field names and ids are not.
            if key.contains('-') && !english.contains_key(&key) {
                missing.insert(key);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "named in code or templates but in no message file: {missing:?}"
    );
}

/// The data files' prose columns, and the key each has in `locales/es/data-*.ftl`.
const DATA_PROSE: [(&str, &str, &[&str], &[&str]); 12] = [
    ("notes", "note", &["id"], &["text"]),
    (
        "aid_programs",
        "aid",
        &["id"],
        &["name", "pays_for", "limits", "how_to_apply"],
    ),
    (
        "coverage_rules",
        "coverage",
        &["insurance", "route", "network", "part"],
        &["reason"],
    ),
    ("journey", "journey", &["id"], &["label", "unit", "note"]),
    ("unit_costs", "unit_cost", &["id"], &["label", "unit", "note"]),
    ("product_prices", "price", &["basis"], &["label", "unit", "note"]),
    ("insurance_presets", "preset", &["plan", "item"], &["note"]),
    ("paid_leave", "leave", &["state"], &["note"]),
    ("sources", "source", &["id"], &["note"]),
    (
        "advocate_figures",
        "advocate",
        &["id"],
        &["label", "unit", "context", "population"],
    ),
    ("table_updates", "table_update", &["table"], &["title", "usual_update"]),
    ("trials", "trial", &["id"], &["note"]),
];

fn data_prose() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, prefix, keys, columns) in DATA_PROSE {
        let path = root().join("data").join(format!("{file}.csv"));
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let headers = reader.headers().unwrap().clone();
        let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
        for record in reader.records() {
            let record = record.unwrap();
            for name in columns {
                let english = record[column(name)].trim();
                if english.is_empty() {
                    continue;
                }
                let mut key = vec![prefix.to_string()];
                key.extend(keys.iter().map(|k| record[column(k)].to_string()));
                if columns.len() > 1 {
                    key.push((*name).to_string());
                }
                out.insert(key.join("-"), english.to_string());
            }
        }
    }
    out
}

#[test]
fn every_piece_of_data_prose_has_its_spanish() {
    let prose = data_prose();
    let spanish = messages("es", true);
    let missing: Vec<_> = prose.keys().filter(|key| !spanish.contains_key(*key)).collect();
    let orphans: Vec<_> = spanish.keys().filter(|key| !prose.contains_key(*key)).collect();
    assert!(missing.is_empty(), "data prose with no Spanish: {missing:?}");
    assert!(
        orphans.is_empty(),
        "Spanish for data that no longer exists: {orphans:?}"
    );
    // A copy of the English is not a translation (names and numbers alone may stay the same).
    let untranslated: Vec<_> = prose
        .iter()
        .filter(|(key, _)| !key.ends_with("-name"))
        .filter(|(key, english)| english.split_whitespace().count() >= 4 && spanish[*key].1.trim() == english.trim())
        .map(|(key, _)| key)
        .collect();
    assert!(untranslated.is_empty(), "still in English: {untranslated:?}");
}

#[test]
fn english_and_spanish_messages_differ() {
    let english = messages("en", false);
    let spanish = messages("es", false);
    let same: Vec<_> = english
        .iter()
        .filter(|(key, (_, text))| {
            text.split_whitespace().count() >= 3
                && text.chars().any(char::is_lowercase)
                && spanish.get(*key).is_some_and(|(_, es)| es == text)
        })
        .map(|(key, _)| key)
        .collect();
    assert!(same.is_empty(), "not translated: {same:?}");
}

/// Syllables in a word, by vowel groups: rough, but steady enough to compare texts.
fn syllables(word: &str, spanish: bool) -> usize {
    let vowels: &[char] = if spanish {
        &['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']
    } else {
        &['a', 'e', 'i', 'o', 'u', 'y']
    };
    let lower = word.to_lowercase();
    let mut count = 0;
    let mut previous_vowel = false;
    for c in lower.chars() {
        let vowel = vowels.contains(&c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // A silent final "e" in English ("care", "home").
    if !spanish && lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Words, sentences and syllables of a text.
fn counts(text: &str, spanish: bool) -> (f64, f64, f64) {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text.matches(['.', '?', '!', ':', ';']).count().max(1);
    let syllables: usize = words.iter().map(|w| syllables(w, spanish)).sum();
    (words.len() as f64, sentences as f64, syllables as f64)
}

/// The notes families read, in each language, are plain: Flesch-Kincaid grade 8 or below in
/// English, and 55 or above on the Szigriszt-Pazos (INFLESZ) scale in Spanish, its "normal"
/// band for readers of about the same school year.
#[test]
fn notes_read_at_a_family_level_in_both_languages() {
    let prose = data_prose();
    let spanish = messages("es", true);
    let notes: Vec<(&String, &String)> = prose.iter().filter(|(key, _)| key.starts_with("note-")).collect();
    let (mut en, mut es) = ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0));
    for (key, english) in &notes {
        let (w, s, y) = counts(english, false);
        en = (en.0 + w, en.1 + s, en.2 + y);
        let (w, s, y) = counts(&spanish[*key].1, true);
        es = (es.0 + w, es.1 + s, es.2 + y);
    }
    let grade = 0.39 * en.0 / en.1 + 11.8 * en.2 / en.0 - 15.59;
    let inflesz = 206.835 - 62.3 * es.2 / es.0 - es.0 / es.1;
    eprintln!("notes: Flesch-Kincaid grade {grade:.1} (English), INFLESZ {inflesz:.1} (Spanish)");
    assert!(grade <= 8.0, "English notes: Flesch-Kincaid grade {grade:.1}");
    assert!(inflesz >= 55.0, "Spanish notes: INFLESZ {inflesz:.1}");
}
