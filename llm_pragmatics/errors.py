"""Errors a user can act on. Scripts print their message, without a traceback, and exit 1."""


class WorkflowError(Exception):
    """Base of the errors whose message alone tells the user what went wrong."""


class InputError(WorkflowError):
    """An input file does not meet its study's schema."""


class ModelError(WorkflowError):
    """A model cannot be prepared, served or reached."""


class RequestFailed(WorkflowError):
    """A model request failed for good (a client error, or retries exhausted)."""


class OutputError(WorkflowError):
    """A stage's output does not meet its schema; nothing was written."""


class ServerGone(ModelError):
    """The model server went away while a stage's requests were in flight."""
