"""template.yaml: lint, Glue tables against the Arrow schemas, projection, least privilege."""

from datetime import date

import pyarrow as pa
import pytest
from cfnlint.api import ManualArgs, lint_file
from cfnlint.decode.cfn_yaml import load
from conftest import ROOT

from presslake.lake import schema

TEMPLATE = load(str(ROOT / "template.yaml"))
RESOURCES = TEMPLATE["Resources"]
GLUE_TABLES = {"ArticlesTable": schema.ARTICLE_SCHEMA, "FiguresTable": schema.FIGURE_SCHEMA}


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


@pytest.mark.parametrize("logical_id, prefix", [("ArticlesTable", "articles"), ("FiguresTable", "figures")])
def test_partition_projection_is_complete(logical_id, prefix):
    table = RESOURCES[logical_id]["Properties"]["TableInput"]
    assert table["PartitionKeys"] == [{"Name": schema.PARTITION_COLUMN, "Type": "string"}]
    params = table["Parameters"]
    assert params["projection.enabled"] == "true"
    assert params["projection.dt.type"] == "date"
    assert params["projection.dt.format"] == "yyyy-MM-dd"
    start, end = params["projection.dt.range"].split(",")
    assert date.fromisoformat(start) == schema.MIN_DT
    assert end == "NOW"
    assert params["projection.dt.interval"] == "1"
    assert params["projection.dt.interval.unit"] == "DAYS"
    assert sub_text(params["storage.location.template"]).endswith(f"/{prefix}/dt=${{!dt}}/")
    assert sub_text(table["StorageDescriptor"]["Location"]).endswith(f"/{prefix}/")
    serde = table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    assert serde == "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"


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


def _trigger_prefixes(function_id) -> list[str]:
    prefixes = []
    for event in RESOURCES[function_id]["Properties"]["Events"].values():
        if event["Type"] != "S3":
            continue
        rules = event["Properties"]["Filter"]["S3Key"]["Rules"]
        prefixes += [r["Value"] for r in rules if r["Name"] == "prefix"]
    return prefixes


LEAST_PRIVILEGE = {
    "ParseFunction": {"s3:GetObject": {"raw/*"}, "s3:GetObjectVersion": {"raw/*"},
                      "s3:PutObject": {"articles/*", "quarantine/*"}},
    "FiguresFunction": {"s3:GetObject": {"articles/*"}, "s3:GetObjectVersion": {"articles/*"},
                        "s3:PutObject": {"figures/*", "quarantine/*"}, "s3:DeleteObject": {"figures/*"}},
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
    assert {(r["Name"], r["Value"]) for r in rules} == {("prefix", "articles/"), ("suffix", ".parquet")}


def test_named_queries_are_the_sql_files():
    from presslake.local.query import named_queries

    deployed = {r["Properties"]["Name"]: r["Properties"] for r in RESOURCES.values()
                if r["Type"] == "AWS::Athena::NamedQuery"}
    files = named_queries()
    assert set(deployed) == set(files) >= {"figures_of_day", "unit_time_series",
                                           "largest_figures_per_source", "articles_without_figures"}
    for name, sql in files.items():
        assert deployed[name]["QueryString"] == sql
        assert deployed[name]["Database"] == {"Ref": "GlueDatabase"}
        assert deployed[name]["WorkGroup"] == {"Ref": "AthenaWorkGroup"}


def test_workgroup_enforces_its_result_location():
    config = RESOURCES["AthenaWorkGroup"]["Properties"]["WorkGroupConfiguration"]
    assert config["EnforceWorkGroupConfiguration"] is True
    assert sub_text(config["ResultConfiguration"]["OutputLocation"]).endswith("/athena-results/")
