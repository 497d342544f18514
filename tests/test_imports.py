"""What each handler loads at import (a cold start): nothing local-only, nothing it does not need."""

import re
import subprocess
import sys

import pytest
from conftest import ROOT

NEVER_IN_LAMBDA = {"duckdb", "sqlglot", "moto", "boto3", "s3transfer", "presslake.local", "aws_xray_sdk"}
NOT_AT_IMPORT = {
    # trafilatura/courlan come with the first page that reaches extraction, warcio with the first bundle
    "presslake.handlers.parse": NEVER_IN_LAMBDA | {"trafilatura", "courlan", "charset_normalizer", "dateparser",
                                                   "warcio"},
    # the figures function has no HTML layer at all
    "presslake.handlers.figures": NEVER_IN_LAMBDA | {"lxml", "trafilatura", "courlan", "w3lib", "charset_normalizer"},
    # the scrape function has no Parquet to write
    "presslake.handlers.scrape": NEVER_IN_LAMBDA | {"pyarrow", "trafilatura"},
}


HANDLER_ENV = {"PYTHONPATH": str(ROOT / "functions"), "PATH": "/usr/bin:/bin",
               "POWERTOOLS_METRICS_NAMESPACE": "presslake-test", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.mark.parametrize("module", sorted(NOT_AT_IMPORT))
def test_handler_import_loads_only_what_it_needs(module):
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    loaded = set(subprocess.run([sys.executable, "-c", code], env=HANDLER_ENV, capture_output=True, text=True,
                                check=True).stdout.split())
    top_level = {name.split(".")[0] for name in loaded} | loaded
    assert not (top_level & NOT_AT_IMPORT[module])


# Records who asks `re` to compile (re.compile, re.sub with a string, ...) while the handler imports.
RECORD_COMPILES = """
import re, sys
callers = []
compile_ = re._compile

def recording(pattern, flags):
    frame = sys._getframe(1)
    while frame.f_code.co_filename == re.__file__:
        frame = frame.f_back
    callers.append(frame.f_code.co_filename)
    return compile_(pattern, flags)

re._compile = recording
import {module}
print("\\n".join(callers))
"""


@pytest.mark.parametrize("module", sorted(NOT_AT_IMPORT))
def test_handler_import_compiles_none_of_presslakes_patterns(module):
    """presslake's module-level patterns compile on first use (presslake.lazy_regex): compiled at import,
    the ~130 of article/ and figures/ made each handler's import 40-45% slower (issue 22 item 18)."""
    out = subprocess.run([sys.executable, "-c", RECORD_COMPILES.format(module=module)], env=HANDLER_ENV,
                         capture_output=True, text=True, check=True).stdout.split()
    assert len(out) > 10, "the recording saw no compile at all: re's internals changed, fix the test"
    ours = sorted({path for path in out if "/presslake/" in path})
    assert not ours, f"compiled at import: {ours}"


def test_a_lazy_pattern_acts_as_the_compiled_one_and_compiles_on_first_use():
    from presslake.lazy_regex import LazyPattern

    source = r"(?P<n>\d+)\s+(apples|pears)"
    lazy, compiled = LazyPattern(source, re.I), re.compile(source, re.I)
    assert lazy.pattern == source and "_compiled" not in vars(lazy)
    text = "3 Apples, 12 pears and 7 plums"
    assert lazy.search(text).group("n") == "3" and "_compiled" in vars(lazy)
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("<\\2>", text) == compiled.sub("<\\2>", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert lazy.fullmatch(text) is None and lazy.match("12 PEARS").span() == (0, 8)
    built = []
    from_callable = LazyPattern(lambda: built.append(1) or r"\bplums?\b")
    assert not built and from_callable.search(text).group() == "plums" and from_callable.pattern == r"\bplums?\b"
    assert built == [1]


def test_a_guarded_pattern_matches_as_its_regex_and_skips_spans_without_its_words():
    from presslake.lazy_regex import GuardedPattern

    source = r"(?:^|,\s+)(?P<who>[A-Z]\w+)\s+(?:said|says)\b"
    guarded, compiled = GuardedPattern(source, needs=("said", "says")), re.compile(source)
    text = "Hale left, Ruiz said so, Okafor says more"
    for pos, endpos in ((0, len(text)), (5, 24), (-3, 40), (0, -1), (25, 10), (24, 100)):
        assert repr(guarded.search(text, pos, endpos)) == repr(compiled.search(text, pos, endpos))
        assert [m.span() for m in guarded.finditer(text, pos, endpos)] == \
            [m.span() for m in compiled.finditer(text, pos, endpos)]
    assert guarded.match("Ruiz said") and guarded.fullmatch("Ruiz says") and guarded.search("Ruiz spoke") is None
    assert "_compiled" not in vars(GuardedPattern(source, needs=("said",))) and guarded.pattern == source

def test_the_base_install_is_a_working_library():
    """`pip install presslake` alone parses a page, reads a WARC bundle, extracts figures and writes
    Parquet: with every module that only an extra installs hidden, the work still runs."""
    from importlib import metadata

    from packaging.requirements import Requirement

    def closure(name: str, seen: set[str]) -> set[str]:
        key = name.lower().replace("_", "-")
        if key not in seen:
            seen.add(key)
            for spec in metadata.requires(name) or []:
                requirement = Requirement(spec)
                if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                    closure(requirement.name, seen)
        return seen

    base = closure("presslake", set())
    hidden = sorted(module for module, dists in metadata.packages_distributions().items()
                    if not any(d.lower().replace("_", "-") in base for d in dists))
    assert "duckdb" in hidden and "moto" in hidden and "lxml" not in hidden
    code = """
import importlib.abc, io, sys
HIDDEN = set(sys.argv[2].split(","))

class OnlyTheBaseInstall(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, OnlyTheBaseInstall())
from presslake.article.extract import extract_article
from presslake.article.warc import iter_warc
from presslake.figures.extract import extract_figures
from presslake.lake.schema import ARTICLE_SCHEMA, to_parquet_bytes
article = extract_article(open(sys.argv[1], "rb").read())
assert article.is_article and extract_figures(article.body, field="body")
list(iter_warc(io.BytesIO(b"WARC/1.0\\r\\n\\r\\n"), max_payload_bytes=10))
to_parquet_bytes([article.to_record()], ARTICLE_SCHEMA)
"""
    page = ROOT / "tests" / "fixtures" / "pages" / "kyivindependent-kursk-losses.html"
    result = subprocess.run([sys.executable, "-c", code, str(page), ",".join(hidden)], capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT / "functions"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
