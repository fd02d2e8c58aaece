#!/usr/bin/env python3
"""Conformance: saywho's output read by the tools analysts use (`make conformance`).

Runs the release binary on the bundled samples (data/samples, as `make run` does) and on
spreadsheet_hazards.txt beside this script, then checks with the real tools:

- `saywho validate` accepts every file, and refuses a corrupted copy;
- `frictionless validate datapackage.json` passes (and fails on the corrupted copy);
- pandas reads the CSV (and the TSV) with the recipes in schema/README.md, giving the
  dtypes the Table Schema implies and the same values as Python's csv module;
- LibreOffice converts the --excel CSV to .xlsx and openpyxl reads back the same text,
  a guarded cell as text starting with ', never as a formula; the plain CSV, by contrast,
  gives a formula, which is why --excel exists.

Prints PASS or FAIL per check and a closing "N passed, M failed" line; exits 1 on any
failure. Usage: check.py SAYWHO_BINARY WORK_DIR
"""

import csv
import datetime
import json
import re
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

import openpyxl
import pandas as pd

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCHEMA = json.loads((REPO / "schema" / "quotes.schema.json").read_text(encoding="utf-8"))
FIELDS = {f["name"]: f for f in SCHEMA["fields"]}
INTEGERS = [n for n, f in FIELDS.items() if f["type"] == "integer"]
NUMBERS = [n for n, f in FIELDS.items() if f["type"] == "number"]
TEXTS = [n for n, f in FIELDS.items() if f["type"] == "string"]
GUARD_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A second copy of the hazard article under a name that puts a formula start, quotation
# marks, a comma and a line break into article_id: the extractor keeps every line break
# out of quotes and sentences, and file names are untrusted input too.
HOSTILE_NAME = '=1+2 "odd", name\nwith a line break.txt'

RESULTS = []


def check(name):
    """Runs a check, prints PASS or FAIL with its time, and records the outcome."""

    def run(fn):
        started = time.monotonic()
        try:
            detail = fn()
            ok = True
        except Exception as e:  # a check fails by raising; show why and go on
            ok = False
            detail = f"{type(e).__name__}: {e}"
            if not isinstance(e, AssertionError):
                detail += "\n" + traceback.format_exc()
        secs = time.monotonic() - started
        line = f"{'PASS' if ok else 'FAIL'}  {name} ({secs:.1f} s)"
        if detail:
            line += "\n      " + str(detail).replace("\n", "\n      ")
        print(line, flush=True)
        RESULTS.append(ok)
        return fn

    return run


def sh(*args, cwd=None, expect=0):
    """Runs a command; returns its completed process, failing on an unexpected status."""
    p = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if expect is not None and p.returncode != expect:
        raise AssertionError(
            f"{' '.join(map(str, args))}: exit {p.returncode}, expected {expect}\n"
            f"{p.stdout[-3000:]}{p.stderr[-3000:]}"
        )
    return p


