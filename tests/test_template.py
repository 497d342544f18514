"""template.yaml: lint, Glue tables against the Arrow schemas, projection, least privilege."""

import json
from datetime import date

import pyarrow as pa
import pytest
from cfnlint.api import ManualArgs, lint_file
from cfnlint.decode.cfn_yaml import load
from conftest import ROOT

from presslake.lake import schema

TEMPLATE = load(str(ROOT / "template.yaml"))
RESOURCES = TEMPLATE["Resources"]
GLUE_TABLES = {"StagingArticlesTable": schema.ARTICLE_SCHEMA, "StagingFiguresTable": schema.FIGURE_SCHEMA,
               "QuarantineTable": schema.QUARANTINE_SCHEMA}


def glue_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type):
        return f"array<{glue_type(arrow_type.value_type)}>"
    if pa.types.is_timestamp(arrow_type):
        assert arrow_type.unit == "ms" and arrow_type.tz == "UTC", "Athena reads ms UTC timestamps"
        return "timestamp"
    return {pa.string(): "string", pa.int32(): "int", pa.int64(): "bigint", pa.float64(): "double",
            pa.bool_(): "boolean"}[arrow_type]


def sub_text(value) -> str:
    """The template string of a Fn::Sub (plain strings pass through)."""
    if isinstance(value, dict) and "Fn::Sub" in value:
        sub = value["Fn::Sub"]
        return sub if isinstance(sub, str) else sub[0]
    return value


def test_cfn_lint_passes():
    matches = lint_file(ROOT / "template.yaml", config=ManualArgs(regions=["us-east-1"]))
    assert [str(m) for m in matches] == []


@pytest.mark.parametrize("logical_id", sorted(GLUE_TABLES))
def test_glue_columns_match_the_arrow_schema(logical_id):
    arrow = GLUE_TABLES[logical_id]
    columns = RESOURCES[logical_id]["Properties"]["TableInput"]["StorageDescriptor"]["Columns"]
    assert [(c["Name"], c["Type"]) for c in columns] == [(f.name, glue_type(f.type)) for f in arrow]
    # Athena shows the comments: each starts with the schema's description of the column
    for glue_column, field in zip(columns, arrow):
        assert glue_column["Comment"].startswith(schema.description(field)), field.name
        assert len(glue_column["Comment"]) <= 255


@pytest.mark.parametrize("logical_id, prefix", [("StagingArticlesTable", "staging/articles"),
                                                ("StagingFiguresTable", "staging/figures")])
def test_partition_projection_is_complete(logical_id, prefix):
    table = RESOURCES[logical_id]["Properties"]["TableInput"]
    column = schema.PARTITION_COLUMN
    assert [(k["Name"], k["Type"]) for k in table["PartitionKeys"]] == [(column, "string")]
    params = table["Parameters"]
    assert params["projection.enabled"] == "true"
    assert params[f"projection.{column}.type"] == "date"
    assert params[f"projection.{column}.format"] == "yyyy-MM-dd"
    start, end = params[f"projection.{column}.range"].split(",")
    assert date.fromisoformat(start) <= date.today() and end == "NOW"
    assert params[f"projection.{column}.interval"] == "1"
    assert params[f"projection.{column}.interval.unit"] == "DAYS"
    assert sub_text(params["storage.location.template"]).endswith(f"/{prefix}/{column}=${{!{column}}}/")
    assert sub_text(table["StorageDescriptor"]["Location"]).endswith(f"/{prefix}/")
    serde = table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    assert serde == "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"


