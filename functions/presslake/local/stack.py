"""Local mode: the pipeline on an embedded S3 (moto's server on 127.0.0.1), no AWS account.

S3 has no way to call a local function, so `LocalPipeline` plays its part: after
every write it builds the S3 notification AWS would send for each new or changed
object and hands it to the handler subscribed to that prefix, as the template's
notification rules do. Local-only: never imported by a Lambda handler.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote_plus

LOCAL_BUCKET = "presslake-local"
LOCAL_REGION = "us-east-1"


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that Powertools reads."""

    function_name: str = "presslake-local"
    memory_limit_in_mb: int = 1024
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:presslake-local"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 60_000


def s3_put_event(bucket: str, key: str, size: int, etag: str, version_id: str | None = None,
                 region: str = LOCAL_REGION) -> dict:
    """The notification S3 sends for one PutObject (key URL-encoded as S3 does it)."""
    obj = {"key": quote_plus(key, safe="/~"), "size": size, "eTag": etag.strip('"'),
           "sequencer": format(int(datetime.now(timezone.utc).timestamp() * 1e6), "X")}
    if version_id:
        obj["versionId"] = version_id
    return {"Records": [{
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "awsRegion": region,
        "eventTime": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "eventName": "ObjectCreated:Put",
        "userIdentity": {"principalId": "AWS:LOCAL"},
        "requestParameters": {"sourceIPAddress": "127.0.0.1"},
        "responseElements": {"x-amz-request-id": uuid.uuid4().hex[:16].upper(),
                             "x-amz-id-2": uuid.uuid4().hex},
        "s3": {
            "s3SchemaVersion": "1.0",
            "configurationId": "presslake-local",
            "bucket": {"name": bucket, "ownerIdentity": {"principalId": "LOCAL"},
                       "arn": f"arn:aws:s3:::{bucket}"},
            "object": obj,
        },
    }]}


_LOCAL_ENV = {
    "AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_SESSION_TOKEN": "local",
    "AWS_DEFAULT_REGION": LOCAL_REGION, "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_NAMESPACE": "presslake", "POWERTOOLS_DEV": "false",
    # the demo prints its own summary: handler logs only for errors, no metric lines
    "POWERTOOLS_LOG_LEVEL": os.environ.get("POWERTOOLS_LOG_LEVEL", "ERROR"),
    "POWERTOOLS_METRICS_DISABLED": os.environ.get("POWERTOOLS_METRICS_DISABLED", "true"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def embedded_s3(bucket: str = LOCAL_BUCKET):
    """Start moto's S3 server on 127.0.0.1 and point boto3 (and pyarrow) at it."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    saved = {k: os.environ.get(k) for k in [*_LOCAL_ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update({**_LOCAL_ENV, "AWS_ENDPOINT_URL": endpoint})
    try:
        from presslake.handlers.s3io import s3_client

        s3_client.cache_clear()
        s3_client().create_bucket(Bucket=bucket)
        yield endpoint
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@dataclass
class Subscription:
    """One S3 notification rule: ObjectCreated under `prefix` ending in `suffix` -> handler."""

    prefix: str
    suffix: str
    handler: Callable[[dict, object], dict]

    def matches(self, key: str) -> bool:
        return key.startswith(self.prefix) and key.endswith(self.suffix)


def default_subscriptions() -> list[Subscription]:
    """The notification rules of template.yaml."""
    from presslake.handlers import figures, parse

    return [Subscription("raw/", "", parse.handler), Subscription("articles/", ".parquet", figures.handler)]


class LocalPipeline:
    """Deliver S3 notifications to handlers, following each write down the chain."""

    def __init__(self, s3, bucket: str = LOCAL_BUCKET, subscriptions: list[Subscription] | None = None):
        self.s3 = s3
        self.bucket = bucket
        self.subscriptions = subscriptions if subscriptions is not None else default_subscriptions()
        self.invocations: list[tuple[str, dict, dict]] = []

    def _snapshot(self) -> dict[str, str]:
        objects = {}
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket):
            for item in page.get("Contents", []):
                objects[item["Key"]] = item["ETag"]
        return objects

    def invoke(self, handler, event: dict) -> tuple[dict, list[dict]]:
        """Run one handler on one event; return its result and the S3 events its writes cause."""
        before = self._snapshot()
        result = handler(event, LambdaContext(function_name=handler.__module__))
        self.invocations.append((handler.__module__, event, result))
        after = self._snapshot()
        caused = [self._event_for(key, etag) for key, etag in sorted(after.items()) if before.get(key) != etag]
        return result, caused

    def deliver(self, event: dict) -> list[dict]:
        """Hand one event to every matching handler, then the events their writes cause."""
        results = []
        queue = [event]
        while queue:
            current = queue.pop(0)
            key = _unquoted_key(current)
            for sub in self.subscriptions:
                if sub.matches(key):
                    result, caused = self.invoke(sub.handler, current)
                    results.append(result)
                    queue.extend(caused)
        return results

    def run(self, handler, event: dict) -> dict:
        """Invoke a handler that is not S3-triggered (the scraper), then deliver what it wrote."""
        result, caused = self.invoke(handler, event)
        for created in caused:
            self.deliver(created)
        return result

    def _event_for(self, key: str, etag: str) -> dict:
        head = self.s3.head_object(Bucket=self.bucket, Key=key)
        return s3_put_event(self.bucket, key, head["ContentLength"], etag, head.get("VersionId"))

    def upload(self, key: str, body: bytes, **extra) -> list[dict]:
        """PutObject, then deliver the notification S3 would send for it."""
        response = self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, **extra)
        return self.deliver(s3_put_event(self.bucket, key, len(body), response["ETag"],
                                         response.get("VersionId")))


def create_state_table(dynamodb, name: str) -> None:
    """The scraper's state table as template.yaml defines it (key `url`, on-demand, TTL)."""
    dynamodb.create_table(TableName=name, KeySchema=[{"AttributeName": "url", "KeyType": "HASH"}],
                          AttributeDefinitions=[{"AttributeName": "url", "AttributeType": "S"}],
                          BillingMode="PAY_PER_REQUEST")
    dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification={"Enabled": True,
                                                                           "AttributeName": "expires_at"})


def export(s3, bucket: str, folder: Path, prefixes: tuple[str, ...] = ("articles/", "figures/")) -> int:
    """Copy the datasets out of the embedded S3 into a folder that `presslake query --data` reads."""
    count = 0
    for prefix in prefixes:
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                target = folder / item["Key"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read())
                count += 1
    return count


def _unquoted_key(event: dict) -> str:
    from presslake.handlers.events import iter_object_refs

    refs = list(iter_object_refs(event))
    return refs[0].key if refs else ""
