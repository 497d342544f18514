"""The scraper: config validation, then real HTTP against a site on 127.0.0.1, with S3 and
DynamoDB on moto."""

import gzip
import json
import threading
import time
from collections import Counter

import boto3
import pytest
from conftest import PAGES, keys

from presslake.scrape.state import CrawlState
from presslake.scrape.fetch import FetchError, FetchPolicy, fetch
from presslake.handlers import scrape
from presslake.local.stack import LOCAL_BUCKET, LambdaContext, LocalPipeline, create_state_table
from presslake.local.site import LocalSite, demo_site, page_route
from presslake.scrape.sources import ConfigError, parse_config

TABLE = "presslake-seen"
CONTACT = "mailto:newsdesk@example.org"


# ---------------------------------------------------------------- configuration

def config(*sources, **top):
    return {"contact": CONTACT, "allow_loopback": True, "defaults": {"delay_s": 0.01}, "sources": list(sources)} | top


def test_config_parses_every_source_type():
    parsed = parse_config(json.dumps(config(
        {"name": "feed", "type": "feed", "url": "https://example.org/rss"},
        {"name": "map", "type": "sitemap", "url": "https://example.org/sitemap.xml", "group": "daily",
         "max_pages": 5, "allow": "/news/"},
        {"name": "list", "type": "urls", "urls": ["https://example.org/a"]})))
    assert [s.name for s in parsed.group("default")] == ["feed", "list"]
    [daily] = parsed.group("daily")
    assert daily.max_pages == 5 and daily.allow.search("https://example.org/news/1") and daily.delay_s == 0.01
    assert parsed.user_agent.startswith("presslake/") and CONTACT in parsed.user_agent


