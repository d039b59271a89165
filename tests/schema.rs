//! `schema/knowledge-base.schema.json`, the JSON Schema (draft 2020-12) of the
//! export, kept in step with the export: this test fails when they differ.
//!
//! 1. The export and the schema are walked together: every object of the export
//!    must have exactly the keys of its record's `properties`, every record must
//!    list them all in `required` and be closed (`additionalProperties: false`),
//!    and every value must have the schema's type, enum value and pattern. A new,
//!    renamed or dropped export field fails, naming its path.
//! 2. Every enum of the schema must equal the crate's `NAMES` list for its type,
//!    so a new variant (a new source, a new evidence level) fails too.
//!
//! Full validation with a real validator (the `jsonschema` Python package, draft
//! 2020-12) is a step of `.ci/run`, through `schema/check.py`.

#![cfg(feature = "serde")]

use std::collections::BTreeSet;
use std::path::PathBuf;

use ketamine_facts::{
    Certainty, CorrectionKind, Disagreement, DisagreementKind, Evidence, FactKind, HistoryEvent,
    KnowledgeBase, Mechanism, Precision, Source, SourceKind,
};
use serde_json::{Map, Value};

fn schema() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/knowledge-base.schema.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The export, as `examples/export_json.rs` prints it.
fn export() -> Value {
    serde_json::to_value(KnowledgeBase::CURRENT).expect("the knowledge base serializes")
}

/// The closed sets of the schema: each `$defs` entry with an `enum`, and the
/// crate's names for that type.
const ENUMS: &[(&str, &[&str])] = &[
    ("evidence", Evidence::NAMES),
    ("source_name", Source::NAMES),
    ("source_kind", SourceKind::NAMES),
    ("fact_kind", FactKind::NAMES),
    ("certainty", Certainty::NAMES),
    ("correction_kind", CorrectionKind::NAMES),
    ("precision", Precision::NAMES),
    ("disagreement_kind", DisagreementKind::NAMES),
    ("disagreement_name", Disagreement::NAMES),
    ("mechanism", Mechanism::NAMES),
    ("history_event", HistoryEvent::NAMES),
];

/// The names the schema must list for the closed set `def`: the crate's.
fn expected_names(_def: &str, crate_names: &[&str]) -> BTreeSet<String> {
    crate_names.iter().map(|n| (*n).to_owned()).collect()
}

// ---- the walk ----------------------------------------------------------------

/// Walks a JSON value and the schema node that describes it, collecting every
/// difference as `path: what`.
struct Walk<'a> {
    schema: &'a Value,
    errors: Vec<String>,
    /// The `$defs` records that described at least one object of the export.
    records_seen: BTreeSet<String>,
}

impl<'a> Walk<'a> {
    fn new(schema: &'a Value) -> Self {
        Self {
            schema,
            errors: Vec::new(),
            records_seen: BTreeSet::new(),
        }
    }

    fn fail(&mut self, path: &str, what: impl Into<String>) {
        self.errors.push(format!("{path}: {}", what.into()));
    }

    /// The `$defs` entry a `$ref` names (only local `#/$defs/<name>` references).
    fn resolve(&self, reference: &str) -> Option<(&'a str, &'a Value)> {
        let name = reference.strip_prefix("#/$defs/")?;
        let (key, node) = self.schema.get("$defs")?.as_object()?.get_key_value(name)?;
        Some((key.as_str(), node))
    }

