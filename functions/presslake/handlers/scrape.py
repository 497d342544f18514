"""Scrape Lambda: on an EventBridge schedule, fetch new or changed pages of the configured
sources into raw/, where the parse function picks them up.

Reads `config/sources.json` from the bucket (validated; a missing or bad config fails the
run with a message naming every problem, not retried, since retrying cannot fix it). For
each source of the scheduled group: discover links (feed, sitemap or URL list), honour robots.txt, claim
each URL in the state table, GET it conditionally, and store a changed page as
one bundle per source and run, `raw/<source>/<yyyy>/<mm>/<dd>/<run id>.warc.gz`, with
request, response and fetch-metadata records. A time budget stops the run cleanly
before Lambda's timeout; what is left is fetched by the next run. The report counts
every outcome.

Crash safety: a page counts as fetched only once its bundle is stored. The bundle is
written first, then the state rows of its pages (pointing at the bundle key and the
record offset). A failed upload gives the pages' leases back, counts them as
`failed:store_bundle` and fails the run, so the next run fetches them again. A crash
between the bundle and the rows leaves pages whose leases run out: the next run stores
them once more, as a copy the parse function gives the same article id (the merge keeps
one). So a page is never lost and never marked fetched without its bundle. A row whose
bundle is gone later (raw/ cleaned by hand) is fetched afresh.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from functools import cache
from urllib.parse import urlsplit

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from botocore.exceptions import BotoCoreError, ClientError

from presslake.scrape.state import CrawlState, Seen
from presslake.scrape.discover import DiscoveryError, Link, feed_links, newest_first, sitemap_page
from presslake.article.extract import canonicalize_url
from presslake.article.rawinput import sniff_binary
from presslake.scrape.bundle import Bundle
from presslake.scrape.fetch import FetchError, FetchPolicy, fetch
from presslake.handlers.s3io import is_missing, s3_client
from presslake.scrape.sources import ConfigError, ScrapeConfig, Source, parse_config
from presslake.handlers.common import traced

logger = Logger(service="presslake-scrape")
metrics = Metrics(namespace="presslake", service="scrape")

LEASE = timedelta(minutes=10)
# A URL fetched this recently (by any run) is not fetched again: overlapping runs share the work.
FRESH_FOR = timedelta(minutes=10)
# Stop starting fetches when less than this is left of the invocation.
SAFETY_MARGIN_MS = 20_000
MAX_SITEMAPS_PER_SOURCE = 20
MAX_CRAWL_DELAY_S = 30.0


@cache
def dynamodb_client():
    import botocore.session

    return botocore.session.get_session().create_client("dynamodb")


# Fetch errors of robots.txt that refuse the host itself: its pages fail with the same reason
# instead of counting as robots.txt skips (a refused SSRF attempt must show in the metrics).
HOST_REFUSED = frozenset({"blocked_address"})


class Robots:
    """robots.txt per host (Protego), fetched once per run. 4xx: all allowed; unreachable or
    5xx: nothing allowed this run (RFC 9309); a host the address guard refuses: FetchError."""

    def __init__(self, policy: FetchPolicy, throttle: "Throttle"):
        self.policy = policy
        self.throttle = throttle
        self.rules: dict[str, object] = {}

    def _rules(self, url: str):
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.rules:
            from protego import Protego

            self.throttle.wait(url, self.policy)
            try:
                response = fetch(f"{origin}/robots.txt", self.policy)
                self.rules[origin] = Protego.parse(response.body.decode("utf-8", "replace"))
            except FetchError as error:
                if error.reason in HOST_REFUSED:
                    self.rules[origin] = error
                else:
                    self.rules[origin] = "allow" if error.reason.startswith("http_4") else "deny"
        rules = self.rules[origin]
        if isinstance(rules, FetchError):
            raise rules
        return rules

    def allowed(self, url: str) -> bool:
        rules = self._rules(url)
        if isinstance(rules, str):
            return rules == "allow"
        return rules.can_fetch(url, self.policy.user_agent)

    def crawl_delay(self, url: str) -> float:
        rules = self._rules(url)
        delay = None if isinstance(rules, str) else rules.crawl_delay(self.policy.user_agent)
        return min(float(delay or 0), MAX_CRAWL_DELAY_S)


class Throttle:
    """At most one request at a time per host, `delay` seconds apart, across every running scrape:
    each request books its slot in the state table (`CrawlState.reserve_host`) when there is one."""

    def __init__(self, sleep=time.sleep, clock=time.monotonic, state: CrawlState | None = None):
        self.sleep, self.clock, self.state = sleep, clock, state
        self.last: dict[str, float] = {}
        self.delays: dict[str, float] = {}

    def set_delay(self, url: str, delay: float) -> None:
        host = urlsplit(url).netloc
        self.delays[host] = max(self.delays.get(host, 0.0), delay)

    def wait(self, url: str, policy: FetchPolicy) -> None:
        host = urlsplit(url).netloc
        delay = self.delays.get(host, 0.0)
        # one reading of the clock: read twice, the slot may open in between and the sleep come out negative
        if (remaining := self.last.get(host, float("-inf")) + delay - self.clock()) > 0:
            self.sleep(remaining)
        if self.state is not None and delay > 0:
            while (pause := self.state.reserve_host(host, time.time(), delay)) > 0:
                self.sleep(pause)  # another run's request to this host came first
        self.last[host] = self.clock()


class ScrapeRun:
    def __init__(self, config: ScrapeConfig, s3, state: CrawlState, bucket: str, remaining_ms, now=None,
                 sleep=time.sleep):
        self.config, self.s3, self.state, self.bucket = config, s3, state, bucket
        self.remaining_ms = remaining_ms
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.sleep = sleep
        self.run_id = uuid.uuid4().hex
        self.report: Counter = Counter()
        self.throttle = Throttle(sleep=sleep, state=state)
        self.stored: list[str] = []
        self.bundle: Bundle | None = None
        self.bundle_key: str | None = None
        self.pending: list[tuple[str, Seen]] = []  # pages in the open bundle, their state rows not yet written
        self.existing: dict[str, bool] = {}
        self.backed_off: set[str] = set()  # hosts that asked for a pause longer than the cap: left alone

    def policy(self, source: Source) -> FetchPolicy:
        return FetchPolicy(user_agent=self.config.user_agent, timeout_s=source.timeout_s,
                           max_bytes=source.max_bytes, allow_loopback=self.config.allow_loopback)

    def out_of_time(self, policy: FetchPolicy) -> bool:
        return self.remaining_ms() < SAFETY_MARGIN_MS + policy.worst_case_s * 1000

    def get(self, url: str, policy: FetchPolicy, robots: Robots, **validators):
        """One polite GET: robots.txt first (for every redirect hop too), then the host's delay.
        None when robots says no; FetchError when the host is refused or the fetch fails."""
        host = urlsplit(url).netloc
        if host in self.backed_off:
            raise FetchError("host_backed_off", f"{host} asked for a longer pause than the cap this run")
        if not robots.allowed(url):
            return None
        self.throttle.set_delay(url, robots.crawl_delay(url))
        self.throttle.wait(url, policy)
        try:
            return fetch(url, policy, sleep=self.sleep, allowed=robots.allowed, **validators)
        except FetchError as error:
            if error.reason == "retry_after_too_long":
                self.backed_off.add(host)
            raise

    def discover(self, source: Source, policy: FetchPolicy, robots: Robots) -> list[Link]:
        if source.type == "urls":
            return [Link(url) for url in source.urls]
        if source.type == "feed":
            response = self.get(source.url, policy, robots)
            if response is None:
                self.report["skipped_robots"] += 1
                return []
            return feed_links(response.body)
        links, queue, seen = [], [source.url], set()
        while queue and len(seen) < MAX_SITEMAPS_PER_SOURCE:
            url = queue.pop(0)
            if url in seen:
                continue
            if self.out_of_time(policy):
                self.report["deferred_sitemaps"] += len(set(queue) - seen) + 1
                break  # the links found so far are still fetched, as time allows
            seen.add(url)
            try:
                response = self.get(url, policy, robots)
                if response is None:
                    self.report["skipped_robots"] += 1
                    continue
                page = sitemap_page(response.body)
            except (FetchError, DiscoveryError) as error:
                if url == source.url:
                    raise  # the source's own sitemap: the whole source fails
                reason = error.reason if isinstance(error, FetchError) else "malformed_sitemap"
                self.report[f"failed_child_sitemap:{reason}"] += 1  # one bad child: the others are still read
                logger.warning("child sitemap skipped", extra={"source": source.name, "url": url, "error": str(error)})
                continue
            links += page.links
            queue += page.child_sitemaps
        return links

    def run(self, sources: list[Source]) -> Counter:
        for position, source in enumerate(sources):
            policy = self.policy(source)
            if self.out_of_time(policy):
                self.report["deferred_sources"] += len(sources) - position
                return self.report
            self.throttle.set_delay(source.url or source.urls[0], source.delay_s)
            robots = Robots(policy, self.throttle)
            try:
                links = self.discover(source, policy, robots)
            except (FetchError, DiscoveryError) as error:
                reason = error.reason if isinstance(error, FetchError) else "malformed_source"
                self.report[f"failed:{reason}"] += 1
                logger.warning("source skipped", extra={"source": source.name, "error": str(error)})
                continue
            candidates = self.candidates(source, links)
            try:
                for index, url in enumerate(candidates):
                    self.throttle.set_delay(url, source.delay_s)
                    if self.out_of_time(policy):
                        self.report["deferred"] += len(candidates) - index
                        self.report["deferred_sources"] += len(sources) - position - 1
                        logger.info("time budget reached; the rest is left for the next run")
                        return self.report
                    outcome = self.page(source, url, policy, robots)
                    if outcome is not None:
                        self.report[outcome] += 1
            finally:
                self.flush()
        return self.report

    def candidates(self, source: Source, links: list[Link]) -> list[str]:
        """The newest `max_pages` distinct URLs the source allows. Linear, and it stops once it has
        enough: a 100,000-URL sitemap costs a sort, not 100,000 URL normalisations."""
        found: dict[str, None] = {}
        for link in newest_first(links):
            if len(found) == source.max_pages:
                break
            url = canonicalize_url(link.url)
            if not url or url in found:
                continue
            if source.allow is not None and not source.allow.search(url):
                self.report["skipped_pattern"] += 1
                continue
            found[url] = None
        return list(found)

    def flush(self) -> None:
        """Store the open bundle, then its pages' state rows: only then do they count as fetched."""
        pending, self.pending = self.pending, []
        bundle, self.bundle = self.bundle, None
        if bundle is None or not pending:
            return
        try:
            self.s3.put_object(Bucket=self.bucket, Key=self.bundle_key, Body=bundle.getvalue(),
                               ContentType="application/warc", Metadata={"run-id": self.run_id,
                                                                         "pages": str(bundle.pages)})
        except (ClientError, BotoCoreError):
            for url, _seen in pending:
                self.state.release(url, self.run_id)  # not fetched: the next run tries again at once
            self.report["failed:store_bundle"] += len(pending)
            logger.exception("bundle upload failed; its pages are left for the next run",
                             extra={"key": self.bundle_key, "pages": len(pending)})
            raise
        self.existing[self.bundle_key] = True
        self.stored.append(self.bundle_key)
        now = self.now()
        for url, seen in pending:
            self.state.finish(url, self.run_id, now, seen)
        self.report["fetched"] += len(pending)

    def open_bundle(self, source: Source) -> Bundle:
        if self.bundle is None:
            self.bundle = Bundle(source.name, self.run_id)
            self.bundle_key = f"raw/{source.name}/{self.now():%Y/%m/%d}/{self.run_id}.warc.gz"
        return self.bundle

    def page(self, source: Source, url: str, policy: FetchPolicy, robots: Robots) -> str | None:
        """Fetch one URL and add it to the source's bundle if new or changed; returns the outcome,
        or None for a page added to the bundle (counted as fetched once the bundle is stored)."""
        try:
            if not robots.allowed(url):
                return "skipped_robots"
        except FetchError as error:
            logger.info("host refused", extra={"url": url, "reason": error.reason})
            return f"failed:{error.reason}"
        seen = self.state.claim(url, self.run_id, self.now(), LEASE, FRESH_FOR)
        if isinstance(seen, str):
            return seen  # another run holds it, or fetched it moments ago
        if seen.raw_key and not self._exists(seen.raw_key):
            seen = Seen()  # its bundle is gone (raw/ cleaned by hand): fetch it afresh
        try:
            response = self.get(url, policy, robots, etag=seen.etag, last_modified=seen.last_modified)
        except FetchError as error:
            self.state.release(url, self.run_id)
            logger.info("fetch failed", extra={"url": url, "reason": error.reason})
            return f"failed:{error.reason}"
        now = self.now()
        if response.status == 304:
            self.state.finish(url, self.run_id, now, seen)
            return "not_modified"
        not_page = not_html(response)
        if not_page:
            self.state.release(url, self.run_id)
            logger.info("not a page: not stored", extra={"url": url, "kind": not_page})
            return "skipped_not_html"
        digest = hashlib.sha256(response.body).hexdigest()
        validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified")}
        if digest == seen.sha256:
            self.state.finish(url, self.run_id, now, Seen(**validators, sha256=digest, raw_key=seen.raw_key,
                                                          raw_offset=seen.raw_offset))
            return "unchanged"
        bundle = self.open_bundle(source)
        offset = bundle.add(url=url, final_url=response.url, status=response.status, headers=response.headers,
                            body=response.body, user_agent=policy.user_agent, fetched_at=now)
        self.pending.append((url, Seen(**validators, sha256=digest, raw_key=self.bundle_key, raw_offset=offset)))
        return None

    def _exists(self, key: str) -> bool:
        """Whether a bundle a state row points at was stored (once per bundle and run)."""
        if key not in self.existing:
            try:
                self.s3.head_object(Bucket=self.bucket, Key=key)
                self.existing[key] = True
            except ClientError as error:
                if not is_missing(error):
                    raise
                self.existing[key] = False
        return self.existing[key]