def read_rows(path):
    """The rows of a saywho CSV as dicts of text, read by Python's csv module."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def guarded(text):
    return "'" + text if text.startswith(GUARD_STARTS) else text


def recipe(name):
    """The code block after `<!-- conformance: NAME -->` in schema/README.md."""
    readme = (REPO / "schema" / "README.md").read_text(encoding="utf-8")
    m = re.search(
        r"<!-- conformance: " + re.escape(name) + r" -->\s*```(?:python|r)\n(.*?)```",
        readme,
        re.S,
    )
    assert m, f"schema/README.md has no code block after `<!-- conformance: {name} -->`"
    return m.group(1)


def run_recipe(name, placeholder, path, replace_with=None):
    """Runs a pandas recipe on `path` (and `replace_with` in place of the file argument)."""
    arg = repr(str(path))
    if replace_with:
        arg = replace_with.replace(f'"{placeholder}"', arg)
    code = recipe(name).replace(f'"{placeholder}"', arg)
    scope = {}
    exec(compile(code, f"schema/README.md ({name})", "exec"), scope)
    assert "df" in scope, f"the {name} recipe defines no `df`"
    return scope["df"]


def compare_frame(df, rows, label):
    """Checks a pandas frame against the csv module's rows: dtypes and every value."""
    assert list(df.columns) == list(FIELDS), f"{label}: columns {list(df.columns)}"
    assert len(df) == len(rows), f"{label}: {len(df)} rows, expected {len(rows)}"
    for c in INTEGERS:
        assert str(df[c].dtype) == "Int64", f"{label}: {c} is {df[c].dtype}, not Int64"
    for c in NUMBERS:
        assert str(df[c].dtype) == "float64", f"{label}: {c} is {df[c].dtype}"
    for c in TEXTS:
        assert pd.api.types.is_string_dtype(df[c]), f"{label}: {c} is {df[c].dtype}"
    for i, row in enumerate(rows):
        for c in FIELDS:
            got, want = df[c].iloc[i], row[c]
            if c in INTEGERS:
                ok = (pd.isna(got) and want == "") or (not pd.isna(got) and int(got) == int(want))
            elif c in NUMBERS:
                ok = float(got) == float(want)
            else:
                ok = got == want
            assert ok, f"{label}: row {i + 1}, {c}: pandas {got!r}, csv {want!r}"


