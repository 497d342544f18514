"""The README's runbook ("Deploy and operate") names only what exists: stack outputs, resources,
parameters, alarms, named queries and samconfig environments of this repository, and AWS CLI
operations and options that botocore knows."""

import re
import tomllib

import botocore.session
import pytest
from conftest import ROOT
from test_template import RESOURCES, TEMPLATE, sub_text

README = (ROOT / "README.md").read_text()
RUNBOOK = README[README.index("## Deploy and operate"):README.index("### What is bundled")]
# the code blocks, and the commands quoted inline (the alarm table's)
CODE = "\n".join(re.findall(r"```(?:bash|sql)\n(.*?)```", RUNBOOK, re.S)
                 + re.findall(r"`((?:aws|sam|presslake) [^`]+)`", RUNBOOK)).replace("\\\n", " ")

# high-level AWS CLI commands (customizations, not API operations) and the options the runbook uses
CUSTOM_COMMANDS = {("s3", "cp"): {"--metadata", "--recursive"}, ("s3", "rm"): {"--recursive"},
                   ("logs", "tail"): {"--since", "--follow", "--filter-pattern"}}
GLOBAL_OPTIONS = {"--query", "--output", "--region", "--no-paginate", "--cli-binary-format"}
SERVICES = {"s3api": "s3"}


def aws_commands() -> list[tuple[str, str, set[str]]]:
    """(service, operation, --options) of every `aws` command in the runbook's code blocks."""
    commands = []
    for line in CODE.splitlines():
        for match in re.finditer(r"\baws ([a-z0-9]+) ([a-z0-9-]+)(.*?)(?=\baws [a-z0-9]+ [a-z0-9-]+|\||&&|;|$)", line):
            service, operation, rest = match.groups()
            commands.append((service, operation, set(re.findall(r"(?<![\w-])--[a-z0-9-]+", rest))))
    return commands


def test_the_runbook_has_commands_for_every_step():
    operations = {(s, o) for s, o, _ in aws_commands()}
    for wanted in [("sns", "list-subscriptions-by-topic"), ("s3", "cp"), ("stepfunctions", "start-execution"),
                   ("athena", "start-query-execution"), ("sqs", "start-message-move-task"),
                   ("s3api", "delete-objects"), ("cloudformation", "describe-stacks")]:
        assert wanted in operations
    for step in ("sam validate --lint", "sam build", "sam deploy", "sam delete"):
        assert step in CODE


@pytest.mark.parametrize("service, operation, options", aws_commands(),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_every_aws_command_is_an_operation_with_those_options(service, operation, options):
    if (service, operation) in CUSTOM_COMMANDS:
        assert options <= CUSTOM_COMMANDS[service, operation] | GLOBAL_OPTIONS
        return
    model = botocore.session.get_session().get_service_model(SERVICES.get(service, service))
    names = {name.lower(): name for name in model.operation_names}
    name = names.get(operation.replace("-", ""))
    assert name, f"aws {service} {operation}"
    members = {m.lower() for m in model.operation_model(name).input_shape.members}
    for option in options - GLOBAL_OPTIONS:
        assert option[2:].replace("-", "") in members, f"aws {service} {operation} {option}"


def test_names_and_arns_come_from_outputs_that_exist():
    helper = re.search(r"out\(\) \{ (.*?) \}", CODE).group(1)
    assert "aws cloudformation describe-stacks --stack-name \"$STACK\"" in helper
    assert "Outputs[?OutputKey=='$1'].OutputValue" in helper
    used = set(re.findall(r"\$\(out (\w+)\)", CODE))
    assert used and used <= set(TEMPLATE["Outputs"]), used - set(TEMPLATE["Outputs"])
    assert "presslake-ACCOUNT" not in RUNBOOK  # no hand-built bucket names


# values AWS shows, not names of this stack
AWS_VALUES = {"PendingConfirmation", "FunctionError"}


def test_every_name_in_backquotes_is_a_parameter_resource_output_or_table():
    known = set(TEMPLATE["Parameters"]) | set(RESOURCES) | set(TEMPLATE["Outputs"]) | AWS_VALUES
    for name in re.findall(r"`([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)`", RUNBOOK):
        assert name in known, name
    named_queries = {r["Properties"]["Name"] for r in RESOURCES.values() if r["Type"] == "AWS::Athena::NamedQuery"}
    for query in re.findall(r"--named (\w+)|infra/athena/(\w+)\.sql", RUNBOOK):
        assert (query[0] or query[1]) in named_queries
    tables = {r["Properties"]["TableInput"]["Name"] for r in RESOURCES.values() if r["Type"] == "AWS::Glue::Table"}
    assert set(re.findall(r"FROM (\w+)", CODE)) <= tables


def test_config_envs_stacks_and_inputs_exist():
    config = tomllib.loads((ROOT / "samconfig.toml").read_text())
    assert set(re.findall(r"--config-env (\w+)", RUNBOOK)) <= set(config)
    stacks = {env["deploy"]["parameters"]["stack_name"] for env in config.values() if isinstance(env, dict)}
    assert set(re.findall(r"STACK=(\S+)", CODE)) <= stacks
    backfill = (ROOT / "infra" / "statemachines" / "backfill.asl.json").read_text()
    for key in re.findall(r'"(\w+)":', re.search(r"BackfillStateMachineArn.*?--input '(.*?)'", CODE).group(1)):
        assert f"$.{key}" in backfill


def test_the_alarm_table_covers_every_alarm():
    suffixes = {sub_text(r["Properties"]["AlarmName"]).removeprefix("presslake-${Stage}-")
                for r in RESOURCES.values() if r["Type"] == "AWS::CloudWatch::Alarm"}
    table = RUNBOOK[RUNBOOK.index("| alarm | means | do |"):].split("\n\n", 1)[0]
    listed = set()
    for cell in re.findall(r"^\| (.*?) \|", table, re.M)[1:]:  # past the header
        for name in re.findall(r"`([\w*-]+)`", cell):
            matched = {s for s in suffixes if re.fullmatch(name.replace("*", ".*"), s)}
            assert matched, name
            listed |= matched
    assert listed == suffixes


def test_log_groups_named_in_the_runbook_are_the_templates():
    groups = {sub_text(r["Properties"]["LogGroupName"]) for r in RESOURCES.values() if r["Type"] == "AWS::Logs::LogGroup"}
    for pattern in re.findall(r"`(/aws/[\w/<>-]+)`", RUNBOOK):
        regex = re.sub(r"<\w+>", "[a-z]+", pattern.replace("<stage>", "${Stage}").replace("$", r"\$")
                       .replace("{", r"\{").replace("}", r"\}"))
        assert any(re.fullmatch(regex, group) for group in groups), pattern
