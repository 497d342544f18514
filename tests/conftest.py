import os
from pathlib import Path

import boto3
import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
SHARED = ROOT.parent / "shared"

os.environ.update({
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1", "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_NAMESPACE": "presslake-test", "POWERTOOLS_LOG_LEVEL": "WARNING",
    # metrics are asserted through the handlers' results; their JSON lines would only fill the output
    "POWERTOOLS_METRICS_DISABLED": "true",
})
os.environ.pop("AWS_ENDPOINT_URL", None)
os.environ.pop("AWS_PROFILE", None)


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture
def s3():
    """A moto S3 with the pipeline's bucket; the handlers' cached client is reset to use it."""
    from moto import mock_aws

    from presslake.local.stack import LOCAL_BUCKET
    from presslake.handlers.s3io import s3_client

    with mock_aws():
        s3_client.cache_clear()
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=LOCAL_BUCKET)
        client.put_bucket_versioning(Bucket=LOCAL_BUCKET, VersioningConfiguration={"Status": "Enabled"})
        yield client
    s3_client.cache_clear()


@pytest.fixture
def pipeline(s3):
    from presslake.local.stack import LocalPipeline

    return LocalPipeline(s3)


def keys(s3, prefix: str, bucket: str = "presslake-local") -> list[str]:
    out = []
    for chunk in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        out.extend(item["Key"] for item in chunk.get("Contents", []))
    return sorted(out)




def fail_reads_of(monkeypatch, handler_module, s3, key: str) -> None:
    """Make the handler's S3 client throttle every GetObject of `key` (an AWS error, retried)."""
    from botocore.exceptions import ClientError

    original = s3.get_object

    def get_object(**kwargs):
        if kwargs["Key"] == key:
            raise ClientError({"Error": {"Code": "SlowDown", "Message": "reduce your request rate"}}, "GetObject")
        return original(**kwargs)

    monkeypatch.setattr(handler_module, "s3_client", lambda: s3)
    monkeypatch.setattr(s3, "get_object", get_object)
