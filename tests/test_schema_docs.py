"""Columns documented where analysts look: every column has a description; the Glue and Iceberg
comments and docs/schema.md come from it; the allowed values it lists are those the code uses."""

import ast
import re
import subprocess
import sys

import pytest
from conftest import PAGES, ROOT

from presslake.lake import schema

SCHEMAS = {"articles": schema.ARTICLE_SCHEMA, "figures": schema.FIGURE_SCHEMA, "quarantine": schema.QUARANTINE_SCHEMA}
COLUMNS = [(table, field) for table, arrow in SCHEMAS.items() for field in arrow]
DOC = ROOT / "docs" / "schema.md"


@pytest.mark.parametrize("table, field", COLUMNS, ids=[f"{t}.{f.name}" for t, f in COLUMNS])
def test_every_column_has_a_description_and_an_example(table, field):
    text = schema.description(field)
    assert text and text[0].isupper() and text.endswith("."), f"{table}.{field.name}: describe it in lake/schema.py"
    assert len(text) <= 200, "it must fit Glue's 255-character comment with its allowed values"
    assert schema.example(field), f"{table}.{field.name}: give an example value in lake/schema.py"


def _doc_sections() -> dict[str, str]:
    parts = re.split(r"^##+ (.+)$", DOC.read_text(), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def test_the_doc_lists_every_column_with_its_type_and_meaning():
    sections = _doc_sections()
    for heading, arrow in (("Articles", schema.ARTICLE_SCHEMA), ("Figures", schema.FIGURE_SCHEMA),
                           ("Quarantine", schema.QUARANTINE_SCHEMA)):
        rows = re.findall(r"^\| `(\w+)` \| (\S+) \| (.*?) \| (.*?) \|$", sections[heading], re.M)
        assert [(name, type_) for name, type_, _, _ in rows] == \
            [(f.name, schema.athena_type(f.type)) for f in arrow], "run python infra/docs/render_schema.py"
        for (_, _, meaning, _), field in zip(rows, arrow):
            assert schema.description(field).replace("<", "&lt;").replace(">", "&gt;") in meaning


def test_the_doc_lists_every_allowed_value():
    sections = _doc_sections()
    for name, values in schema.ALLOWED_VALUES.items():
        listed = re.findall(r"^\| `([\w-]+)` \| (.+) \|$", sections[name], re.M)
        assert dict(listed) == values, f"run python infra/docs/render_schema.py ({name})"


@pytest.mark.parametrize("script", ["infra/docs/render_schema.py", "infra/athena/sync_template.py"])
def test_generated_copies_are_up_to_date(script):
    """docs/schema.md, the Glue columns in template.yaml and the Iceberg DDL are generated from the schema."""
    check = subprocess.run([sys.executable, str(ROOT / script), "--check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


# ---------------------------------------------------------------- allowed values against the code

# Where a quarantine reason is given: the constructor or helper, and the position of its reason.
REASON_ARGUMENTS = {"RejectedInput": 0, "FileRejected": 0, "_reject": 2, "WarcSkip": 1}


def _literals(node) -> set[str]:
    """The string constants an expression can evaluate to (a constant, or either side of an `if`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    return set()


def reasons_in_code() -> dict[str, set[str]]:
    """Every quarantine reason the pipeline's code can write, with the files that write it."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "functions" / "presslake").rglob("*.py")):
        if path.parent.name == "local" or path.name == "schema.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            values: set[str] = set()
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                position = REASON_ARGUMENTS.get(name)
                is_skip = name == "WarcSkip" and not any(k.arg == "bad" for k in node.keywords)  # counted, not quarantined
                if position is not None and len(node.args) > position and not is_skip:
                    values |= _literals(node.args[position])
                values |= {v for k in node.keywords if k.arg == "reason" for v in _literals(k.value)}
            elif isinstance(node, ast.Dict):
                values |= {v for k, value in zip(node.keys, node.values)
                           if isinstance(k, ast.Constant) and k.value == "reason" for v in _literals(value)}
            for value in values:
                found.setdefault(value, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_quarantine_reason_the_code_writes_is_documented():
    found = reasons_in_code()
    undocumented = {reason: files for reason, files in found.items() if reason not in schema.ALLOWED_VALUES["reason"]}
    assert not undocumented, "add these to ALLOWED_VALUES['reason'] in lake/schema.py, then render the docs"
    assert set(found) == set(schema.ALLOWED_VALUES["reason"]), "documented reasons the code never writes"


def test_the_reason_scanner_finds_a_new_reason():
    """The scan above would notice a reason added in any of the ways the handlers write them."""
    code = ("raise RejectedInput('too_old' if x else 'too_new', d)\n_reject(part, p, 'odd', d, None)\n"
            "rejects.append({'reason': 'duplicate_in_batch'})\nWarcSkip(0, 'not_html', d)\n")
    tree = ast.parse(code)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    dicts = [n for n in ast.walk(tree) if isinstance(n, ast.Dict)]
    assert _literals(calls[0].args[0]) | _literals(calls[1].args[2]) | _literals(dicts[0].values[0]) == \
        {"too_old", "too_new", "odd", "duplicate_in_batch"}


def _assigned_literals(tree: ast.AST, name: str) -> set[str]:
    """Constants the code assigns to `name` (also inside tuple assignments), passes as `name=`, or
    compares it with."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    found |= _literals(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    found |= {v for t, value in zip(target.elts, node.value.elts)
                              if isinstance(t, ast.Name) and t.id == name for v in _literals(value)}
        elif isinstance(node, ast.keyword) and node.arg == name:
            found |= _literals(node.value)
        elif isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == name:
            found |= {v for c in node.comparators for v in _literals(c)}
    return found


@pytest.mark.parametrize("column", ["kind", "qualifier"])
def test_figure_values_the_code_assigns_are_documented(column):
    tree = ast.parse((ROOT / "functions" / "presslake" / "figures" / "extract.py").read_text())
    assigned = _assigned_literals(tree, column)
    assert assigned and assigned <= set(schema.ALLOWED_VALUES[column])


def test_figures_extracted_from_the_fixture_pages_use_only_documented_values():
    from presslake.article.extract import extract_article
    from presslake.handlers.figures import figure_rows

    rows = []
    for path in sorted(PAGES.glob("*.html")):
        article = extract_article(path.read_bytes()).to_record() | {"dt": None, "batch_id": None, "ingested_at": None}
        rows += figure_rows(article)
    texts = sorted((ROOT / "bench" / "figures_articles").glob("*.txt"))
    rows += [row for path in texts for row in figure_rows({"article_id": path.stem, "title": "", "body": path.read_text()})]
    for column in ("field", "kind", "qualifier"):
        assert {row[column] for row in rows} == set(schema.ALLOWED_VALUES[column]), column
