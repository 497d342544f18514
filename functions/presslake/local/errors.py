"""How a command ends when it cannot do its work: one line on stderr, no traceback."""


class UsageError(Exception):
    """A mistake at the command line: one line on stderr and exit status 2."""


class Failure(Exception):
    """The command was understood but could not do its work: one line on stderr and exit status 1."""
