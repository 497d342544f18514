"""The quarantine manifests as a table: what both handlers write, read through the Glue table's local twin."""

from presslake.local.query import connect, run
from presslake.local.stack import LOCAL_BUCKET, export


def test_the_quarantine_table_holds_both_stages_manifests(s3, tmp_path):
    """Manifest lines as the handlers write them, read back through the Glue table's local twin."""
    from presslake.handlers import figures, parse
    from presslake.handlers.events import S3ObjectRef
    from presslake.local.stack import s3_put_event

    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/empty.html", Body=b"")
    parse.run(s3_put_event(LOCAL_BUCKET, "raw/empty.html", 0, "e"), s3)
    broken = "staging/articles/ingest_dt=2025-04-26/broken.parquet"
    s3.put_object(Bucket=LOCAL_BUCKET, Key=broken, Body=b"not parquet")
    figures.process_object(s3, S3ObjectRef(LOCAL_BUCKET, broken))
    s3.delete_object(Bucket=LOCAL_BUCKET, Key=broken)  # not a batch file the staging table should read
    export(s3, LOCAL_BUCKET, tmp_path)
    rows = run(connect(str(tmp_path)), "SELECT stage, ingest_dt, reason, raw_key, size, source, article_id "
                                        "FROM quarantine ORDER BY stage").as_dicts()
    assert [(r["stage"], r["reason"]) for r in rows] == [("figures", "unreadable_parquet"), ("parse", "empty")]
    figures_line, parse_line = rows
    assert figures_line["ingest_dt"] == "2025-04-26" and figures_line["source"] == f"s3://{LOCAL_BUCKET}/{broken}"
    assert figures_line["article_id"] is None and figures_line["raw_key"] is None
    assert parse_line["raw_key"] == "raw/empty.html" and parse_line["size"] == 0 and parse_line["source"] is None