@pytest.mark.parametrize("document, message", [
    ("{not json", "not JSON"),
    ({"sources": []}, "contact"),
    ({"contact": CONTACT, "sources": []}, "sources: expected a non-empty list"),
    (config({"name": "a", "type": "rss", "url": "https://x.org"}), "sources[0].type"),
    (config({"name": "a", "type": "feed", "url": "ftp://x.org/feed"}), "sources[0].url"),
    (config({"name": "a", "type": "urls", "urls": []}), "sources[0].urls"),
    (config({"name": "Bad Name", "type": "feed", "url": "https://x.org"}), "sources[0].name"),
    (config({"name": "a", "type": "feed", "url": "https://x.org"}, {"name": "a", "type": "feed", "url": "https://y.org"}),
     "used twice"),
    (config({"name": "a", "type": "feed", "url": "https://x.org", "max_pages": 0}), "sources[0].max_pages"),
    (config({"name": "a", "type": "feed", "url": "https://x.org", "allow": "("}), "sources[0].allow"),
    (config({"name": "a", "type": "feed", "url": "https://x.org", "colour": "red"}), "unknown keys"),
])
def test_bad_config_is_refused_with_a_clear_error(document, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_config(document if isinstance(document, (str, dict)) else json.dumps(document))


# ---------------------------------------------------------------- the fetcher alone

POLICY = FetchPolicy(user_agent="presslake-test", allow_loopback=True, max_bytes=50_000,
                     max_decoded_bytes=200_000, backoff_s=0.01)


def test_loopback_is_refused_unless_allowed():
    with LocalSite({"/": (200, {}, b"ok")}) as site:
        with pytest.raises(FetchError) as refused:
            fetch(site.url + "/", FetchPolicy(user_agent="t"))
        assert refused.value.reason == "blocked_address"
        assert site.requests["/"] == 0
        assert fetch(site.url + "/", POLICY).body == b"ok"


@pytest.mark.parametrize("location", ["http://10.0.0.7/internal", "http://169.254.169.254/latest/meta-data/",
                                      "http://192.168.1.1/", "http://[::ffff:10.1.2.3]/", "file:///etc/passwd"])
def test_redirect_to_a_private_or_metadata_address_is_refused(location):
    with LocalSite({"/go": (302, {"Location": location}, b"")}) as site:
        with pytest.raises(FetchError) as refused:
            fetch(site.url + "/go", POLICY)
    assert refused.value.reason in {"blocked_address", "bad_scheme"}


def test_oversize_and_gzip_bomb_are_refused():
    bomb = gzip.compress(b"\0" * 5_000_000)
    routes = {"/big": (200, {}, b"x" * 60_000),
              "/big-chunked": lambda h, n: (200, {"Content-Length": "0"}, b""),
              "/bomb": (200, {"Content-Encoding": "gzip"}, bomb)}
    with LocalSite(routes) as site:
        with pytest.raises(FetchError, match="too_large"):
            fetch(site.url + "/big", POLICY)
        with pytest.raises(FetchError, match="decompression_bomb"):
            fetch(site.url + "/bomb", POLICY)
    assert len(bomb) < POLICY.max_bytes


def test_retry_after_on_429_and_backoff_on_500():
    slept = []
    routes = {"/busy": lambda h, n: (429, {"Retry-After": "3"}, b"") if n == 0 else (200, {}, b"finally"),
              "/flaky": lambda h, n: (500, {}, b"") if n == 0 else (200, {}, b"recovered"),
              "/down": (503, {"Retry-After": "3600"}, b"")}
    with LocalSite(routes) as site:
        assert fetch(site.url + "/busy", POLICY, sleep=slept.append).body == b"finally"
        assert slept == [3.0]
        assert fetch(site.url + "/flaky", POLICY, sleep=slept.append).body == b"recovered"
        with pytest.raises(FetchError, match="retry_after_too_long"):
            fetch(site.url + "/down", POLICY, sleep=slept.append)  # an hour is past the cap: no wait
        assert site.requests["/down"] == 1
    assert slept[1] == pytest.approx(0.01)


# ---------------------------------------------------------------- runs against the bucket and table

@pytest.fixture
def aws(s3, monkeypatch):
    dynamodb = boto3.client("dynamodb", region_name="us-east-1")
    create_state_table(dynamodb, TABLE)
    scrape.dynamodb_client.cache_clear()
    monkeypatch.setenv("PRESSLAKE_BUCKET", LOCAL_BUCKET)
    monkeypatch.setenv("PRESSLAKE_STATE_TABLE", TABLE)
    yield s3, dynamodb
    scrape.dynamodb_client.cache_clear()


def stored_pages(s3, prefix="raw/"):
    """(bundle key, offset, url, body) of every page in the stored bundles."""
    from presslake.article.warc import WarcPage, iter_warc

    out = []
    for key in keys(s3, prefix):
        body = s3.get_object(Bucket=LOCAL_BUCKET, Key=key)["Body"]
        out += [(key, item.offset, item.url, item.body) for item in iter_warc(body, max_payload_bytes=10**7)
                if isinstance(item, WarcPage)]
    return out


def put_config(s3, document):
    s3.put_object(Bucket=LOCAL_BUCKET, Key="config/sources.json", Body=json.dumps(document).encode())


def run_scrape(event=None):
    return scrape.handler(event or {"group": "default"}, LambdaContext())


@pytest.fixture
def site():
    with demo_site(PAGES) as running:
        yield running


def site_config(site, **extra):
    return config({"name": "feed", "type": "feed", "url": f"{site.url}/feed.xml"},
                  {"name": "map", "type": "sitemap", "url": f"{site.url}/sitemap.xml"}, **extra)


def test_feed_and_sitemap_index_pages_are_stored_with_their_url(aws, site):
    s3, _ = aws
    put_config(s3, site_config(site))
    result = run_scrape()
    pages = sorted(PAGES.glob("*.html"))
    assert result["report"] == {"fetched": len(pages), "skipped_robots": 1}
    bundles = keys(s3, "raw/")
    assert len(bundles) == 2 and {k.split("/")[1] for k in bundles} == {"feed", "map"}
    assert all(k.endswith(".warc.gz") and k.count("/") == 5 for k in bundles)
    stored = stored_pages(s3)
    assert len(stored) == len(pages)
    for key, offset, url, body in stored:
        assert url.startswith(site.url + "/news/")
        assert body == (PAGES / f"{url.rsplit('/', 1)[1]}.html").read_bytes()
        row = aws[1].get_item(TableName=TABLE, Key={"url": {"S": url}})["Item"]
        assert row["raw_key"]["S"] == key and int(row["raw_offset"]["N"]) == offset
    assert site.requests["/private/draft"] == 0  # robots.txt: Disallow /private/
    assert all(CONTACT in ua for ua in site.user_agents)


def later(monkeypatch, hours: float) -> None:
    """Runs from now on happen `hours` later (past the freshness window)."""
    from datetime import datetime, timedelta, timezone

    moment = datetime.now(timezone.utc) + timedelta(hours=hours)
    monkeypatch.setattr(scrape.ScrapeRun, "__init__", _with_clock(scrape.ScrapeRun.__init__, moment))


def test_second_run_fetches_nothing_new(aws, site, monkeypatch):
    s3, _ = aws
    put_config(s3, site_config(site))
    run_scrape()
    pages = len(list(PAGES.glob("*.html")))
    assert run_scrape()["report"] == {"fresh": pages, "skipped_robots": 1}  # moments later: not even asked
    later(monkeypatch, 1)
    again = run_scrape()
    assert again["report"] == {"not_modified": pages, "skipped_robots": 1}
    assert again["stored"] == [] and len(stored_pages(s3)) == pages


def test_changed_page_is_stored_again_unchanged_page_is_not(aws, monkeypatch):
    s3, _ = aws
    versions = {"a": b"<html><body><p>first</p></body></html>"}
    routes = {"/a": lambda h, n: (200, {"Content-Type": "text/html"}, versions["a"]),
              "/b": (200, {"Content-Type": "text/html"}, b"<html><body><p>steady</p></body></html>")}
    with LocalSite(routes) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/a", f"{site.url}/b"]}))
        assert run_scrape()["report"] == {"fetched": 2}
        versions["a"] = b"<html><body><p>second</p></body></html>"
        later(monkeypatch, 1)
        assert run_scrape()["report"] == {"fetched": 1, "unchanged": 1}
    assert [body for *_, body in stored_pages(s3, "raw/list/")].count(versions["a"]) == 1
    assert len(stored_pages(s3, "raw/list/")) == 3 and len(keys(s3, "raw/list/")) == 2


def test_failures_are_counted_by_reason_and_the_run_goes_on(aws):
    s3, _ = aws
    routes = {"/ok": page_route(b"<html><body><p>fine</p></body></html>"),
              "/big": (200, {}, b"x" * 2_000_000),
              "/gone": (410, {}, b""),
              "/evil": (302, {"Location": "http://10.1.1.1/admin"}, b""),
              "/bad-sitemap.xml": (200, {"Content-Type": "application/xml"}, b"<urlset><url><loc>oops</url>"),
              "/bad-feed.xml": (200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><title>x</chan")}
    with LocalSite(routes) as site:
        put_config(s3, config(
            {"name": "broken", "type": "sitemap", "url": f"{site.url}/bad-sitemap.xml"},
            {"name": "brokenfeed", "type": "feed", "url": f"{site.url}/bad-feed.xml"},
            {"name": "list", "type": "urls", "max_bytes": 1_000_000,
             "urls": [f"{site.url}/{p}" for p in ("big", "gone", "evil", "ok")]}))
        report = run_scrape()["report"]
    assert report == {"failed:malformed_source": 2, "failed:too_large": 1, "failed:http_410": 1,
                      "failed:blocked_address": 1, "fetched": 1}
    assert len(stored_pages(s3)) == 1


def test_a_bad_or_missing_config_fails_the_run(aws):
    """Retrying cannot fix a config, but the run must fail: Lambda counts an error and the alarm fires."""
    s3, _ = aws
    with pytest.raises(ConfigError, match="no sources config"):
        run_scrape()
    s3.put_object(Bucket=LOCAL_BUCKET, Key="config/sources.json", Body=b'{"contact": "nobody"}')
    with pytest.raises(ConfigError, match="contact"):
        run_scrape()


def test_an_invalid_config_names_every_problem():
    document = {"contact": "nobody", "defaults": {"delay_s": -1}, "sources": [
        {"name": "ok", "type": "feed", "url": "https://x.org/rss"},
        {"name": "Bad Name", "type": "rss", "url": "https://x.org"},
        {"name": "list", "type": "urls", "urls": ["ftp://x.org/a", "https://x.org/b", 7]},
        {"name": "ok", "type": "sitemap", "url": "https://y.org/sitemap.xml", "max_pages": "ten"},
        "not an object"]}
    with pytest.raises(ConfigError) as refused:
        parse_config(json.dumps(document))
    wanted = ["contact", "defaults.delay_s", "sources[1].name", "sources[1].type", "sources[2].urls[0]",
              "sources[2].urls[2]", "sources[3].name: 'ok' is used twice", "sources[3].max_pages", "sources[4]"]
    assert len(refused.value.problems) == len(wanted)
    for where, problem in zip(wanted, refused.value.problems):
        assert problem.startswith(where) and problem in str(refused.value)
    assert str(refused.value).startswith("sources config: 9 problems")


@pytest.mark.parametrize("source", [
    {"name": "list", "type": "urls", "urls": ["http://10.0.0.7/internal"]},
    {"name": "meta", "type": "feed", "url": "http://169.254.169.254/latest/meta-data/"},
    {"name": "map", "type": "sitemap", "url": "http://192.168.1.1/sitemap.xml"},
])
def test_a_source_refused_by_the_address_guard_is_a_failure_not_a_robots_skip(aws, source):
    """robots.txt of a refused host is never asked for (the guard refuses the address before any
    connection); the metrics must show the refused address, not hide it as a robots.txt skip."""
    s3, _ = aws
    put_config(s3, config(source, allow_loopback=False))
    assert run_scrape()["report"] == {"failed:blocked_address": 1}


def test_time_budget_leaves_the_rest_for_the_next_run(aws, site, monkeypatch):
    s3, _ = aws
    put_config(s3, site_config(site))
    context = LambdaContext()
    monkeypatch.setattr(context, "get_remaining_time_in_millis", lambda: 5_000)
    assert scrape.handler({"group": "default"}, context)["report"] == {"deferred_sources": 2}
    budget = iter([600_000] * 4 + [5_000] * 100)  # enough for the feed, then time runs out
    monkeypatch.setattr(context, "get_remaining_time_in_millis", lambda: next(budget))
    report = scrape.handler({"group": "default"}, context)["report"]
    assert report["fetched"] >= 1 and report["deferred"] >= 1 and report["deferred_sources"] == 1
    assert report["fetched"] + report["deferred"] == len(list(PAGES.glob("*.html"))[::2])
    assert len(stored_pages(s3)) == report["fetched"]


def test_a_crash_before_the_bundle_is_stored_loses_nothing_and_stores_nothing_twice(aws, monkeypatch):
    """The bundle is stored before the state rows; a crash while storing it leaves no row saying the
    pages were fetched, and the next run, even on another day, fetches those pages again."""
    from datetime import datetime, timedelta, timezone

    s3, _ = aws
    routes = {f"/{n}": page_route(f"<html><body><p>page {n}</p></body></html>".encode()) for n in "abc"}
    with LocalSite(routes) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/{n}" for n in "abc"]}))
        original = s3.put_object

        def crash_on_bundle(**kwargs):
            if kwargs["Key"].startswith("raw/"):
                raise RuntimeError("the execution environment died")
            return original(**kwargs)

        monkeypatch.setattr(scrape, "s3_client", lambda: s3)
        monkeypatch.setattr(s3, "put_object", crash_on_bundle)
        with pytest.raises(RuntimeError):
            run_scrape()
        monkeypatch.setattr(s3, "put_object", original)
        assert keys(s3, "raw/") == []
        after_midnight = datetime.now(timezone.utc) + timedelta(days=1)
        init = scrape.ScrapeRun.__init__
        monkeypatch.setattr(scrape.ScrapeRun, "__init__", _with_clock(init, after_midnight))
        assert run_scrape()["report"] == {"fetched": 3}
        monkeypatch.setattr(scrape.ScrapeRun, "__init__", _with_clock(init, after_midnight + timedelta(hours=1)))
        assert run_scrape()["report"] == {"not_modified": 3}
    assert sorted(url.rsplit("/", 1)[1] for *_, url, _body in stored_pages(s3)) == ["a", "b", "c"]


def test_a_page_counts_as_fetched_only_once_its_bundle_is_stored(aws, monkeypatch):
    """A failed bundle upload fails the run and leaves no state row saying the pages were fetched,
    so the next run, even moments later, fetches and stores them (not "fresh")."""
    from botocore.exceptions import ClientError

    s3, dynamodb = aws
    routes = {f"/{n}": page_route(f"<html><body><p>page {n}</p></body></html>".encode()) for n in "abc"}
    with LocalSite(routes) as site:
        cfg = parse_config(config({"name": "list", "type": "urls", "urls": [f"{site.url}/{n}" for n in "abc"]}))
        original = s3.put_object

        def refuse_bundles(**kwargs):
            if kwargs["Key"].startswith("raw/"):
                raise ClientError({"Error": {"Code": "AccessDenied", "Message": "no"}}, "PutObject")
            return original(**kwargs)

        monkeypatch.setattr(s3, "put_object", refuse_bundles)
        failed = scrape.ScrapeRun(cfg, s3, CrawlState(dynamodb, TABLE), LOCAL_BUCKET, remaining_ms=lambda: 600_000)
        with pytest.raises(ClientError):
            failed.run(cfg.group("default"))
        assert failed.report == {"failed:store_bundle": 3} and failed.stored == []
        for n in "abc":
            row = dynamodb.get_item(TableName=TABLE, Key={"url": {"S": f"{site.url}/{n}"}})["Item"]
            assert "fetched_epoch" not in row and "raw_key" not in row and "lease_owner" not in row
        monkeypatch.setattr(s3, "put_object", original)
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/{n}" for n in "abc"]}))
        assert run_scrape()["report"] == {"fetched": 3}
    assert sorted(url.rsplit("/", 1)[1] for *_, url, _body in stored_pages(s3)) == ["a", "b", "c"]


def _with_clock(init, moment):
    def patched(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.now = lambda: moment
    return patched


class _Atomic:
    """DynamoDB applies a conditional write atomically; moto does not across threads, so the
    two runs' state writes are serialised here as DynamoDB would."""

    def __init__(self, client):
        self.client, self.lock = client, threading.Lock()

    def update_item(self, **kwargs):
        with self.lock:
            return self.client.update_item(**kwargs)


def overlapping_runs(cfg, s3, dynamodb, count: int = 2) -> list:
    """`count` scrape runs started together on one state table; returns them when all are done."""
    table = _Atomic(dynamodb)  # one table, one lock: DynamoDB's atomicity is per item, across all callers
    runs = [scrape.ScrapeRun(cfg, s3, CrawlState(table, TABLE), LOCAL_BUCKET, remaining_ms=lambda: 600_000)
            for _ in range(count)]
    threads = [threading.Thread(target=run.run, args=(cfg.group("default"),)) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return runs


def test_two_overlapping_runs_store_each_page_once(aws, site):
    s3, dynamodb = aws
    runs = overlapping_runs(parse_config(site_config(site)), s3, dynamodb)
    pages = len(list(PAGES.glob("*.html")))
    fetched = sum(run.report["fetched"] for run in runs)
    urls = [url for *_, url, _body in stored_pages(s3)]
    assert fetched == pages == len(urls) == len(set(urls)), ([run.report for run in runs], sorted(urls))
    assert sorted(runs[0].stored + runs[1].stored) == keys(s3, "raw/")
    for run in runs:
        assert set(run.report) <= {"fetched", "claimed_elsewhere", "fresh", "not_modified", "skipped_robots"}


def test_scrape_then_parse_then_figures_with_the_real_url(aws, site):
    s3, _ = aws
    put_config(s3, config({"name": "feed", "type": "feed", "url": f"{site.url}/feed.xml"}))
    pipeline = LocalPipeline(s3)
    result = pipeline.run(scrape.handler, {"group": "default"})
    assert result["report"]["fetched"] >= 5
    handlers = Counter(module.rsplit(".", 1)[-1] for module, _, _ in pipeline.invocations)
    assert handlers["scrape"] == 1 and handlers["parse"] == 1  # one bundle, one SQS batch
    from presslake.lake.schema import read_parquet_bytes
    seed_url = f"{site.url}/news/kyivindependent-kursk-losses"
    articles = [row for k in keys(s3, "staging/articles/")
                for row in read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=k)["Body"].read()).to_pylist()]
    seed = next(a for a in articles if a["url"] == seed_url)
    assert seed["raw_key"].startswith("raw/feed/") and seed["raw_key"].endswith(".warc.gz")
    assert seed["raw_offset"] is not None
    rows = [row for k in keys(s3, "staging/figures/")
            for row in read_parquet_bytes(s3.get_object(Bucket=LOCAL_BUCKET, Key=k)["Body"].read()).to_pylist()
            if row["article_id"] == seed["article_id"]]
    assert len(rows) == 6 and {r["url"] for r in rows} == {seed["canonical_url"] or seed_url}


@pytest.mark.parametrize("sample", ["scheduled-scrape.json", "eventbridge-scheduled-event.json"])
def test_sample_schedule_events_run_the_default_group(aws, sample):
    from conftest import ROOT

    s3, _ = aws
    event = json.loads((ROOT / "events" / sample).read_text())
    with LocalSite({"/a": page_route(b"<html><body><p>a page</p></body></html>")}) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/a"]},
                              {"name": "other", "type": "urls", "group": "weekly", "urls": [f"{site.url}/b"]}))
        result = scrape.handler(event, LambdaContext())
    assert result["group"] == "default" and result["report"] == {"fetched": 1}
    assert site.requests["/b"] == 0


@pytest.mark.parametrize("address", [
    "100.64.0.1", "100.127.255.254",            # carrier-grade NAT
    "198.18.0.1", "192.0.0.8", "192.0.2.1",     # benchmarking, IETF protocol, documentation
    "2002:7f00:1::1", "2002:a00:1::",           # 6to4 carrying 127.0.0.1 and 10.0.0.1
    "64:ff9b::7f00:1", "64:ff9b:1::a00:1",      # NAT64 carrying loopback and 10/8
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",     # Teredo
    "::ffff:169.254.169.254", "fd00:ec2::254",  # metadata through a mapped address, AWS's IPv6 metadata
])
def test_ssrf_blocklist_refuses_every_special_address_form(address):
    import ipaddress

    from presslake.scrape.fetch import blocked

    assert blocked(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "1.1.1.1"])