    fn check(&mut self, node: &'a Value, value: &Value, path: &str, record: Option<&'a str>) {
        if let Some(reference) = node.get("$ref") {
            let reference = reference.as_str().unwrap_or_default();
            match self.resolve(reference) {
                Some((name, def)) => self.check(def, value, path, Some(name)),
                None => self.fail(
                    path,
                    format!("the schema's $ref {reference:?} names no $defs entry"),
                ),
            }
            return;
        }
        if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            // The value must fit one branch; report the branch it comes closest to.
            let mut closest: Option<Vec<String>> = None;
            for branch in branches {
                let mut inner = Walk::new(self.schema);
                inner.check(branch, value, path, record);
                if inner.errors.is_empty() {
                    self.records_seen.extend(inner.records_seen);
                    return;
                }
                if closest
                    .as_ref()
                    .is_none_or(|c| inner.errors.len() < c.len())
                {
                    closest = Some(inner.errors);
                }
            }
            self.errors.extend(closest.unwrap_or_default());
            return;
        }
        if let Some(types) = node.get("type") {
            let types: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if !types.iter().any(|t| has_type(value, t)) {
                self.fail(
                    path,
                    format!("{} where the schema says {types:?}", type_of(value)),
                );
                return;
            }
        }
        if let Some(names) = node.get("enum").and_then(Value::as_array)
            && !names.contains(value)
        {
            self.fail(path, format!("{value} is not one of the schema's enum"));
        }
        if let (Some(pattern), Some(text)) =
            (node.get("pattern").and_then(Value::as_str), value.as_str())
        {
            match pattern_matches(pattern, text) {
                Some(true) => {}
                Some(false) => self.fail(path, format!("{text:?} does not match {pattern:?}")),
                None => self.fail(
                    path,
                    format!("no Rust check for the pattern {pattern:?}: add one to pattern_matches in tests/schema.rs"),
                ),
            }
        }
        if node.get("format").and_then(Value::as_str) == Some("date")
            && let Some(text) = value.as_str()
            && !is_iso_day(text)
        {
            self.fail(path, format!("{text:?} is not a date written YYYY-MM-DD"));
        }
        match value {
            Value::Object(object) => self.check_object(node, object, path, record),
            Value::Array(items) => {
                if let Some(min) = node.get("minItems").and_then(Value::as_u64)
                    && (items.len() as u64) < min
                {
                    self.fail(
                        path,
                        format!(
                            "{} items where the schema asks for at least {min}",
                            items.len()
                        ),
                    );
                }
                match node.get("items") {
                    Some(item) => {
                        for (i, element) in items.iter().enumerate() {
                            self.check(item, element, &format!("{path}[{i}]"), None);
                        }
                    }
                    None => self.fail(path, "an array where the schema gives no items"),
                }
            }
            _ => {}
        }
    }

    fn check_object(
        &mut self,
        node: &'a Value,
        object: &Map<String, Value>,
        path: &str,
        record: Option<&'a str>,
    ) {
        let Some(properties) = node.get("properties").and_then(Value::as_object) else {
            self.fail(path, "an object where the schema gives no properties");
            return;
        };
        if let Some(record) = record {
            self.records_seen.insert(record.to_owned());
        }
        if node.get("additionalProperties") != Some(&Value::Bool(false)) {
            self.fail(
                path,
                "the schema's record is not closed (additionalProperties: false)",
            );
        }
        let keys: BTreeSet<&str> = object.keys().map(String::as_str).collect();
        let declared: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
        for key in keys.difference(&declared) {
            self.fail(
                &format!("{path}.{key}"),
                "a field of the export that the schema does not have",
            );
        }
        for key in declared.difference(&keys) {
            self.fail(
                &format!("{path}.{key}"),
                "a field of the schema that the export does not have",
            );
        }
        let required: BTreeSet<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if required != declared {
            self.fail(
                path,
                format!("the schema's required {required:?} is not its properties {declared:?}"),
            );
        }
        for (key, field) in object {
            if let Some(property) = properties.get(key) {
                self.check(property, field, &format!("{path}.{key}"), None);
            }
        }
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        _ => false,
    }
}

fn type_of(value: &Value) -> &'static str {
    match value {
        Value::Object(_) => "an object",
        Value::Array(_) => "an array",
        Value::String(_) => "a string",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
        Value::Number(_) => "a number",
    }
}

/// The pattern a subject must match: `kind: value`, the kind one of
/// `FactKind::NAMES`.
fn subject_pattern() -> String {
    format!("^({}): [a-z0-9_]+$", FactKind::NAMES.join("|"))
}