def test_the_quarantine_table_reads_every_manifest_by_stage_and_day():
    from presslake.lake.keys import manifest_key

    table = RESOURCES["QuarantineTable"]["Properties"]["TableInput"]
    assert [(k["Name"], k["Type"]) for k in table["PartitionKeys"]] == [("stage", "string"), ("ingest_dt", "string")]
    params = table["Parameters"]
    assert params["projection.enabled"] == "true"
    assert params["projection.stage.type"] == "enum"
    assert params["projection.stage.values"].split(",") == list(schema.ALLOWED_VALUES["stage"])
    for key in ("type", "format", "range", "interval", "interval.unit"):
        assert params[f"projection.ingest_dt.{key}"] == \
            RESOURCES["StagingArticlesTable"]["Properties"]["TableInput"]["Parameters"][f"projection.ingest_dt.{key}"]
    location = sub_text(params["storage.location.template"]).split("-${Stage}/", 1)[1]
    for stage in schema.ALLOWED_VALUES["stage"]:
        manifest = manifest_key(stage, "2025-04-26", "b1")
        assert manifest.rsplit("/", 1)[0] + "/" == location.replace("${!stage}", stage).replace("${!ingest_dt}",
                                                                                               "2025-04-26")
    serde = table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    assert serde == "org.openx.data.jsonserde.JsonSerDe" and params["classification"] == "json"
    assert sub_text(table["StorageDescriptor"]["Location"]).endswith("/quarantine/")


def test_batch_file_keys_are_what_the_glue_tables_read():
    from presslake.lake.keys import articles_key, figures_key_for

    key = articles_key("2025-04-26", "abc")
    templates = {logical_id: sub_text(RESOURCES[logical_id]["Properties"]["TableInput"]["Parameters"]
                                      ["storage.location.template"]).split("}/", 1)[-1].split("-${Stage}/", 1)[-1]
                 for logical_id in ("StagingArticlesTable", "StagingFiguresTable")}
    assert key.rsplit("/", 1)[0] + "/" == templates["StagingArticlesTable"].replace("${!ingest_dt}", "2025-04-26")
    assert figures_key_for(key).rsplit("/", 1)[0] + "/" == templates["StagingFiguresTable"].replace("${!ingest_dt}",
                                                                                            "2025-04-26")


def _statements(function_id):
    out = []
    for policy in RESOURCES[function_id]["Properties"]["Policies"]:
        out.extend(policy["Statement"])
    return out


def _s3_grants(function_id) -> dict[str, set[str]]:
    """action -> key patterns (the part after the bucket name)."""
    grants: dict[str, set[str]] = {}
    for statement in _statements(function_id):
        resources = statement["Resource"]
        resources = resources if isinstance(resources, list) else [resources]
        for action in statement["Action"]:
            for resource in resources:
                if isinstance(resource, dict) and "Fn::GetAtt" in resource:
                    grants.setdefault(action, set()).add(".".join(resource["Fn::GetAtt"]))
                    continue
                grants.setdefault(action, set()).add(sub_text(resource).split("}/", 1)[-1].split("-${Stage}/", 1)[-1])
    return grants


def _queue_prefixes(queue_id) -> list[str]:
    """The key prefixes whose notifications the bucket sends to a queue."""
    configs = RESOURCES["Bucket"]["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    return [rule["Value"] for config in configs if config["Queue"] == {"Fn::GetAtt": [queue_id, "Arn"]}
            for rule in config["Filter"]["S3Key"]["Rules"] if rule["Name"] == "prefix"]


def _trigger_prefixes(function_id) -> list[str]:
    prefixes = []
    for event in RESOURCES[function_id]["Properties"]["Events"].values():
        if event["Type"] == "S3":
            rules = event["Properties"]["Filter"]["S3Key"]["Rules"]
            prefixes += [r["Value"] for r in rules if r["Name"] == "prefix"]
        elif event["Type"] == "SQS":
            prefixes += _queue_prefixes(event["Properties"]["Queue"]["Fn::GetAtt"][0])
    return prefixes


LEAST_PRIVILEGE = {
    "ParseFunction": {"s3:GetObject": {"raw/*"}, "s3:GetObjectVersion": {"raw/*"},
                      "s3:PutObject": {"staging/articles/*", "quarantine/parse/*"},
                      "sqs:SendMessage": {"WarcRangeQueue.Arn"}},
    "FiguresFunction": {"s3:GetObject": {"staging/articles/*"},
                        "s3:PutObject": {"staging/figures/*", "quarantine/figures/*"}},
    "ScrapeFunction": {"s3:GetObject": {"config/sources.json", "raw/*"}, "s3:PutObject": {"raw/*"},
                       "dynamodb:UpdateItem": {"SeenUrlsTable.Arn"}},
}