def test_public_addresses_are_allowed(address):
    import ipaddress

    from presslake.scrape.fetch import blocked

    assert not blocked(ipaddress.ip_address(address))


def test_one_bad_child_sitemap_fails_only_that_child(aws):
    s3, _ = aws
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>{url}/missing.xml</loc></sitemap><sitemap><loc>{url}/good.xml</loc></sitemap></sitemapindex>"""
    good = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>{url}/a</loc></url></urlset>"""
    routes = {"/a": page_route(b"<html><body><p>a page</p></body></html>")}
    with LocalSite(routes) as site:
        site.routes["/index.xml"] = (200, {"Content-Type": "application/xml"}, index.replace(b"{url}", site.url.encode()))
        site.routes["/good.xml"] = (200, {"Content-Type": "application/xml"}, good.replace(b"{url}", site.url.encode()))
        put_config(s3, config({"name": "map", "type": "sitemap", "url": f"{site.url}/index.xml"}))
        report = run_scrape()["report"]
    assert report == {"failed_child_sitemap:http_404": 1, "fetched": 1}


def test_pdf_images_and_json_are_skipped_at_fetch_time(aws):
    s3, _ = aws
    routes = {"/doc": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.5\n" + bytes(200)),
              "/img": (200, {"Content-Type": "text/html"}, b"\x89PNG\r\n\x1a\n" + bytes(200)),  # mislabelled
              "/api": (200, {"Content-Type": "application/json"}, b'{"a": 1}'),
              "/ok": page_route(b"<html><body><p>a page</p></body></html>")}
    with LocalSite(routes) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/{p}" for p in routes]}))
        report = run_scrape()["report"]
    assert report == {"skipped_not_html": 3, "fetched": 1}
    assert [url.rsplit("/", 1)[1] for *_, url, _body in stored_pages(s3)] == ["ok"]