/// Whether `text` matches `pattern`, for the schema's patterns (`None` for a
/// pattern this test does not know: `regex` is not a dependency, and the
/// Python step of .ci/run checks every pattern with a real validator).
fn pattern_matches(pattern: &str, text: &str) -> Option<bool> {
    let all = |s: &str, ok: fn(char) -> bool| !s.is_empty() && s.chars().all(ok);
    if pattern == r"^[a-z-]+/[a-z0-9-]+$" {
        let (kind, slug) = text.split_once('/')?;
        return Some(
            all(kind, |c| c.is_ascii_lowercase() || c == '-')
                && all(slug, |c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                }),
        );
    }
    if pattern == r"^[0-9]{4}\.[0-9]+\.[0-9]+$" {
        let parts: Vec<&str> = text.split('.').collect();
        return Some(
            parts.len() == 3
                && parts[0].len() == 4
                && parts.iter().all(|p| all(p, |c| c.is_ascii_digit())),
        );
    }
    if pattern == subject_pattern() {
        let Some((kind, value)) = text.split_once(": ") else {
            return Some(false);
        };
        return Some(
            FactKind::NAMES.contains(&kind)
                && all(value, |c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
                }),
        );
    }
    None
}

fn is_iso_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}

/// The differences with the same path but for array indices and the same
/// complaint, once each: the first one found, and how many more there are.
fn once_each(errors: &[String]) -> Vec<String> {
    let mut groups: Vec<(String, &String, usize)> = Vec::new();
    for error in errors {
        let shape = without_indices(error);
        match groups.iter_mut().find(|(s, _, _)| *s == shape) {
            Some((_, _, more)) => *more += 1,
            None => groups.push((shape, error, 0)),
        }
    }
    groups
        .into_iter()
        .map(|(_, first, more)| match more {
            0 => first.clone(),
            n => format!("{first} (and {n} more like it)"),
        })
        .collect()
}