@pytest.mark.parametrize("function_id", sorted(LEAST_PRIVILEGE))
def test_functions_touch_only_their_prefixes(function_id):
    assert _s3_grants(function_id) == LEAST_PRIVILEGE[function_id]
    for statement in _statements(function_id):
        assert statement["Effect"] == "Allow"
        assert "*" not in statement["Action"] and "s3:*" not in statement["Action"]


@pytest.mark.parametrize("function_id", sorted(LEAST_PRIVILEGE))
def test_no_function_writes_where_it_is_triggered(function_id):
    written = LEAST_PRIVILEGE[function_id]["s3:PutObject"] | LEAST_PRIVILEGE[function_id].get("s3:DeleteObject", set())
    for prefix in _trigger_prefixes(function_id):
        assert prefix.endswith("/")
        assert not any(w.startswith(prefix) or prefix.startswith(w.rstrip("*")) for w in written)


def test_bucket_is_private_encrypted_and_tls_only():
    bucket = RESOURCES["Bucket"]["Properties"]
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    [deny] = RESOURCES["BucketTlsOnlyPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_functions_run_python_312_from_the_package():
    assert TEMPLATE["Globals"]["Function"]["Runtime"] == "python3.12"
    assert RESOURCES["ParseFunction"]["Properties"]["Handler"] == "presslake.handlers.parse.handler"
    assert RESOURCES["FiguresFunction"]["Properties"]["Handler"] == "presslake.handlers.figures.handler"


def test_scrape_runs_on_a_schedule_with_its_state_table():
    [event] = RESOURCES["ScrapeFunction"]["Properties"]["Events"].values()
    assert event["Type"] == "Schedule" and event["Properties"]["Schedule"] == {"Ref": "ScrapeSchedule"}
    assert TEMPLATE["Parameters"]["ScrapeSchedule"]["Default"] == "rate(1 hour)"
    table = RESOURCES["SeenUrlsTable"]["Properties"]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert table["KeySchema"] == [{"AttributeName": "url", "KeyType": "HASH"}]


def test_figures_trigger_only_on_article_parquet():
    rules = RESOURCES["FiguresFunction"]["Properties"]["Events"]["ArticleWritten"]["Properties"]["Filter"]["S3Key"]["Rules"]
    assert {(r["Name"], r["Value"]) for r in rules} == {("prefix", "staging/articles/"), ("suffix", ".parquet")}


def test_raw_notifications_reach_the_parse_function_through_the_queue():
    bucket = RESOURCES["Bucket"]
    assert _queue_prefixes("RawQueue") == ["raw/"]
    assert bucket["DependsOn"] == "RawQueuePolicy"
    [statement] = RESOURCES["RawQueuePolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Effect"] == "Allow" and statement["Principal"] == {"Service": "s3.amazonaws.com"}
    assert statement["Action"] == "sqs:SendMessage" and statement["Resource"] == {"Fn::GetAtt": ["RawQueue", "Arn"]}
    # the bucket ARN is built from its name: no circular dependency on the bucket resource
    assert sub_text(statement["Condition"]["ArnLike"]["aws:SourceArn"]) == \
        sub_text(RESOURCES["BucketTlsOnlyPolicy"]["Properties"]["PolicyDocument"]["Statement"][0]["Resource"][0])
    assert statement["Condition"]["StringEquals"]["aws:SourceAccount"] == {"Ref": "AWS::AccountId"}


@pytest.mark.parametrize("queue_id", ["RawQueue", "WarcRangeQueue"])
def test_queues_redrive_to_a_dead_letter_queue_and_outlast_the_function(queue_id):
    queue = RESOURCES[queue_id]["Properties"]
    assert queue["RedrivePolicy"]["deadLetterTargetArn"] == {"Fn::GetAtt": ["RawDeadLetterQueue", "Arn"]}
    assert 1 < queue["RedrivePolicy"]["maxReceiveCount"] <= 10
    assert queue["VisibilityTimeout"] >= 6 * RESOURCES["ParseFunction"]["Properties"]["Timeout"]


def test_parse_function_consumes_the_queues_in_batches_with_partial_failures():
    parse = RESOURCES["ParseFunction"]["Properties"]
    events = {e["Properties"]["Queue"]["Fn::GetAtt"][0]: e for e in parse["Events"].values()}
    assert set(events) == {"RawQueue", "WarcRangeQueue"}
    for event in events.values():
        props = event["Properties"]
        assert event["Type"] == "SQS"
        assert props["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
        assert props["ScalingConfig"] == {"MaximumConcurrency": {"Ref": "MaximumConcurrency"}}
        assert props["MaximumBatchingWindowInSeconds"]  # a batch over 10 needs a window
    raw = events["RawQueue"]["Properties"]
    assert raw["BatchSize"] == {"Ref": "BatchSize"}
    assert raw["MaximumBatchingWindowInSeconds"] == {"Ref": "MaximumBatchingWindowInSeconds"}
    params = TEMPLATE["Parameters"]
    assert params["BatchSize"]["Default"] == 1000 and params["MaximumBatchingWindowInSeconds"]["Default"] == 60
    # the queue's redrive replaces the function-level async DLQ, which an SQS source never uses
    assert "DeadLetterQueue" not in parse and "EventInvokeConfig" not in parse
    assert parse["Environment"]["Variables"]["PRESSLAKE_RANGE_QUEUE_URL"] == {"Ref": "WarcRangeQueue"}


def test_named_queries_are_the_sql_files():
    from presslake.local.query import named_queries

    deployed = {r["Properties"]["Name"]: r["Properties"] for r in RESOURCES.values()
                if r["Type"] == "AWS::Athena::NamedQuery"}
    files = named_queries()
    assert set(deployed) == set(files) >= {"figures_of_day", "unit_time_series", "largest_figures_per_source",
                                           "articles_without_figures", "quarantine_by_reason"}
    for name, sql in files.items():
        assert deployed[name]["QueryString"] == sql
        assert deployed[name]["Database"] == {"Ref": "GlueDatabase"}
        assert deployed[name]["WorkGroup"] == {"Ref": "AthenaWorkGroup"}


def test_workgroup_enforces_its_result_location():
    config = RESOURCES["AthenaWorkGroup"]["Properties"]["WorkGroupConfiguration"]
    assert config["EnforceWorkGroupConfiguration"] is True
    assert sub_text(config["ResultConfiguration"]["OutputLocation"]).endswith("/athena-results/")


def _asl(name: str) -> dict:
    return json.loads((ROOT / "infra" / "statemachines" / name).read_text())


def test_state_machine_definitions_are_rendered_from_the_sql():
    import subprocess
    import sys

    check = subprocess.run([sys.executable, str(ROOT / "infra" / "statemachines" / "render.py"), "--check"])
    assert check.returncode == 0, "run python infra/statemachines/render.py"
    lake_sql = {p.read_text(): p.stem for p in (ROOT / "infra" / "athena" / "lake").glob("*.sql")}
    merge = _asl("merge.asl.json")
    chunk = merge["States"]["MergeChunks"]["ItemProcessor"]["States"]
    queries = {**merge["States"], **chunk}
    run = {name: lake_sql[s["Parameters"]["QueryString"]] for name, s in queries.items()
           if s.get("Resource") == "arn:aws:states:::athena:startQueryExecution.sync"}
    assert set(run.values()) == set(lake_sql.values()) - {"staged_articles", "staged_figures"}
    order, state = [], "MergeArticles"
    while state:
        order.append(run[state])
        state = chunk[state].get("Next")
    assert order == ["merge_articles", "delete_stale_figures", "merge_figures", "optimize_articles", "optimize_figures"]
    assert merge["States"]["MergeChunks"]["MaxConcurrency"] == 1  # one writer, chunk after chunk
    for name in ("VacuumArticles", "VacuumFigures"):
        assert merge["States"][name]["Retry"][0]["MaxAttempts"] >= 10  # "more runs needed"


def test_the_merge_runs_on_a_schedule_with_least_privilege():
    machine = RESOURCES["MergeStateMachine"]["Properties"]
    assert machine["Type"] == "STANDARD"
    [event] = machine["Events"].values()
    assert event["Type"] == "ScheduleV2" and event["Properties"]["ScheduleExpression"] == {"Ref": "MergeSchedule"}
    assert TEMPLATE["Parameters"]["MergeSchedule"]["Default"] == "rate(1 hour)"
    grants: dict[str, set[str]] = {}
    for statement in machine["Policies"][0]["Statement"]:
        resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        for action in statement["Action"]:
            grants.setdefault(action, set()).update(sub_text(r).rsplit("-${Stage}", 1)[-1] for r in resources)
    # it writes only the lake and its query results; staging and raw/ are read-only to it
    assert grants["s3:PutObject"] == grants["s3:DeleteObject"] == {"/lake/*", "/athena-results/*"}
    assert grants["s3:GetObject"] == {"/staging/*", "/lake/*", "/athena-results/*"}


def test_staging_expires_and_backfill_feeds_the_parse_function_then_merges():
    [rule] = [r for r in RESOURCES["Bucket"]["Properties"]["LifecycleConfiguration"]["Rules"]
              if r.get("Prefix") == "staging/"]
    assert rule["ExpirationInDays"] == {"Ref": "StagingRetentionDays"}
    assert TEMPLATE["Parameters"]["StagingRetentionDays"]["Default"] == 7
    backfill = _asl("backfill.asl.json")
    parse_raw = backfill["States"]["ParseRaw"]
    assert parse_raw["ItemReader"]["Resource"] == "arn:aws:states:::s3:listObjectsV2"
    assert parse_raw["ItemBatcher"]["MaxItemsPerBatch"] == 1000
    assert parse_raw["ItemProcessor"]["ProcessorConfig"]["Mode"] == "DISTRIBUTED"
    assert parse_raw["MaxConcurrencyPath"] == "$.max_concurrency"
    assert parse_raw["ItemProcessor"]["States"]["Parse"]["Parameters"]["FunctionName"] == "${ParseFunctionArn}"
    assert backfill["States"]["Merge"]["Resource"] == "arn:aws:states:::states:startExecution.sync:2"
    substitutions = RESOURCES["BackfillStateMachine"]["Properties"]["DefinitionSubstitutions"]
    assert substitutions["ParseFunctionArn"] == {"Fn::GetAtt": ["ParseFunction", "Arn"]}
    assert substitutions["MergeStateMachineArn"] == {"Ref": "MergeStateMachine"}


def test_backfill_batches_are_what_the_parse_handler_takes(s3):
    """The Distributed Map's batch (ListObjectsV2 items + BatchInput) through the real handler."""
    from conftest import page

    from presslake.handlers import parse
    from presslake.local.stack import LOCAL_BUCKET, LambdaContext

    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/2024/a.html", Body=page("jsonld-graph.html"))
    items = [{"Etag": f"\"{o['ETag'].strip(chr(34))}\"", "Key": o["Key"], "LastModified": 1, "Size": o["Size"],
              "StorageClass": "STANDARD"} for o in s3.list_objects_v2(Bucket=LOCAL_BUCKET)["Contents"]]
    batch = {"Items": items, "BatchInput": {"bucket": LOCAL_BUCKET, "run": "reprocess-1"}}
    first = parse.handler(batch, LambdaContext())
    other_run = parse.handler(batch | {"BatchInput": {"bucket": LOCAL_BUCKET, "run": "reprocess-2"}}, LambdaContext())
    assert first["counts"] == {"articles": 1} and first["batch_id"] != other_run["batch_id"]
