"""Operating the stack: alarms, logs, tags, the dashboard and storage lifecycle, each requirement
derived from template.yaml itself (a new function, queue or state machine without its alarm or
log group fails here), and the alarms' custom metrics checked against what the handlers emit."""

import json
import re
import tomllib

import pytest
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
from conftest import ROOT, page
from test_template import RESOURCES, TEMPLATE, sub_text

from presslake.local.stack import LOCAL_BUCKET, LambdaContext, s3_put_event

TOPIC = {"Ref": "AlertTopic"}


def of_type(*types: str) -> dict[str, dict]:
    return {name: r for name, r in RESOURCES.items() if r["Type"] in types}


FUNCTIONS = of_type("AWS::Serverless::Function", "AWS::Lambda::Function")
STATE_MACHINES = of_type("AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine")
ALARMS = of_type("AWS::CloudWatch::Alarm")


def metrics_of(alarm: dict) -> list[dict]:
    """(Namespace, MetricName, Dimensions) of every metric an alarm reads, single or metric math."""
    props = alarm["Properties"]
    if "MetricName" in props:
        return [{"Namespace": props["Namespace"], "MetricName": props["MetricName"], "Dimensions": props["Dimensions"]}]
    return [m["MetricStat"]["Metric"] for m in props["Metrics"] if "MetricStat" in m]


def alarms_on(namespace: str, metric: str, dimension: dict) -> list[dict]:
    return [a["Properties"] for a in ALARMS.values() for m in metrics_of(a)
            if m["Namespace"] == namespace and m["MetricName"] == metric and m["Dimensions"] == [dimension]]


def dead_letter_queues() -> set[str]:
    """Every queue something dead-letters into: a queue's redrive target or a function's async DLQ."""
    found = set()
    for resource in RESOURCES.values():
        props = resource.get("Properties", {})
        target = props.get("RedrivePolicy", {}).get("deadLetterTargetArn") or props.get("DeadLetterQueue", {}).get("TargetArn")
        if target:
            found.add(target["Fn::GetAtt"][0])
    return found


def test_the_template_has_what_the_alarm_tests_derive_from():
    assert set(FUNCTIONS) == {"ParseFunction", "FiguresFunction", "ScrapeFunction"}
    assert set(STATE_MACHINES) == {"MergeStateMachine", "BackfillStateMachine"}
    assert dead_letter_queues() == {"RawDeadLetterQueue", "FiguresDeadLetterQueue"}


