"""Smoke run of bench/extract.py on two tiny corpora of the project's own making, one of each
shape: the benchmark keeps working and scores a page it gets right as right."""

import gzip
import json
import subprocess
import sys

from conftest import PAGES, ROOT


def test_extract_benchmark_smoke(tmp_path):
    seed = (PAGES / "kyivindependent-kursk-losses.html").read_bytes()
    readability = tmp_path / "readability-shape" / "seed"
    readability.mkdir(parents=True)
    (readability / "source.html").write_bytes(seed)
    (readability / "expected.html").write_text(
        "<div><p>The Russian military had lost 62,400 soldiers in Kursk Oblast since the start of the "
        "Ukrainian army's operation there last year, Ukraine's General Staff said on April 26.</p></div>")
    (readability / "expected-metadata.json").write_text(json.dumps(
        {"title": "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says", "byline": "Natalia Yermak",
         "lang": "en", "readerable": True}))
    snippets = tmp_path / "trafilatura-shape"
    (snippets / "pages").mkdir(parents=True)
    (snippets / "pages" / "seed.html.gz").write_bytes(gzip.compress(seed))
    (snippets / "expected.json").write_text(json.dumps({"https://kyivindependent.com/x": {
        "file": "seed.html.gz", "with": ["25,200 were \"irreversible\" losses"], "without": ["Subscribe"]}}))
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "extract.py"), "--corpus", str(readability.parent),
                             "--corpus", str(snippets)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "## readability-shape: 1 pages, 1 scored" in out and "## trafilatura-shape: 1 pages, 1 scored" in out
    # the snippet metric: the `with` snippet found, the `without` one not
    assert "| presslake `extract_article` | 1.000 | 1.000 | **1.000** |" in out
    assert "Failure kinds: empty 0, half_lost 0, chrome_paragraph 0, dek_in_body 0" in out