HTML_TYPES = ("text/html", "application/xhtml+xml")


def not_html(response) -> str | None:
    """What a response is when it is not a page (PDF, image, JSON, ...), by Content-Type and sniffing."""
    content_type = (response.headers.get("content-type") or "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(HTML_TYPES) and content_type != "text/plain":
        return content_type
    return sniff_binary(response.body, response.headers.get("content-type"))


def load_config(s3, bucket: str, key: str) -> ScrapeConfig:
    try:
        body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except ClientError as error:
        if is_missing(error):
            raise ConfigError([f"no sources config at s3://{bucket}/{key}"]) from error
        raise
    return parse_config(body)


@traced
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict, context) -> dict:
    group = event.get("group") or (event.get("detail") or {}).get("group") or "default"
    bucket = os.environ["PRESSLAKE_BUCKET"]
    s3 = s3_client()
    try:
        config = load_config(s3, bucket, os.environ.get("PRESSLAKE_SOURCES_KEY", "config/sources.json"))
    except ConfigError as error:
        # Retrying cannot fix a config (the function has no retries), but the run fails, so Lambda
        # counts an error and the alarms fire; the message names every problem.
        logger.error("sources config rejected", extra={"problems": error.problems})
        metrics.add_metric(name="ConfigRejected", unit=MetricUnit.Count, value=1)
        raise
    run = ScrapeRun(config, s3, CrawlState(dynamodb_client(), os.environ["PRESSLAKE_STATE_TABLE"]), bucket,
                    remaining_ms=context.get_remaining_time_in_millis)
    report = run.run(config.group(group))
    for outcome, count in report.items():
        metrics.add_metric(name=f"Scrape_{outcome.replace(':', '_')}", unit=MetricUnit.Count, value=count)
    logger.info("scrape run finished", extra={"group": group, "report": dict(report), "stored": len(run.stored)})
    return {"group": group, "report": dict(report), "stored": run.stored}