@pytest.mark.parametrize("queue", sorted(dead_letter_queues()))
def test_every_dead_letter_queue_alarms_on_any_message(queue):
    [alarm] = alarms_on("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                        {"Name": "QueueName", "Value": {"Fn::GetAtt": [queue, "QueueName"]}})
    assert alarm["Statistic"] == "Maximum" and alarm["Threshold"] == 0
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"


def _source_queues() -> set[str]:
    return {event["Properties"]["Queue"]["Fn::GetAtt"][0] for function in FUNCTIONS.values()
            for event in function["Properties"].get("Events", {}).values() if event["Type"] == "SQS"}


@pytest.mark.parametrize("queue", sorted(_source_queues()))
def test_queues_that_feed_a_function_alarm_on_the_age_of_their_oldest_message(queue):
    [alarm] = alarms_on("AWS/SQS", "ApproximateAgeOfOldestMessage",
                        {"Name": "QueueName", "Value": {"Fn::GetAtt": [queue, "QueueName"]}})
    assert alarm["Threshold"] == {"Ref": "RawQueueAgeAlarmSeconds"} and alarm["ComparisonOperator"] == "GreaterThanThreshold"


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
@pytest.mark.parametrize("metric", ["Errors", "Throttles"])
def test_every_function_alarms_on_errors_and_throttles(function, metric):
    [alarm] = alarms_on("AWS/Lambda", metric, {"Name": "FunctionName", "Value": {"Ref": function}})
    assert alarm["Statistic"] == "Sum" and alarm["Threshold"] == 0
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"


@pytest.mark.parametrize("machine", sorted(STATE_MACHINES))
def test_every_state_machine_alarms_on_failed_or_timed_out_executions(machine):
    dimension = {"Name": "StateMachineArn", "Value": {"Ref": machine}}
    [failed] = alarms_on("AWS/States", "ExecutionsFailed", dimension)
    [timed_out] = alarms_on("AWS/States", "ExecutionsTimedOut", dimension)
    assert failed is timed_out  # one alarm on their sum
    ids = {m["MetricStat"]["Metric"]["MetricName"]: m["Id"] for m in failed["Metrics"] if "MetricStat" in m}
    [expression] = [m for m in failed["Metrics"] if m.get("ReturnData", True)]
    assert set(re.findall(r"[a-z_]+(?=, 0\))", expression["Expression"])) == {ids["ExecutionsFailed"],
                                                                             ids["ExecutionsTimedOut"]}
    assert failed["Threshold"] == 0 and failed["ComparisonOperator"] == "GreaterThanThreshold"


def test_no_successful_merge_within_the_window_alarms_and_missing_data_counts():
    [alarm] = alarms_on("AWS/States", "ExecutionsSucceeded", {"Name": "StateMachineArn",
                                                               "Value": {"Ref": "MergeStateMachine"}})
    assert alarm["Period"] == {"Ref": "MergeAlarmWindowSeconds"} and alarm["EvaluationPeriods"] == 1
    assert alarm["Threshold"] == 1 and alarm["ComparisonOperator"] == "LessThanThreshold"
    assert alarm["TreatMissingData"] == "breaching"
    window = TEMPLATE["Parameters"]["MergeAlarmWindowSeconds"]
    assert window["Default"] % 60 == 0 and window["MaxValue"] <= 86400  # CloudWatch periods


def test_the_quarantine_share_alarm_is_a_percentage_of_an_hours_pages():
    [alarm] = alarms_on("presslake", "Quarantined", {"Name": "service", "Value": "parse"})
    by_id = {m["Id"]: m for m in alarm["Metrics"]}
    assert {m["MetricStat"]["Metric"]["MetricName"] for m in by_id.values() if "MetricStat" in m} == \
        {"Quarantined", "ArticlesWritten"}
    assert all(m["MetricStat"]["Period"] == 3600 for m in by_id.values() if "MetricStat" in m)
    [expression] = [m["Expression"] for m in by_id.values() if m.get("ReturnData", True)]
    assert expression == "100 * FILL(quarantined, 0) / (FILL(quarantined, 0) + FILL(articles, 0))"
    assert alarm["Threshold"] == {"Ref": "QuarantineAlarmPercent"}


def test_every_alarm_notifies_the_topic_and_is_named_for_its_stack():
    for name, alarm in ALARMS.items():
        props = alarm["Properties"]
        assert props["AlarmActions"] == [TOPIC] and props["OKActions"] == [TOPIC], name
        assert sub_text(props["AlarmName"]).startswith("presslake-${Stage}-"), name
        assert props["AlarmDescription"], name
    names = [sub_text(a["Properties"]["AlarmName"]) for a in ALARMS.values()]
    assert len(names) == len(set(names))


def test_only_cloudwatch_may_publish_to_the_alert_topic_and_the_email_is_optional():
    [statement] = RESOURCES["AlertTopicPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Effect"] == "Allow" and statement["Principal"] == {"Service": "cloudwatch.amazonaws.com"}
    assert statement["Action"] == "sns:Publish" and statement["Resource"] == TOPIC
    # this account's alarms of this stack only: the prefix every alarm name carries
    assert sub_text(statement["Condition"]["ArnLike"]["aws:SourceArn"]).endswith(":alarm:presslake-${Stage}-*")
    assert statement["Condition"]["StringEquals"]["aws:SourceAccount"] == {"Ref": "AWS::AccountId"}
    subscription = RESOURCES["AlertEmailSubscription"]
    assert subscription["Condition"] == "HasAlertEmail"
    assert subscription["Properties"] == {"TopicArn": TOPIC, "Protocol": "email", "Endpoint": {"Ref": "AlertEmail"}}
    assert TEMPLATE["Parameters"]["AlertEmail"]["Default"] == ""
    assert TEMPLATE["Conditions"]["HasAlertEmail"] == {"Fn::Not": [{"Fn::Equals": [{"Ref": "AlertEmail"}, ""]}]}


# ---------------------------------------------------------------- logs

def _log_group(reference) -> dict:
    name = reference["Ref"] if "Ref" in reference else reference["Fn::GetAtt"][0]
    group = RESOURCES[name]
    assert group["Type"] == "AWS::Logs::LogGroup"
    return group["Properties"]


def test_every_log_group_has_a_retention():
    groups = of_type("AWS::Logs::LogGroup")
    assert groups
    for name, group in groups.items():
        assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}, name


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_every_function_logs_json_to_its_own_group(function):
    logging = FUNCTIONS[function]["Properties"]["LoggingConfig"]
    group = _log_group(logging["LogGroup"])
    assert group["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    assert (logging.get("LogFormat") or TEMPLATE["Globals"]["Function"]["LoggingConfig"]["LogFormat"]) == "JSON"


@pytest.mark.parametrize("machine", sorted(STATE_MACHINES))
def test_every_state_machine_logs_errors_without_execution_data(machine):
    logging = STATE_MACHINES[machine]["Properties"]["Logging"]
    assert logging["Level"] == "ERROR" and logging["IncludeExecutionData"] is False
    [destination] = logging["Destinations"]
    group = _log_group(destination["CloudWatchLogsLogGroup"]["LogGroupArn"])
    assert sub_text(group["LogGroupName"]).startswith("/aws/vendedlogs/states/")  # room for the resource policy


@pytest.mark.parametrize("machine", sorted(STATE_MACHINES))
def test_log_delivery_is_the_only_grant_on_every_resource(machine):
    """Step Functions' log-delivery actions take no resource ARN; nothing else may use "*"."""
    wildcard = [s for p in STATE_MACHINES[machine]["Properties"]["Policies"] for s in p["Statement"]
                if s["Resource"] == "*"]
    assert [sorted(s["Action"]) for s in wildcard] == [sorted([
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"])]


def test_functions_gain_no_permission():
    """Alarms, the topic, the dashboard and logs need no function permission (Lambda's basic role
    writes to any of its log groups)."""
    for function in FUNCTIONS.values():
        for policy in function["Properties"]["Policies"]:
            for statement in policy["Statement"]:
                actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
                assert not any(a.split(":")[0] in ("logs", "sns", "cloudwatch") for a in actions)


# ---------------------------------------------------------------- tags

def _tags(resource_type: str, props: dict) -> dict:
    tags = props.get("Tags")
    if isinstance(tags, list):
        return {t["Key"]: t["Value"] for t in tags}
    return tags or {}


def takes_tags(resource_type: str) -> bool:
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", resource_type).schema
    return "Tags" in schema.get("properties", {})


def test_every_resource_that_takes_tags_has_project_and_stage():
    wanted = {"project": "presslake", "stage": {"Ref": "Stage"}}
    global_tags = TEMPLATE["Globals"]["Function"]["Tags"]
    checked = 0
    for name, resource in RESOURCES.items():
        if not takes_tags(resource["Type"]):
            continue
        tags = _tags(resource["Type"], resource.get("Properties", {}))
        if resource["Type"] == "AWS::Serverless::Function":
            tags = global_tags | tags
        assert tags == wanted, name
        checked += 1
    assert checked >= 20
    # what SAM generates for functions and state machines (roles, ...) gets their tags too
    assert TEMPLATE["Globals"]["Function"]["PropagateTags"] is True
    for machine in STATE_MACHINES.values():
        assert machine["Properties"]["PropagateTags"] is True


def test_samconfig_deploys_dev_and_prod_with_stack_tags():
    """`sam deploy --config-env prod` just works: each environment names its stack and Stage, and tags
    the stack (CloudFormation passes stack tags to every resource, generated ones included)."""
    config = tomllib.loads((ROOT / "samconfig.toml").read_text())
    assert config["version"] == 0.1
    for env in ("dev", "prod"):
        deploy = config[env]["deploy"]["parameters"]
        overrides = dict(item.split("=", 1) for item in deploy["parameter_overrides"].split())
        assert overrides["Stage"] == env and set(overrides) <= set(TEMPLATE["Parameters"])
        tags = dict(item.split("=", 1) for item in deploy["tags"].split())
        assert tags == {"project": "presslake", "stage": env}
        assert deploy["stack_name"] == f"presslake-{env}"
        assert "CAPABILITY_IAM" in deploy["capabilities"] and deploy["resolve_s3"] is True
        assert config[env]["global"]["parameters"]["stack_name"] == deploy["stack_name"]
    assert config["prod"]["deploy"]["parameters"]["confirm_changeset"] is True


# ---------------------------------------------------------------- storage lifecycle

def _rules() -> dict:
    rules = {}
    for rule in RESOURCES["Bucket"]["Properties"]["LifecycleConfiguration"]["Rules"]:
        if "Fn::If" in rule:
            condition, rule, otherwise = rule["Fn::If"]
            assert otherwise == {"Ref": "AWS::NoValue"}
            rule = rule | {"Condition": condition}
        rules[rule["Id"]] = rule
    return rules


def test_raw_moves_to_a_cheaper_class_only_when_asked():
    rule = _rules()["raw-to-cheaper-storage"]
    assert rule["Prefix"] == "raw/" and rule["Condition"] == "TransitionRaw"
    assert rule["Transitions"] == [{"StorageClass": {"Ref": "RawStorageClass"},
                                    "TransitionInDays": {"Ref": "RawTransitionDays"}}]
    assert TEMPLATE["Parameters"]["RawTransitionDays"]["Default"] == 0  # the default keeps raw/ in place
    assert TEMPLATE["Conditions"]["TransitionRaw"] == {"Fn::Not": [{"Fn::Equals": [{"Ref": "RawTransitionDays"}, "0"]}]}


def test_quarantine_manifests_and_old_versions_expire():
    rules = _rules()
    assert rules["expire-quarantine-manifests"]["Prefix"] == "quarantine/"
    assert rules["expire-quarantine-manifests"]["ExpirationInDays"] == {"Ref": "QuarantineRetentionDays"}
    versions = rules["expire-old-versions"]
    assert "Prefix" not in versions  # raw/ included
    assert versions["NoncurrentVersionExpiration"] == {"NoncurrentDays": {"Ref": "NoncurrentVersionDays"}}


def test_the_stack_deletes_cleanly_once_the_bucket_is_empty():
    """Everything but the bucket's objects goes with `sam delete` (the README's teardown empties it)."""
    assert RESOURCES["AthenaWorkGroup"]["Properties"]["RecursiveDeleteOption"] is True
    for name, resource in RESOURCES.items():
        assert resource.get("DeletionPolicy", "Delete") == "Delete", name


# ---------------------------------------------------------------- the dashboard

def dashboard() -> dict:
    body = sub_text(RESOURCES["Dashboard"]["Properties"]["DashboardBody"])
    references = set(re.findall(r"\$\{([\w:.]+)\}", body))
    for reference in references:  # each ${...} is a pseudo parameter or a resource (attribute)
        assert reference.startswith("AWS::") or reference.split(".")[0] in RESOURCES, reference
    return json.loads(re.sub(r"\$\{([\w:.]+)\}", r"<\1>", body))


def _metric_rows(widget) -> list[list]:
    return [row for row in widget["properties"].get("metrics", []) if isinstance(row[0], str)]


def test_the_dashboard_shows_every_function_queue_merge_and_alarm():
    widgets = dashboard()["widgets"]
    rows = [row for w in widgets for row in _metric_rows(w)]
    for function in FUNCTIONS:
        assert ["AWS/Lambda", "Errors", "FunctionName", f"<{function}>"] in [r[:4] for r in rows]
    queues = {r[3] for r in rows if r[:2] == ["AWS/SQS", "ApproximateNumberOfMessagesVisible"]}
    assert queues == {f"<{q}.QueueName>" for q in of_type("AWS::SQS::Queue")}
    merge = {r[1] for r in rows if r[0] == "AWS/States" and r[3] == "<MergeStateMachine>"}
    assert {"ExecutionTime", "ExecutionsSucceeded", "ExecutionsFailed", "ExecutionsTimedOut"} <= merge
    [alarm_widget] = [w for w in widgets if w["type"] == "alarm"]
    assert sorted(alarm_widget["properties"]["alarms"]) == sorted(f"<{name}.Arn>" for name in ALARMS)
    for widget in widgets:
        if widget["type"] == "metric":
            assert widget["properties"]["region"] == "<AWS::Region>"


# ---------------------------------------------------------------- the custom metrics, as the handlers emit them

def emitted(capsys) -> set[tuple]:
    """(namespace, metric, dimensions) of every EMF metric printed since the last call."""
    found = set()
    for line in capsys.readouterr().out.splitlines():
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        for directive in record.get("_aws", {}).get("CloudWatchMetrics", []):
            for dimensions in directive["Dimensions"]:
                dims = tuple((d, record[d]) for d in dimensions)
                found |= {(directive["Namespace"], m["Name"], dims) for m in directive["Metrics"]}
    return found


@pytest.fixture
def metrics_on(monkeypatch):
    """Metrics on, from an empty set: Powertools shares one metric and dimension set between every
    Metrics instance, and a flush with metrics disabled (the rest of the suite) does not empty it, so
    metrics of earlier tests' handler calls would be printed here, under their service."""
    from aws_lambda_powertools import Metrics

    Metrics().clear_metrics()
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")


def custom_metrics_in_the_template() -> set[tuple]:
    """Every presslake metric an alarm or a dashboard graph reads by name."""
    found = {(m["Namespace"], m["MetricName"], tuple((d["Name"], d["Value"]) for d in m["Dimensions"]))
             for alarm in ALARMS.values() for m in metrics_of(alarm) if m["Namespace"] == "presslake"}
    for widget in dashboard()["widgets"]:
        for row in _metric_rows(widget):
            if row[0] == "presslake":
                found.add((row[0], row[1], ((row[2], row[3]),)))
    return found


def test_alarms_and_graphs_read_the_metrics_the_handlers_emit(s3, capsys, metrics_on):
    from presslake.handlers import figures, parse

    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/a.html", Body=page("kyivindependent-kursk-losses.html"))
    s3.put_object(Bucket=LOCAL_BUCKET, Key="raw/b.html", Body=b"")
    event = {"Records": [record for key, size in (("raw/a.html", 1), ("raw/b.html", 0))
                         for record in s3_put_event(LOCAL_BUCKET, key, size, "e")["Records"]]}
    capsys.readouterr()
    result = parse.handler(event, LambdaContext())
    figures.handler(s3_put_event(LOCAL_BUCKET, result["written"]["articles"], 1, "e"), LambdaContext())
    found = emitted(capsys)
    wanted = custom_metrics_in_the_template()
    assert {("presslake", "Quarantined", (("service", "parse"),)),
            ("presslake", "FiguresWritten", (("service", "figures"),))} <= wanted
    assert wanted <= found
    # the dashboard's search for quarantine reasons finds the per-reason metrics
    assert ("presslake", "Quarantined_empty", (("service", "parse"),)) in found


def test_the_scraper_graph_finds_the_scrape_outcomes(s3, capsys, metrics_on, monkeypatch):
    import boto3

    from presslake.handlers import scrape
    from presslake.local.stack import create_state_table

    create_state_table(boto3.client("dynamodb", region_name="us-east-1"), "seen")
    scrape.dynamodb_client.cache_clear()
    monkeypatch.setenv("PRESSLAKE_BUCKET", LOCAL_BUCKET)
    monkeypatch.setenv("PRESSLAKE_STATE_TABLE", "seen")
    s3.put_object(Bucket=LOCAL_BUCKET, Key="config/sources.json", Body=json.dumps({
        "contact": "mailto:ops@example.org", "sources": [{"name": "x", "type": "urls", "urls": ["http://10.0.0.9/"]}]}))
    capsys.readouterr()
    assert scrape.handler({"group": "default"}, LambdaContext())["report"] == {"failed:blocked_address": 1}
    scrape.dynamodb_client.cache_clear()
    [search] = [row[0]["expression"] for w in dashboard()["widgets"] for row in w["properties"].get("metrics", [])
                if isinstance(row[0], dict) and "Scrape" in row[0]["expression"]]
    assert "{presslake,service}" in search and 'service="scrape"' in search
    assert ("presslake", "Scrape_failed_blocked_address", (("service", "scrape"),)) in emitted(capsys)


@pytest.fixture
def leftover_metrics():
    """What a suite of handler calls with metrics disabled leaves in Powertools' shared set."""
    from aws_lambda_powertools.metrics import MetricUnit

    from presslake.handlers import parse
    for kind in range(150):
        parse.metrics.add_metric(name=f"Skipped_kind{kind}", unit=MetricUnit.Count, value=1)


def test_a_test_that_reads_metrics_sees_only_its_own(leftover_metrics, s3, capsys, metrics_on, monkeypatch):
    """The full suite, in some orders, printed the scrape's metric under service "parse" (failing before)."""
    test_the_scraper_graph_finds_the_scrape_outcomes(s3, capsys, metrics_on, monkeypatch)
