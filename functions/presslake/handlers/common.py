"""What the handlers share: the per-object outcome and the quarantine path."""

from __future__ import annotations

import os
from dataclasses import dataclass

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from presslake.handlers.events import S3ObjectRef
from presslake.handlers.s3io import quarantine


@dataclass
class Outcome:
    key: str
    status: str  # written | quarantined | missing
    detail: str = ""
    output_key: str | None = None


def reject(s3, ref: S3ObjectRef, *, stage: str, reason: str, detail: str, size: int | None,
           logger: Logger, metrics: Metrics) -> Outcome:
    """Quarantine one object with its reason, log it and count it (by reason too)."""
    reason_key = quarantine(s3, bucket=ref.bucket, key=ref.key, reason=reason, detail=detail,
                            size=size, stage=stage)
    logger.warning("quarantined object", extra={"key": ref.key, "reason": reason, "detail": detail})
    metrics.add_metric(name="Quarantined", unit=MetricUnit.Count, value=1)
    metrics.add_metric(name=f"Quarantined_{reason}", unit=MetricUnit.Count, value=1)
    return Outcome(ref.key, "quarantined", f"{reason}: {detail}", reason_key)


def traced(handler):
    """Wrap a handler in Powertools Tracer when PRESSLAKE_XRAY_SDK is "true".

    The X-Ray SDK adds 110-180 ms of imports to every cold start (measured); without
    it, Lambda's active tracing still records each invocation and its init phase.
    """
    if os.environ.get("PRESSLAKE_XRAY_SDK", "false").lower() != "true":
        return handler
    from aws_lambda_powertools import Tracer

    return Tracer().capture_lambda_handler(handler)
