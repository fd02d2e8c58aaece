//! The Frictionless Data Package that describes a written CSV (`--datapackage`).
//!
//! Publishing a CSV alone leaves its reader to guess the encoding, the dialect and the
//! types; `datapackage.json` beside it says all three, with the Table Schema of the
//! columns actually written, so `frictionless validate datapackage.json` checks every cell.
//! It is built from the same options the writer used, so it cannot describe another file.
//! Nothing in it depends on the time or the machine: the same run gives the same bytes.

use serde_json::{Value, json};

use crate::output::schema::{DESCRIPTION, table_schema_for};
use crate::output::write::{Format, WriteOptions};

/// The file name the package is written under, beside the CSV.
pub const FILE_NAME: &str = "datapackage.json";

/// The data package for a CSV file named `csv_name` (its name only: the package lives in
/// the same folder), written with `options` and with or without a header row.
/// Only CSV is described: a Tabular Data Resource is CSV.
pub fn data_package(csv_name: &str, options: &WriteOptions, header: bool) -> Value {
    debug_assert_eq!(options.format, Format::Csv);
    let mut schema = table_schema_for(&options.columns);
    if let Some(s) = schema.as_object_mut() {
        // The `$schema` key names the profile of a stand-alone schema file; inside a
        // package the resource's `profile` says it.
        s.remove("$schema");
    }
    let mut description = String::from(DESCRIPTION);
    description.push_str(
        " Written by saywho; the columns are documented in schema/README.md of the saywho repository.",
    );
    if options.guard_formulas {
        description.push_str(
            " Formula guard on: a text cell that began with =, +, -, @, a tab or a carriage return has a leading ' added, so spreadsheets show it as text.",
        );
    }
    json!({
        "profile": "tabular-data-package",
        "name": "saywho-quotes",
        "title": "saywho quote attributions",
        "description": description,
        "resources": [{
            "name": "quotes",
            "path": csv_name,
            "profile": "tabular-data-resource",
            "title": "Quotes",
            "description": description,
            "format": "csv",
            "mediatype": "text/csv",
            // "utf-8" with or without the byte order mark: readers drop the mark, and
            // "utf-8-sig" is only Python's name.
            "encoding": "utf-8",
            "dialect": {
                "delimiter": ",",
                "lineTerminator": if options.crlf { "\r\n" } else { "\n" },
                "quoteChar": "\"",
                "doubleQuote": true,
                "skipInitialSpace": false,
                "header": header,
            },
            "schema": schema,
        }],
    })
}

/// The package as pretty JSON with a final newline.
pub fn data_package_json(csv_name: &str, options: &WriteOptions, header: bool) -> String {
    let mut s =
        serde_json::to_string_pretty(&data_package(csv_name, options, header)).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_points_at_the_csv_with_its_columns() {
        let options = WriteOptions {
            columns: vec![2, 4],
            ..WriteOptions::default()
        };
        let p = data_package("q.csv", &options, true);
        let r = &p["resources"][0];
        assert_eq!(r["path"], "q.csv");
        assert_eq!(r["encoding"], "utf-8");
        assert_eq!(r["dialect"]["lineTerminator"], "\n");
        let names: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["quote", "speaker"]);
        // without both key columns there is no primary key
        assert!(r["schema"].get("primaryKey").is_none());
        assert!(r["schema"].get("$schema").is_none());
    }

    #[test]
    fn excel_options_are_described() {
        let p = data_package("q.csv", &WriteOptions::excel(), false);
        let r = &p["resources"][0];
        assert_eq!(r["encoding"], "utf-8");
        assert_eq!(r["dialect"]["lineTerminator"], "\r\n");
        assert_eq!(r["dialect"]["header"], false);
        assert!(r["description"].as_str().unwrap().contains("Formula guard"));
        assert_eq!(
            r["schema"]["primaryKey"],
            json!(["article_id", "quote_index"])
        );
    }
}
