"""The scraper's memory of URLs (DynamoDB): validators, content hash, where it was stored,
and a lease so that two overlapping runs never fetch and store the same page together.

Every write is conditional: `claim` succeeds for one run only while the lease is live;
`finish` and `release` succeed only for the run holding the lease.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from botocore.exceptions import ClientError

# A URL not seen again for this long is forgotten (DynamoDB TTL on `expires_at`).
FORGET_AFTER = timedelta(days=180)


@dataclass(frozen=True)
class Seen:
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    raw_key: str | None = None
    raw_offset: int | None = None  # of the page's response record in the raw_key bundle


def _conditional_failure(error: ClientError) -> bool:
    return error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException"


class CrawlState:
    def __init__(self, client, table: str):
        self.client = client
        self.table = table

    def claim(self, url: str, run_id: str, now: datetime, lease: timedelta,
              fresh_for: timedelta = timedelta(0)) -> Seen | str:
        """Take the URL's lease for this run. Instead: "claimed_elsewhere" while another run holds
        it, "fresh" when some run fetched it less than `fresh_for` ago (overlapping runs)."""
        try:
            item = self.client.update_item(
                TableName=self.table, Key={"url": {"S": url}},
                UpdateExpression="SET lease_owner = :run, lease_until = :until",
                ConditionExpression="(attribute_not_exists(lease_until) OR lease_until < :now) AND "
                                    "(attribute_not_exists(fetched_epoch) OR fetched_epoch < :fresh_before)",
                ExpressionAttributeValues={":run": {"S": run_id}, ":until": {"N": str(int((now + lease).timestamp()))},
                                           ":now": {"N": str(int(now.timestamp()))},
                                           ":fresh_before": {"N": str(int((now - fresh_for).timestamp()))}},
                ReturnValues="ALL_NEW", ReturnValuesOnConditionCheckFailure="ALL_OLD")["Attributes"]
        except ClientError as error:
            if _conditional_failure(error):
                held = int(error.response.get("Item", {}).get("lease_until", {}).get("N", "0"))
                return "claimed_elsewhere" if held >= int(now.timestamp()) else "fresh"
            raise
        seen = {k: item[k]["S"] for k in ("etag", "last_modified", "sha256", "raw_key") if k in item}
        return Seen(**seen, raw_offset=int(item["raw_offset"]["N"]) if "raw_offset" in item else None)

    def finish(self, url: str, run_id: str, now: datetime, seen: Seen) -> None:
        """Record what was fetched (or confirmed unchanged) and drop the lease."""
        values = {":run": {"S": run_id}, ":at": {"S": now.isoformat(timespec="seconds")},
                  ":epoch": {"N": str(int(now.timestamp()))},
                  ":expires": {"N": str(int((now + FORGET_AFTER).timestamp()))}}
        sets = ["fetched_at = :at", "fetched_epoch = :epoch", "expires_at = :expires"]
        for name in ("etag", "last_modified", "sha256", "raw_key"):
            value = getattr(seen, name)
            if value:
                sets.append(f"{name} = :{name}")
                values[f":{name}"] = {"S": value}
        if seen.raw_offset is not None:
            sets.append("raw_offset = :raw_offset")
            values[":raw_offset"] = {"N": str(seen.raw_offset)}
        self._owned_update(url, "SET " + ", ".join(sets) + " REMOVE lease_owner, lease_until", values)

    def reserve_host(self, host: str, now: float, delay: float) -> float:
        """Book the next request to `host` for one of all the running scrapes, `delay` seconds
        after the last one. Returns how long to wait first (0: go now); the row is per host."""
        try:
            self.client.update_item(
                TableName=self.table, Key={"url": {"S": f"host:{host}"}},
                UpdateExpression="SET next_at = :next, expires_at = :expires",
                ConditionExpression="attribute_not_exists(next_at) OR next_at <= :now",
                ExpressionAttributeValues={":next": {"N": f"{now + delay:.3f}"}, ":now": {"N": f"{now:.3f}"},
                                           ":expires": {"N": str(int(now + 86400))}},
                ReturnValuesOnConditionCheckFailure="ALL_OLD")
        except ClientError as error:
            if _conditional_failure(error):
                return max(0.001, float(error.response.get("Item", {}).get("next_at", {}).get("N", now)) - now)
            raise
        return 0.0

    def release(self, url: str, run_id: str) -> None:
        """Give the lease back without recording a fetch (the next run tries again)."""
        self._owned_update(url, "REMOVE lease_owner, lease_until", {":run": {"S": run_id}})

    def _owned_update(self, url: str, expression: str, values: dict) -> None:
        try:
            self.client.update_item(TableName=self.table, Key={"url": {"S": url}}, UpdateExpression=expression,
                                    ConditionExpression="lease_owner = :run", ExpressionAttributeValues=values)
        except ClientError as error:
            if not _conditional_failure(error):
                raise
            # our lease ran out and another run took the URL: its record wins
