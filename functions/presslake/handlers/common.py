"""What the handlers share: optional X-Ray tracing."""

from __future__ import annotations

import os


def traced(handler):
    """Wrap a handler in Powertools Tracer when PRESSLAKE_XRAY_SDK is "true".

    The X-Ray SDK adds 110-180 ms of imports to every cold start (measured); without
    it, Lambda's active tracing still records each invocation and its init phase.
    """
    if os.environ.get("PRESSLAKE_XRAY_SDK", "false").lower() != "true":
        return handler
    from aws_lambda_powertools import Tracer

    return Tracer().capture_lambda_handler(handler)
