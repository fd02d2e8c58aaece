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
  gives a formula, which is why --excel exists;
- the README's PySpark blocks, run as written on local[2] over the Wikinews fixtures as
  JSONL in four partitions, give the rows `saywho extract` gives, and read back as a
  DataFrame typed by `saywho schema`;
- `saywho summary --json` gives pandas' counts on the fixture export (and the same for its
  --excel copy), its --html page parses and holds the numbers, and headless Chromium
  renders it to screenshots that are not blank (desktop and phone width).

Prints PASS or FAIL per check and a closing "N passed, M failed" line; exits 1 on any
failure. Usage: check.py SAYWHO_BINARY WORK_DIR
"""

import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

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

    spark_checks(saywho, work)
    summary_checks(saywho, work)

    passed = sum(RESULTS)
    failed = len(RESULTS) - passed
    print(f"conformance: {passed} passed, {failed} failed")
    return 1 if failed else 0


def readme_block(name):
    """The code block after `<!-- conformance: NAME -->` in the top README.md."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(
        r"<!-- conformance: " + re.escape(name) + r" -->\s*```python\n(.*?)```", readme, re.S
    )
    assert m, f"README.md has no python block after `<!-- conformance: {name} -->`"
    return m.group(1)


def spark_checks(saywho, work):
    """The README's PySpark blocks, run as written on local[2] in a folder holding ./saywho.

    The input is the Wikinews fixture articles as JSONL (id = file name) in four files, so
    four partitions and four saywho processes; the README's paths are replaced by these."""
    spark_dir = work / "spark"
    news = spark_dir / "news"
    news.mkdir(parents=True)
    shutil.copyfile(saywho, spark_dir / "saywho")
    (spark_dir / "saywho").chmod(0o755)
    articles = sorted((REPO / "tests" / "fixtures" / "articles").glob("wn*.txt"))
    lines = [
        json.dumps({"id": a.name, "text": a.read_text(encoding="utf-8")}, ensure_ascii=False)
        for a in articles
    ]
    whole = spark_dir / "wikinews.jsonl"
    whole.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    parts = 4
    for i in range(parts):
        chunk = lines[i::parts]
        (news / f"part-{i}.jsonl").write_text("".join(line + "\n" for line in chunk), encoding="utf-8")
    quotes = spark_dir / "quotes"
    want_csv = sh(saywho, "extract", "-q", "--no-header", "--input-format", "jsonl", whole).stdout
    want = list(csv.reader(io.StringIO(want_csv, newline="")))
    scope = {}

    def run_block(name):
        code = readme_block(name)
        assert '"hdfs:///quotes/"' in code, f"README {name} block: no hdfs:///quotes/"
        code = code.replace('"hdfs:///news/*.jsonl"', repr(str(news / "*.jsonl")))
        code = code.replace('"hdfs:///quotes/"', repr(str(quotes)))
        exec(compile(code, f"README.md ({name})", "exec"), scope)

    @check("PySpark: the README's pipe block on local[2] gives saywho extract's rows")
    def _():
        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        import pyspark
        from pyspark.sql import SparkSession

        # Spark starts in the folder with ./saywho, as a worker does after --files: its JVM
        # and Python workers keep the folder they started in.
        os.chdir(spark_dir)
        spark = (
            SparkSession.builder.master("local[2]")
            .appName("saywho-conformance")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        scope.update(spark=spark, sc=spark.sparkContext)
        run_block("pyspark-pipe")
        partitions = scope["rows"].getNumPartitions()
        assert partitions >= parts, f"{partitions} partitions"
        piped = "".join(
            p.read_text(encoding="utf-8") for p in sorted(quotes.glob("part-*"))
        )
        got = list(csv.reader(io.StringIO(piped, newline="")))
        assert len(want) > 100, f"saywho extract gave only {len(want)} rows"
        assert Counter(map(tuple, got)) == Counter(map(tuple, want)), (
            f"{len(got)} rows piped, {len(want)} from saywho extract; they differ"
        )
        return (
            f"pyspark {pyspark.__version__}, {len(articles)} articles in {partitions} partitions: "
            f"{len(got)} rows, the same multiset as saywho extract"
        )

    @check("PySpark: the README's DataFrame block reads the rows back, typed by saywho schema")
    def _():
        assert "spark" in scope and (quotes / "_SUCCESS").exists(), "the pipe check did not run"
        run_block("pyspark-dataframe")
        df = scope["df"]
        types = dict(df.dtypes)
        want_types = {
            "quote_index": "bigint", "quote_start": "bigint", "speaker_start": "bigint",
            "confidence": "double", "quote": "string", "article_id": "string",
        }
        wrong = {c: types.get(c) for c, t in want_types.items() if types.get(c) != t}
        assert not wrong, f"column types {wrong}"
        assert list(df.columns) == list(FIELDS), f"columns {df.columns}"
        rows = df.collect()
        assert len(rows) == len(want), f"{len(rows)} rows, expected {len(want)}"
        names = list(FIELDS)
        by_key = {(r[0], r[1]): r for r in want}
        for r in rows:
            w = by_key[(r["article_id"], str(r["quote_index"]))]
            assert r["quote"] == w[names.index("quote")], f"{r['article_id']}: quote {r['quote']!r}"
            assert r["quote_start"] == int(w[names.index("quote_start")])
            assert r["confidence"] == float(w[names.index("confidence")])
            start = w[names.index("speaker_start")]
            assert r["speaker_start"] == (int(start) if start else None)
        scope["spark"].stop()
        os.chdir(REPO)
        return f"{len(rows)} rows; quote_start bigint, confidence double"


def summary_checks(saywho, work):
    """`saywho summary` against pandas on the fixture export, its page parsed, and the page
    rendered by headless Chromium: a screenshot that is not blank, at desktop and phone width."""
    d = work / "summary"
    d.mkdir()
    fixtures = REPO / "tests" / "fixtures" / "articles"
    plain, excel, page = d / "fixtures.csv", d / "fixtures-excel.csv", d / "report.html"
    sh(saywho, "extract", "-q", fixtures, "-o", plain)
    sh(saywho, "extract", "-q", "--excel", fixtures, "-o", excel)
    got = json.loads(sh(saywho, "summary", "--json", "--html", page, plain).stdout)

    @check("saywho summary --json gives pandas' counts on the fixture export")
    def _():
        df = pd.read_csv(plain, dtype=str, keep_default_na=False)
        per_article = df.groupby("article_id", sort=False).size()
        assert got["rows"] == len(df) and got["articles"] == len(per_article)
        spread = got["rows_per_article"]
        assert spread == {
            "min": int(per_article.min()), "median": float(per_article.median()),
            "max": int(per_article.max()),
        }, spread
        for key in ["quote_type", "attribution", "speaker_type", "country"]:
            mine = {c["value"] or "": c["rows"] for c in got[key] if c["rows"]}
            assert mine == df[key].value_counts().to_dict(), key
        speakers = df[df["speaker"] != ""].groupby("speaker").size()
        top = sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
        assert [(s["speaker"], s["rows"]) for s in got["top_speakers"]] == top
        for s in got["top_speakers"]:
            countries = df[(df["speaker"] == s["speaker"]) & (df["country"] != "")]["country"]
            if countries.empty:
                assert s["country"] is None, s
            else:
                counts = countries.value_counts()
                best = sorted(counts[counts == counts.max()].index)[0]
                assert s["country"] == best, (s, best)
        cues = sorted(df.groupby("cue_lemma").size().items(), key=lambda kv: (-kv[1], kv[0]))[:15]
        assert [(c["value"] or "", c["rows"]) for c in got["top_cues"]] == cues
        assert got["unresolved"] == int((df["attribution"] == "unresolved").sum())
        assert got["inferred"] == int((df["country_basis"] == "inferred").sum())
        both = (df["attribution"] == "unresolved") | (df["country_basis"] == "inferred")
        assert got["unresolved_or_inferred"] == int(both.sum())
        other = json.loads(sh(saywho, "summary", "--json", excel).stdout)
        other["file"] = got["file"]
        assert other == got, "the --excel export gives another summary"
        return f"{got['rows']} rows, {got['articles']} articles; the --excel export agrees"

    @check("saywho summary --html: the page parses and holds the numbers, nothing to fetch")
    def _():
        html = page.read_text(encoding="utf-8")
        root = ElementTree.fromstring(html)  # well-formed, so any HTML parser copes too
        ns = {"h": "http://www.w3.org/1999/xhtml"}
        ids = {e.get("id"): "".join(e.itertext()) for e in root.iter() if e.get("id")}
        assert ids["rows"] == str(got["rows"]) and ids["articles"] == str(got["articles"]), ids
        table = root.find(".//h:table[@id='speakers']", ns)
        cells = [[("".join(td.itertext())) for td in tr.findall("h:td", ns)] for tr in table.iter(f"{{{ns['h']}}}tr")]
        cells = [c for c in cells if c]
        want = [[str(i + 1), s["speaker"], s["country"] or "-", str(s["rows"])] for i, s in enumerate(got["top_speakers"])]
        assert [c[:4] for c in cells] == want, cells
        assert not re.search(r"<script|\bsrc=|\bhref=|url\(|@import", html), "the page fetches or runs something"
        assert len(list(root.iter("{http://www.w3.org/2000/svg}rect"))) + len(list(root.iter(f"{{{ns['h']}}}rect"))) > 20
        return f"{len(html)} bytes, {len(cells)} speakers in the table"

    @check("headless Chromium renders the page: desktop and phone screenshots are not blank")
    def _():
        from PIL import Image

        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        assert chromium, "no chromium (run.sh installs Debian's)"
        notes = []
        for label, size in [("desktop", "1280,1800"), ("phone", "390,1600")]:
            shot = d / f"report-{label}.png"
            profile = d / f"chromium-{label}"
            sh(
                chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars",
                f"--window-size={size}", f"--screenshot={shot}", page.as_uri(),
            )
            img = Image.open(shot).convert("RGB")
            pixels = list(zip(*[iter(img.tobytes())] * 3))
            ink = sum(1 for p in pixels if sum(p) < 600) / len(pixels)
            bars = sum(1 for (r, g, b) in pixels if b > 150 and r < 80 and 90 < g < 130)
            assert ink > 0.01, f"{label}: {ink:.2%} of the page is not white: blank"
            assert bars > 500, f"{label}: {bars} pixels of bar colour: no charts drawn"
            notes.append(f"{label} {img.size[0]}x{img.size[1]}: {ink:.1%} ink, {bars} bar pixels")
        return f"{sh(chromium, '--version').stdout.strip()}; " + "; ".join(notes)


if __name__ == "__main__":
    sys.exit(main())
