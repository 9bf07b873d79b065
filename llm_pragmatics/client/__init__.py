"""The one request layer: every call to a model goes through `RequestRunner`.

Its pieces, each in its own module:

- request: `Request` (path and JSON body), `Completed` (the reply and its timing),
  `RequestSettings` (the config's `requests:` block), `Batching` (several requests sent
  as one, journalled one by one);
- endpoint: where requests go (`Endpoint`, `resolve_endpoint`, `wait_for_server`);
- transport: how a request reaches the server (the `openai` client for OpenAI-style paths,
  plain HTTP for vLLM's own), and whether the server is still there;
- retry: which failures are tried again, how often, after how long;
- journal: completed requests, committed as they complete (`Journal`, `request_key`,
  `journal_path`);
- progress: the stage log's progress lines;
- runner: `RequestRunner`, which puts them together.
"""

from .endpoint import Endpoint, read_endpoint_file, resolve_endpoint, wait_for_server
from .journal import Journal, journal_path, request_key
from .request import Batching, Completed, Request, RequestSettings
from .runner import RequestRunner

__all__ = [
    "Batching",
    "Completed",
    "Endpoint",
    "Journal",
    "Request",
    "RequestRunner",
    "RequestSettings",
    "journal_path",
    "read_endpoint_file",
    "request_key",
    "resolve_endpoint",
    "wait_for_server",
]