def main():
    saywho = Path(sys.argv[1]).resolve()
    work = Path(sys.argv[2]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    hazards_in = work / "hazards-in"
    hazards_in.mkdir()
    for name in ["spreadsheet_hazards.txt", HOSTILE_NAME]:
        shutil.copyfile(HERE / "spreadsheet_hazards.txt", hazards_in / name)
    sets = {"samples": REPO / "data" / "samples", "hazards": hazards_in}
    out = {}
    for set_name, source in sets.items():
        for mode, flags in [("plain", []), ("excel", ["--excel"])]:
            d = work / f"{set_name}-{mode}"
            d.mkdir()
            sh(saywho, "extract", "-q", source, "-o", d / "quotes.csv", "--datapackage", *flags)
            out[set_name, mode] = d
        sh(saywho, "extract", "-q", source, "-o", work / f"{set_name}.tsv", "--format", "tsv")
    hazard_rows = read_rows(out["hazards", "plain"] / "quotes.csv")

    @check("the hazard article gives the rows it is meant to")
    def _():
        quotes = [r["quote"] for r in hazard_rows]
        cells = [v for r in hazard_rows for v in r.values()]
        wanted = {
            "a quote starting with =": any(q.startswith("=") for q in quotes),
            "a quote starting with -": any(q.startswith("-") for q in quotes),
            "a quote starting with @": any(q.startswith("@") for q in quotes),
            "a quote holding quotation marks": any('"' in q for q in quotes),
            "a quote holding a comma": any("," in q for q in quotes),
            "a quote holding a tab": any("\t" in q for q in quotes),
            "a cell holding a line break": any("\n" in v for v in cells),
            "non-ASCII speakers": {"Sigríður Þórsdóttir", "Jørgen Ødegård", "José Núñez"}
            <= {r["speaker"] for r in hazard_rows},
        }
        missing = [k for k, ok in wanted.items() if not ok]
        assert not missing, "missing: " + ", ".join(missing)
        return f"{len(hazard_rows)} rows"

    @check("saywho validate accepts every CSV (plain and --excel)")
    def _():
        for d in out.values():
            sh(saywho, "validate", d / "quotes.csv")

    corrupt = work / "corrupt"
    corrupt.mkdir()
    shutil.copyfile(out["samples", "plain"] / "datapackage.json", corrupt / "datapackage.json")
    rows = read_rows(out["samples", "plain"] / "quotes.csv")
    rows[1]["quote_type"] = "quoted"
    rows[2]["confidence"] = "1.5"
    with open(corrupt / "quotes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(FIELDS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    @check("saywho validate refuses a corrupted copy, naming line and column")
    def _():
        p = sh(saywho, "validate", corrupt / "quotes.csv", expect=1)
        assert "row 2, quote_type" in p.stdout and "row 3, confidence" in p.stdout, p.stdout

    frictionless = Path(sys.executable).parent / "frictionless"

    @check("frictionless validate: the samples' data package")
    def _():
        sh(frictionless, "validate", "datapackage.json", cwd=out["samples", "plain"])

    @check("frictionless validate: --excel and hazard data packages")
    def _():
        for key in [("samples", "excel"), ("hazards", "plain"), ("hazards", "excel")]:
            sh(frictionless, "validate", "datapackage.json", cwd=out[key])

    @check("frictionless validate refuses the corrupted copy")
    def _():
        p = sh(frictionless, "validate", "datapackage.json", cwd=corrupt, expect=None)
        assert p.returncode != 0, "frictionless passed a corrupted file"
        assert "constraint-error" in p.stdout, p.stdout[-2000:]

    @check("pandas reads the CSV with the schema/README.md recipe and dtypes")
    def _():
        for set_name in sets:
            path = out[set_name, "plain"] / "quotes.csv"
            df = run_recipe("pandas-csv", "quotes.csv", path)
            compare_frame(df, read_rows(path), f"{set_name} CSV")
        return f"pandas {pd.__version__}"

    @check("pandas reads the --excel CSV with the recipe and encoding=\"utf-8-sig\"")
    def _():
        for set_name in sets:
            path = out[set_name, "excel"] / "quotes.csv"
            code_path = '"quotes.csv", encoding="utf-8-sig"'
            df = run_recipe("pandas-csv", "quotes.csv", path, replace_with=code_path)
            want = read_rows(path)
            compare_frame(df, want, f"{set_name} --excel CSV")
            assert df["article_id"].iloc[0] == want[0]["article_id"]

    @check("pandas reads the TSV with the schema/README.md recipe, same values as the CSV")
    def _():
        for set_name in sets:
            df = run_recipe("pandas-tsv", "quotes.tsv", work / f"{set_name}.tsv")
            compare_frame(df, read_rows(out[set_name, "plain"] / "quotes.csv"), f"{set_name} TSV")

    def run_r(name, placeholder, path, label):
        """Runs a readr recipe; returns the column classes and the frame written back."""
        classes, back = work / f"r-{label}.classes", work / f"r-{label}.csv"
        script = work / f"r-{label}.R"
        code = recipe(name).replace(f'"{placeholder}"', json.dumps(str(path)))
        code += (
            f'\ncat(paste(names(df), sapply(df, function(x) class(x)[1]), sep = ":"),'
            f' sep = "\\n", file = {json.dumps(str(classes))})'
            f"\nwrite_csv(df, {json.dumps(str(back))}, na = \"\")\n"
        )
        script.write_text(code, encoding="utf-8")
        sh("Rscript", script)
        got = dict(line.split(":", 1) for line in classes.read_text(encoding="utf-8").splitlines())
        return got, read_rows(back)

    def compare_r(got_classes, got_rows, want_rows, label, guard=False):
        want_classes = {
            c: "integer" if c in INTEGERS else "numeric" if c in NUMBERS else "character"
            for c in FIELDS
        }
        assert got_classes == want_classes, f"{label}: classes {got_classes}"
        assert len(got_rows) == len(want_rows), f"{label}: {len(got_rows)} rows"
        for i, (got, want) in enumerate(zip(got_rows, want_rows)):
            for c in FIELDS:
                g, w = got[c], want[c]
                if c in NUMBERS:
                    ok = float(g) == float(w)
                else:
                    ok = g == (guarded(w) if guard and c in TEXTS else w)
                assert ok, f"{label}: row {i + 1}, {c}: R {g!r}, csv {w!r}"

    @check("R readr reads the CSV (plain and --excel) with the schema/README.md recipe")
    def _():
        for set_name in sets:
            want = read_rows(out[set_name, "plain"] / "quotes.csv")
            for mode in ["plain", "excel"]:
                label = f"{set_name}-{mode}"
                got = run_r("readr-csv", "quotes.csv", out[set_name, mode] / "quotes.csv", label)
                compare_r(*got, want, label, guard=mode == "excel")
        return sh("Rscript", "-e", 'cat(R.version.string, "readr", format(packageVersion("readr")))').stdout

    @check("R readr reads the TSV with the schema/README.md recipe, same values as the CSV")
    def _():
        for set_name in sets:
            want = read_rows(out[set_name, "plain"] / "quotes.csv")
            got = run_r("readr-tsv", "quotes.tsv", work / f"{set_name}.tsv", f"{set_name}-tsv")
            compare_r(*got, want, f"{set_name} TSV")

    xlsx = {}

    @check("LibreOffice converts the --excel CSV to xlsx")
    def _():
        profile = work / "lo-profile"
        for set_name in sets:
            for mode in ["excel", "plain"]:
                src = out[set_name, mode] / "quotes.csv"
                dest = work / f"xlsx-{set_name}-{mode}"
                sh(
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    '--infilter=CSV:44,34,76,1',
                    "--convert-to",
                    "xlsx",
                    "--outdir",
                    dest,
                    src,
                )
                xlsx[set_name, mode] = dest / "quotes.xlsx"
                assert xlsx[set_name, mode].exists(), f"no {xlsx[set_name, mode]}"
        return sh("soffice", "--version").stdout.strip()

    def sheet_rows(path):
        ws = openpyxl.load_workbook(path).active
        rows = list(ws.iter_rows())
        return [c.value for c in rows[0]], rows[1:]

    @check("openpyxl reads back the same text from the xlsx; guarded cells as text with '")
    def _():
        guarded_cells = 0
        for set_name in sets:
            header, cells = sheet_rows(xlsx[set_name, "excel"])
            assert header == list(FIELDS), f"header {header}"
            want_rows = read_rows(out[set_name, "plain"] / "quotes.csv")
            assert len(cells) == len(want_rows), f"{len(cells)} rows, expected {len(want_rows)}"
            for i, (got, want) in enumerate(zip(cells, want_rows)):
                for cell, c in zip(got, FIELDS):
                    where = f"{set_name} row {i + 1}, {c}"
                    text = want[c]
                    if text == "":
                        assert cell.value is None, f"{where}: {cell.value!r}, expected empty"
                    elif c in INTEGERS:
                        assert cell.value == int(text), f"{where}: {cell.value!r}"
                    elif c in NUMBERS:
                        assert cell.value == float(text), f"{where}: {cell.value!r}"
                    elif c == "article_date":
                        # LibreOffice reads an ISO date as a date cell; the day is kept
                        day = datetime.date.fromisoformat(text)
                        assert cell.value in (text, datetime.datetime.combine(day, datetime.time())), (
                            f"{where}: {cell.value!r}"
                        )
                    else:
                        assert cell.data_type == "s", f"{where}: type {cell.data_type} ({cell.value!r})"
                        assert cell.value == guarded(text), f"{where}: {cell.value!r}, expected {guarded(text)!r}"
                        guarded_cells += cell.value != text
        assert guarded_cells > 0, "no guarded cell was checked"
        return f"{guarded_cells} guarded cells arrived as text"

    @check("without --excel, LibreOffice runs the = quote as a formula (why the guard exists)")
    def _():
        _, cells = sheet_rows(xlsx["hazards", "plain"])
        quote = list(FIELDS).index("quote")
        formulas = [row[quote].value for row in cells if row[quote].data_type == "f"]
        assert formulas, "no formula: the plain CSV's = quote arrived as text"
        return f"formula cell: {formulas[0]!r}"

    passed = sum(RESULTS)
    failed = len(RESULTS) - passed
    print(f"conformance: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
