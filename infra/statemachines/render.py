"""Write the state machines' definitions (Amazon States Language) with the merge's SQL in them.

    python infra/statemachines/render.py          # rewrite merge.asl.json and backfill.asl.json
    python infra/statemachines/render.py --check  # exit 1 if either is out of date

The .sql files under infra/athena/lake/ are the source: the merge runs each through
Athena's `startQueryExecution.sync` integration, with no Lambda in between, and the local
merge runs the same files in DuckDB. `${...}` names are the template's
DefinitionSubstitutions. tests/test_template.py fails when a definition is out of date.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAKE_SQL = HERE.parent / "athena" / "lake"
ATHENA = "arn:aws:states:::athena:startQueryExecution.sync"
RESULTS = "arn:aws:states:::athena:getQueryResults"


def athena(name: str, next_state: str | None, parameters: str | None = None, **extra) -> dict:
    """One SQL file as one Athena query, waited for; its result is dropped unless asked for."""
    state = {"Type": "Task", "Resource": ATHENA,
             "Parameters": {"QueryString": (LAKE_SQL / f"{name}.sql").read_text(), "WorkGroup": "${WorkGroup}",
                            "QueryExecutionContext": {"Database": "${Database}"}},
             "ResultPath": None}
    if parameters:
        state["Parameters"]["ExecutionParameters.$"] = f"States.Array({parameters})"
    state.update(extra)
    if next_state:
        state["Next"] = next_state
    else:
        state["End"] = True
    return state


def merge() -> dict:
    window = "$.first_ingest_dt, $.since"
    chunk = "$.first_dt, $.last_dt"
    chunk_states = {
        "Header?": {"Type": "Choice", "Choices": [{"Variable": "$.first_dt", "StringEquals": "first_dt",
                                                   "Next": "HeaderRow"}], "Default": "MergeArticles"},
        "HeaderRow": {"Type": "Succeed"},
        "MergeArticles": athena("merge_articles", "DeleteStaleFigures", f"{window}, {chunk}"),
        "DeleteStaleFigures": athena("delete_stale_figures", "MergeFigures", f"$.since, {chunk}, $.since, {chunk}"),
        "MergeFigures": athena("merge_figures", "OptimizeArticles", f"{window}, {chunk}"),
        "OptimizeArticles": athena("optimize_articles", "OptimizeFigures", chunk),
        "OptimizeFigures": athena("optimize_figures", None, chunk),
    }
    vacuum_retry = [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 10, "MaxAttempts": 20,
                     "BackoffRate": 1.0, "Comment": "ICEBERG_VACUUM_MORE_RUNS_NEEDED: run it again"}]
    return {
        "Comment": "presslake merge: staging batch files -> the current Iceberg tables (one writer, incremental)",
        "StartAt": "OtherRuns",
        "States": {
            "OtherRuns": {
                "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:listExecutions",
                "Parameters": {"StateMachineArn.$": "$$.StateMachine.Id", "StatusFilter": "RUNNING", "MaxResults": 2},
                "ResultSelector": {"count.$": "States.ArrayLength($.Executions)"}, "ResultPath": "$.running",
                "Next": "Alone?"},
            "Alone?": {"Type": "Choice", "Choices": [{"Variable": "$.running.count", "NumericGreaterThan": 1,
                                                       "Next": "AnotherRunIsMerging"}], "Default": "CreateArticles"},
            "AnotherRunIsMerging": {"Type": "Succeed", "Comment": "one writer: the running merge covers this window"},
            "CreateArticles": athena("create_articles", "CreateFigures"),
            "CreateFigures": athena("create_figures", "ArticlesLive"),
            "ArticlesLive": athena("articles_live", "FiguresLive"),
            "FiguresLive": athena("figures_live", "Watermark"),
            "Watermark": athena("watermark", "ReadWatermark", ResultSelector={"id.$": "$.QueryExecution.QueryExecutionId"},
                                ResultPath="$.query"),
            "ReadWatermark": {
                "Type": "Task", "Resource": RESULTS, "Parameters": {"QueryExecutionId.$": "$.query.id"},
                "ResultSelector": {"first_ingest_dt.$": "$.ResultSet.Rows[1].Data[0].VarCharValue",
                                   "since.$": "$.ResultSet.Rows[1].Data[1].VarCharValue"},
                "ResultPath": "$.window", "Next": "Chunks"},
            "Chunks": athena("chunks", "ReadChunks", "$.window.first_ingest_dt, $.window.since",
                             ResultSelector={"id.$": "$.QueryExecution.QueryExecutionId"}, ResultPath="$.query"),
            "ReadChunks": {
                "Type": "Task", "Resource": RESULTS,
                "Parameters": {"QueryExecutionId.$": "$.query.id", "MaxResults": 1000},
                "ResultSelector": {"rows.$": "$.ResultSet.Rows"}, "ResultPath": "$.chunks", "Next": "MergeChunks"},
            "MergeChunks": {
                "Type": "Map", "ItemsPath": "$.chunks.rows", "MaxConcurrency": 1,
                "ItemSelector": {"first_dt.$": "$$.Map.Item.Value.Data[0].VarCharValue",
                                 "last_dt.$": "$$.Map.Item.Value.Data[1].VarCharValue",
                                 "first_ingest_dt.$": "$.window.first_ingest_dt", "since.$": "$.window.since"},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Header?", "States": chunk_states},
                "ResultPath": None, "Next": "VacuumArticles"},
            "VacuumArticles": athena("vacuum_articles", "VacuumFigures", Retry=vacuum_retry),
            "VacuumFigures": athena("vacuum_figures", None, Retry=vacuum_retry),
        },
    }


def backfill() -> dict:
    return {
        "Comment": "presslake backfill: re-parse a raw/ prefix (batches of 1,000 keys), then merge",
        "StartAt": "Defaults",
        "States": {
            "Defaults": {
                "Type": "Pass",
                "Parameters": {"input.$": "States.JsonMerge(States.StringToJson("
                                          "'{\"max_concurrency\": ${BackfillConcurrency}}'), $, false)"},
                "OutputPath": "$.input", "Next": "ParseRaw"},
            "ParseRaw": {
                "Type": "Map",
                "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
                               "Parameters": {"Bucket": "${Bucket}", "Prefix.$": "$.prefix"}},
                "ItemBatcher": {"MaxItemsPerBatch": 1000,
                                # the run's start time is every row's ingested_at: a retried batch keeps it
                                "BatchInput": {"bucket": "${Bucket}", "run.$": "$$.Execution.Name",
                                               "run_time.$": "$$.Execution.StartTime"}},
                "MaxConcurrencyPath": "$.max_concurrency",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Parse",
                    "States": {"Parse": {
                        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName": "${ParseFunctionArn}", "Payload.$": "$"},
                        "ResultSelector": {"written.$": "$.Payload.written", "counts.$": "$.Payload.counts"},
                        "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException", "Lambda.ServiceException",
                                                   "Lambda.SdkClientException", "States.TaskFailed"],
                                   "IntervalSeconds": 5, "MaxAttempts": 3, "BackoffRate": 2.0}],
                        "End": True}}},
                "ResultPath": None, "Next": "Merge"},
            "Merge": {
                "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                "Parameters": {"StateMachineArn": "${MergeStateMachineArn}", "Input": {"backfill.$": "$$.Execution.Name"}},
                "End": True},
        },
    }


DEFINITIONS = {"merge.asl.json": merge, "backfill.asl.json": backfill}


def rendered(name: str) -> str:
    return json.dumps(DEFINITIONS[name](), indent=2) + "\n"


if __name__ == "__main__":
    stale = [name for name in DEFINITIONS if (HERE / name).read_text() != rendered(name)] \
        if all((HERE / name).exists() for name in DEFINITIONS) else list(DEFINITIONS)
    if "--check" in sys.argv:
        sys.exit(1 if stale else 0)
    for name in DEFINITIONS:
        (HERE / name).write_text(rendered(name))