def test_a_host_asking_for_a_pause_beyond_the_cap_is_left_alone_for_the_run(aws):
    s3, _ = aws
    routes = {"/a": (429, {"Retry-After": "99999"}, b""), "/b": page_route(b"<html><p>b</p></html>"),
              "/c": page_route(b"<html><p>c</p></html>")}
    with LocalSite(routes) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/{p}" for p in "abc"]}))
        report = run_scrape()["report"]
    assert report == {"failed:retry_after_too_long": 1, "failed:host_backed_off": 2}
    assert site.requests["/a"] == 1 and site.requests["/b"] == site.requests["/c"] == 0


def test_robots_txt_is_checked_for_every_redirect_hop(aws):
    s3, _ = aws
    routes = {"/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
              "/go": (302, {"Location": "/private/secret"}, b""),
              "/private/secret": page_route(b"<html><p>secret</p></html>")}
    with LocalSite(routes) as site:
        put_config(s3, config({"name": "list", "type": "urls", "urls": [f"{site.url}/go"]}))
        report = run_scrape()["report"]
    assert report == {"failed:robots_redirect": 1}
    assert site.requests["/private/secret"] == 0 and stored_pages(s3) == []


def test_a_slowloris_server_cannot_hold_a_fetch_past_its_deadline():
    import time

    def trickle(headers, count):
        def body():
            for _ in range(40):
                yield b"x"
                time.sleep(0.25)
        return 200, {"Content-Type": "text/html", "Content-Length": "40"}, body()

    policy = FetchPolicy(user_agent="t", timeout_s=1.0, deadline_s=1.5, allow_loopback=True)
    with LocalSite({"/slow": trickle}) as site:
        started = time.monotonic()
        with pytest.raises(FetchError) as stopped:
            fetch(site.url + "/slow", policy)
        elapsed = time.monotonic() - started
    assert stopped.value.reason == "deadline" and elapsed < 1.5 + 1.0  # the deadline, plus one read at most


