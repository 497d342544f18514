"""Local mode: the pipeline on an embedded stack (moto's server on 127.0.0.1: S3, SQS,
DynamoDB), no AWS account.

S3 notifies the raw queue itself, as in AWS. Lambda's parts are played by
`LocalPipeline`: it polls the queues in batches like the event source mapping, and
after every write it builds the S3 notification AWS would send for each new object
and hands it to the handler subscribed to that prefix, as the template's rules do.
Local-only: never imported by a Lambda handler.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote_plus

import botocore.session

LOCAL_BUCKET = "presslake-local"
LOCAL_REGION = "us-east-1"


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that Powertools reads."""

    function_name: str = "presslake-local"
    memory_limit_in_mb: int = 512  # template.yaml's MemorySize
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:presslake-local"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    timeout_ms: int = 900_000
    started: float = field(default_factory=time.monotonic)

    def get_remaining_time_in_millis(self) -> int:
        return int(self.timeout_ms - (time.monotonic() - self.started) * 1000)


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
    """Start moto's server (S3, SQS, DynamoDB) on 127.0.0.1, empty, and point botocore and pyarrow at it.

    moto keeps its state per process: without the reset, a second stack in the same
    process would start with the first one's objects and queues.
    """
    import urllib.request

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")).close()
    saved = {k: os.environ.get(k) for k in [*_LOCAL_ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update({**_LOCAL_ENV, "AWS_ENDPOINT_URL": endpoint})
    try:
        from presslake.handlers.s3io import s3_client, sqs_client

        s3_client.cache_clear()
        sqs_client.cache_clear()
        s3_client().create_bucket(Bucket=bucket)
        yield endpoint
    finally:
        server.stop()
        s3_client.cache_clear()
        sqs_client.cache_clear()
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
    """The direct S3 -> Lambda rules of template.yaml (raw/ goes through the queue instead)."""
    from presslake.handlers import figures

    return [Subscription("staging/articles/", ".parquet", figures.handler)]


def sqs_record(message: dict, queue_arn: str) -> dict:
    """One received SQS message as Lambda's event source mapping hands it to the function."""
    return {"messageId": message["MessageId"], "receiptHandle": message["ReceiptHandle"], "body": message["Body"],
            "attributes": message.get("Attributes", {}), "messageAttributes": {}, "md5OfBody": message["MD5OfBody"],
            "eventSource": "aws:sqs", "eventSourceARN": queue_arn, "awsRegion": LOCAL_REGION}


class LocalQueues:
    """The template's queues on the embedded stack: raw notifications, WARC byte ranges, their DLQ.

    S3 sends raw/ notifications to the raw queue itself (moto does, as AWS does); a failed
    message is made visible again at once and goes to the dead-letter queue after `max_receives`.
    """

    def __init__(self, sqs, s3, bucket: str, *, max_receives: int = 3):
        self.sqs = sqs
        dlq = sqs.create_queue(QueueName="presslake-local-dlq")["QueueUrl"]
        redrive = json.dumps({"deadLetterTargetArn": self.arn(dlq), "maxReceiveCount": str(max_receives)})
        attributes = {"VisibilityTimeout": "900", "RedrivePolicy": redrive}
        self.raw = sqs.create_queue(QueueName="presslake-local-raw", Attributes=attributes)["QueueUrl"]
        self.ranges = sqs.create_queue(QueueName="presslake-local-ranges", Attributes=attributes)["QueueUrl"]
        self.dead = dlq
        s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={"QueueConfigurations": [{
            "QueueArn": self.arn(self.raw), "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "raw/"}]}}}]})

    def arn(self, url: str) -> str:
        return self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]

    def receive(self, url: str, batch_size: int) -> list[dict]:
        """Up to `batch_size` messages, as the event source mapping gathers a batch."""
        messages: list[dict] = []
        while len(messages) < batch_size:
            got = self.sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=min(10, batch_size - len(messages)),
                                           AttributeNames=["All"]).get("Messages", [])
            if not got:
                break
            messages += got
        return messages

    def release(self, url: str, messages: list[dict]) -> None:
        """Failed messages: visible again now (AWS waits for the visibility timeout)."""
        for message in messages:
            self.sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"],
                                               VisibilityTimeout=0)

    def delete(self, url: str, messages: list[dict]) -> None:
        for start in range(0, len(messages), 10):
            self.sqs.delete_message_batch(QueueUrl=url, Entries=[
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages[start:start + 10])])


class LocalPipeline:
    """Play the parts of S3 notifications and Lambda's event source mappings on the embedded stack.

    raw/ uploads reach the raw queue through S3's own notification; `drain` polls it in
    batches of `batch_size` (and the WARC range queue one message at a time, as the
    template's mapping does), calls the parse handler with the SQS event, and deletes the
    messages that did not fail, as the event source mapping does.
    Objects a handler writes under staging/articles/ are handed to the figures handler as
    S3 notifications, following each write down the chain.
    """

    def __init__(self, s3, bucket: str = LOCAL_BUCKET, subscriptions: list[Subscription] | None = None, *,
                 sqs=None, batch_size: int = 1000):
        self.s3 = s3
        self.bucket = bucket
        self.subscriptions = subscriptions if subscriptions is not None else default_subscriptions()
        self.batch_size = batch_size
        self.queues = LocalQueues(sqs or botocore.session.get_session().create_client("sqs"), s3, bucket)
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
        saved = os.environ.get("PRESSLAKE_RANGE_QUEUE_URL")
        os.environ["PRESSLAKE_RANGE_QUEUE_URL"] = self.queues.ranges
        try:
            result = handler(event, LambdaContext(function_name=handler.__module__))
        finally:
            if saved is None:
                os.environ.pop("PRESSLAKE_RANGE_QUEUE_URL", None)
            else:
                os.environ["PRESSLAKE_RANGE_QUEUE_URL"] = saved
        self.invocations.append((handler.__module__, event, result))
        after = self._snapshot()
        caused = [self._event_for(key, etag) for key, etag in sorted(after.items()) if before.get(key) != etag]
        return result, caused

    def deliver(self, event: dict) -> list[dict]:
        """Hand one S3 event to every matching direct subscription, then the events their writes cause."""
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

    def drain(self, progress: Callable[[int], None] | None = None) -> list[dict]:
        """Run the parse handler over the queued messages, batch by batch, until both queues are empty."""
        from presslake.handlers import parse

        results = []
        while True:
            url = self.queues.raw
            messages = self.queues.receive(url, self.batch_size)
            if not messages:
                url = self.queues.ranges
                messages = self.queues.receive(url, 1)
            if not messages:
                return results
            arn = self.queues.arn(url)
            result, caused = self.invoke(parse.handler, {"Records": [sqs_record(m, arn) for m in messages]})
            results.append(result)
            failed = {failure["itemIdentifier"] for failure in result["batchItemFailures"]}
            self.queues.delete(url, [m for m in messages if m["MessageId"] not in failed])
            self.queues.release(url, [m for m in messages if m["MessageId"] in failed])
            for created in caused:
                results += self.deliver(created)
            if progress:
                progress(len(messages) - len(failed))

    def run(self, handler, event: dict) -> dict:
        """Invoke a handler that is not S3-triggered (the scraper), then process what it wrote."""
        result, caused = self.invoke(handler, event)
        for created in caused:
            self.deliver(created)
        self.drain()
        return result

    def _event_for(self, key: str, etag: str) -> dict:
        head = self.s3.head_object(Bucket=self.bucket, Key=key)
        return s3_put_event(self.bucket, key, head["ContentLength"], etag, head.get("VersionId"))

    def put(self, key: str, body: bytes, **extra) -> dict:
        """PutObject; S3 notifies the raw queue by itself."""
        return self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, **extra)

    def upload(self, key: str, body: bytes, **extra) -> list[dict]:
        """PutObject, then process the queue (a batch of one, unless more was waiting)."""
        self.put(key, body, **extra)
        return self.drain()


def create_state_table(dynamodb, name: str) -> None:
    """The scraper's state table as template.yaml defines it (key `url`, on-demand, TTL)."""
    dynamodb.create_table(TableName=name, KeySchema=[{"AttributeName": "url", "KeyType": "HASH"}],
                          AttributeDefinitions=[{"AttributeName": "url", "AttributeType": "S"}],
                          BillingMode="PAY_PER_REQUEST")
    dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification={"Enabled": True,
                                                                           "AttributeName": "expires_at"})


def export(s3, bucket: str, folder: Path, prefixes: tuple[str, ...] = ("staging/", "quarantine/")) -> int:
    """Copy the datasets (batch files and quarantine manifests) out of the embedded S3 into a folder
    that `presslake query --data` reads."""
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