/// `text` with every `[<digits>]` written `[]`.
fn without_indices(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with(']') {
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

/// Every difference between `value` and the schema, and the records it used.
fn walk(schema: &Value, value: &Value) -> (Vec<String>, BTreeSet<String>) {
    let mut walk = Walk::new(schema);
    walk.check(schema, value, "$", None);
    (walk.errors, walk.records_seen)
}

// ---- the tests -------------------------------------------------------------

#[test]
fn the_export_fits_the_schema_field_by_field() {
    let schema = schema();
    let (errors, _) = walk(&schema, &export());
    assert!(
        errors.is_empty(),
        "schema/knowledge-base.schema.json is stale: update it with the export \
         (a new or renamed field of the export needs a property with a description, \
         in `properties` and in `required`):\n{}",
        once_each(&errors).join("\n")
    );
}

#[test]
fn every_record_of_the_schema_describes_some_of_the_export() {
    let schema = schema();
    let (_, seen) = walk(&schema, &export());
    let defs = schema["$defs"].as_object().expect("the schema has $defs");
    let records: BTreeSet<&str> = defs
        .iter()
        .filter(|(_, def)| def.get("properties").is_some())
        .map(|(name, _)| name.as_str())
        .collect();
    let unused: Vec<&&str> = records.iter().filter(|r| !seen.contains(**r)).collect();
    assert!(
        unused.is_empty(),
        "records of the schema that no object of the export uses (stale, or the export lost them): {unused:?}"
    );
}

#[test]
fn a_renamed_field_does_not_fit() {
    let schema = schema();
    let mut renamed = export();
    let fact = renamed["facts"][0].as_object_mut().expect("a first fact");
    let summary = fact.remove("summary").expect("facts have a summary");
    fact.insert("summery".to_owned(), summary);
    let (errors, _) = walk(&schema, &renamed);
    let text = errors.join("\n");
    assert!(
        text.contains("$.facts[0].summery: a field of the export"),
        "{text}"
    );
    assert!(
        text.contains("$.facts[0].summary: a field of the schema"),
        "{text}"
    );
}

#[test]
fn a_new_field_does_not_fit() {
    let schema = schema();
    let mut grown = export();
    grown["timeline"][0]["date"]["era"] = Value::Null;
    grown["generated_by"] = Value::from("a newer crate");
    let (errors, _) = walk(&schema, &grown);
    let text = errors.join("\n");
    assert!(
        text.contains("$.timeline[0].date.era: a field of the export"),
        "{text}"
    );
    assert!(
        text.contains("$.generated_by: a field of the export"),
        "{text}"
    );
}

#[test]
fn a_value_outside_a_closed_set_does_not_fit() {
    let schema = schema();
    let mut changed = export();
    changed["facts"][0]["citations"][0]["evidence"] = Value::from("proven");
    changed["facts"][0]["id"] = Value::from("Route/IV");
    changed["facts"][0]["subjects"][0] = Value::from("routes: iv");
    let (errors, _) = walk(&schema, &changed);
    let text = errors.join("\n");
    assert!(
        text.contains("$.facts[0].citations[0].evidence: \"proven\" is not one"),
        "{text}"
    );
    assert!(
        text.contains("$.facts[0].id: \"Route/IV\" does not match"),
        "{text}"
    );
    assert!(
        text.contains("$.facts[0].subjects[0]: \"routes: iv\" does not match"),
        "{text}"
    );
}

#[test]
fn every_enum_is_the_crates_names() {
    let schema = schema();
    let defs = schema["$defs"].as_object().expect("the schema has $defs");
    let mut problems = Vec::new();
    for (def, names) in ENUMS {
        let Some(listed) = defs
            .get(*def)
            .and_then(|d| d.get("enum"))
            .and_then(Value::as_array)
        else {
            problems.push(format!("$defs.{def} has no enum"));
            continue;
        };
        let listed: Vec<&str> = listed.iter().filter_map(Value::as_str).collect();
        let set: BTreeSet<String> = listed.iter().map(|n| (*n).to_owned()).collect();
        if set.len() != listed.len() {
            problems.push(format!("$defs.{def}.enum lists a name twice"));
        }
        let expected = expected_names(def, names);
        let missing: Vec<&String> = expected.difference(&set).collect();
        let extra: Vec<&String> = set.difference(&expected).collect();
        if !missing.is_empty() || !extra.is_empty() {
            problems.push(format!(
                "$defs.{def}.enum: missing {missing:?} (in the crate's NAMES), extra {extra:?} (not in the crate)"
            ));
        }
    }
    // Every enum of the schema is one of the sets above, so none escapes this check.
    let mut enums = Vec::new();
    find_key(&schema, "$", "enum", &mut enums);
    for path in enums {
        let known = ENUMS
            .iter()
            .any(|(def, _)| path == format!("$.$defs.{def}.enum"));
        if !known {
            problems.push(format!(
                "{path}: an enum this test does not compare with the crate (add it to ENUMS)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_subject_pattern_lists_every_fact_kind() {
    let schema = schema();
    assert_eq!(
        schema["$defs"]["subject"]["pattern"].as_str(),
        Some(subject_pattern().as_str()),
        "the subject pattern must list FactKind::NAMES"
    );
}

#[test]
fn every_property_says_what_it_is() {
    let schema = schema();
    let description = schema["description"].as_str().unwrap_or_default();
    assert!(description.contains("not medical advice"), "{description}");
    assert_eq!(
        schema["$schema"].as_str(),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    let mut missing = Vec::new();
    for (name, def) in schema["$defs"].as_object().expect("the schema has $defs") {
        if !has_description(def) {
            missing.push(format!("$.$defs.{name}"));
        }
    }
    let mut properties = Vec::new();
    find_key(&schema, "$", "properties", &mut properties);
    for path in properties {
        let node = pointer(&schema, &path);
        for (name, property) in node.as_object().expect("properties is an object") {
            if !has_description(property) {
                missing.push(format!("{path}.{name}"));
            }
        }
    }
    assert!(missing.is_empty(), "without a description: {missing:?}");
}

fn has_description(node: &Value) -> bool {
    node.get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| !d.trim().is_empty())
}

/// The paths (`$.a.b`) of every member named `key`, at any depth.
fn find_key(node: &Value, path: &str, key: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(object) => {
            for (name, child) in object {
                let child_path = format!("{path}.{name}");
                if name == key {
                    out.push(child_path.clone());
                }
                find_key(child, &child_path, key, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                find_key(child, &format!("{path}[{i}]"), key, out);
            }
        }
        _ => {}
    }
}

/// The node at a path `find_key` gave (object members only).
fn pointer<'a>(node: &'a Value, path: &str) -> &'a Value {
    path.trim_start_matches('$')
        .split('.')
        .filter(|p| !p.is_empty())
        .fold(node, |n, part| &n[part])
}