def test_discovery_stops_at_the_time_budget(aws, monkeypatch):
    s3, _ = aws
    children = "".join(f"<sitemap><loc>{{url}}/child-{i}.xml</loc></sitemap>" for i in range(8))
    routes = {}
    with LocalSite(routes) as site:
        site.routes["/index.xml"] = (200, {"Content-Type": "application/xml"}, (
            "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + children + "</sitemapindex>").replace("{url}", site.url).encode())
        for i in range(8):
            site.routes[f"/child-{i}.xml"] = (200, {"Content-Type": "application/xml"}, (
                "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<url><loc>{site.url}/page-{i}</loc></url></urlset>").encode())
        put_config(s3, config({"name": "map", "type": "sitemap", "url": f"{site.url}/index.xml"}))
        context = LambdaContext()
        budget = iter([600_000] * 5 + [5_000] * 100)  # time runs out after the index and two children
        monkeypatch.setattr(context, "get_remaining_time_in_millis", lambda: next(budget))
        report = scrape.handler({"group": "default"}, context)["report"]
    assert report["deferred_sitemaps"] >= 5
    assert sum(site.requests[f"/child-{i}.xml"] for i in range(8)) <= 3


def test_a_huge_sitemap_is_read_linearly_and_only_until_there_are_enough_candidates(aws, monkeypatch):
    s3, _ = aws
    normalised = Counter()
    original = scrape.canonicalize_url
    monkeypatch.setattr(scrape, "canonicalize_url", lambda url, **kw: normalised.update(["url"]) or original(url, **kw))
    with LocalSite({}) as site:
        urls = "".join(f"<url><loc>{site.url}/p/{i}</loc></url>" for i in range(60_000))
        site.routes["/big.xml"] = (200, {"Content-Type": "application/xml"},
                                   f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>".encode())
        for i in range(60_000 - 5, 60_000):
            site.routes[f"/p/{i}"] = page_route(f"<html><p>page {i}</p></html>".encode())
        put_config(s3, config({"name": "map", "type": "sitemap", "url": f"{site.url}/big.xml", "max_pages": 5}))
        report = run_scrape()["report"]
    assert report.get("fetched", 0) + report.get("failed:http_404", 0) == 5, report
    assert normalised["url"] <= 10


def test_overlapping_runs_keep_one_host_polite_together(aws, monkeypatch):
    """Every request to the host books its slot in the shared table first; the slots the two runs got
    are the delay apart, and no request reaches the server before its slot. (How far apart the requests
    arrive also depends on how late each one leaves after its booking, which a loaded machine decides:
    a gap between arrivals is no test of the runs.)"""
    s3, dynamodb = aws
    delay = 0.2
    booked: list[float] = []
    booked_at: list[float] = []  # on the server's clock (time.monotonic)
    reserve = CrawlState.reserve_host

    def recording(self, host, now, delay_s):
        pause = reserve(self, host, now, delay_s)
        if pause == 0:
            booked.append(now)
            booked_at.append(time.monotonic())
        return pause

    monkeypatch.setattr(CrawlState, "reserve_host", recording)
    routes = {f"/{i}": page_route(f"<html><p>page {i}</p></html>".encode()) for i in range(6)}
    with LocalSite(routes) as site:
        cfg = parse_config(config({"name": "list", "type": "urls", "urls": [f"{site.url}/{i}" for i in range(6)]},
                                  defaults={"delay_s": delay}))
        runs = overlapping_runs(cfg, s3, dynamodb)
    assert sum(run.report["fetched"] for run in runs) == 6
    assert len(booked) == len(site.times)  # robots.txt and pages: each request had its slot
    slots = sorted(booked)
    assert min(b - a for a, b in zip(slots, slots[1:])) >= delay - 1e-3, slots  # the runs took turns
    # each request arrives after its booking, so the k-th arrival comes after the k-th booking
    assert all(arrived >= slot for arrived, slot in zip(sorted(site.times), sorted(booked_at))), (site.times, booked_at)


def test_throttle_never_sleeps_a_negative_time_when_the_clock_moves_on():
    """The slot may open between reading the clock and sleeping (a busy machine): the wait then sleeps nothing
    rather than asking for a negative sleep (time.sleep raises ValueError on one)."""
    ticks = iter([11.5, 12.5, 12.6])  # the slot opens at 12.0: early at the first look, open by a second one
    slept = []

    def sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        slept.append(seconds)

    throttle = scrape.Throttle(sleep=sleep, clock=lambda: next(ticks))
    throttle.set_delay("https://example.org/a", 2.0)
    throttle.last["example.org"] = 10.0
    throttle.wait("https://example.org/a", FetchPolicy(user_agent="presslake-test"))
    assert slept == [0.5]
