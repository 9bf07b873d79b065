"""How a request reaches the server, and how the client asks whether the server is still there.

OpenAI-style paths go through the `openai` client with its own retries off, so that the retry
policy and the journal stay the one place that decides. The body's fields that the client's
`create` names are passed as its arguments; the others (vLLM's own: `logprob_token_ids`,
`return_tokens_as_token_ids`, `prompt_logprobs`, `add_generation_prompt`, ...) go through
`extra_body`. The reply is the server's JSON as a plain dict: the parsed reply dumped with
exactly the fields the server sent (`exclude_unset`), vLLM's extra fields included, which is
what the journal stores. vLLM's own endpoints that the client does not cover (/tokenize) are
plain HTTP, on the same connection pool.
"""

from __future__ import annotations

import inspect
from typing import Protocol

import httpx
import openai
import pydantic

from .endpoint import Endpoint, read_endpoint_file
from .request import Request, RequestSettings

# The openai client insists on a key; a vLLM server started without --api-key ignores it.
NO_KEY = "unused"
# Seconds a health check may take. A busy server answers /health at once (the API process
# does not queue it behind generation), so a slower answer is not taken as an answer.
HEALTH_TIMEOUT_SECONDS = 5


class TransportFailure(Exception):
    """An attempt that got no usable reply. `status` is the HTTP status, or None when there
    was no HTTP answer (connection error, timeout) or the reply was not readable."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Transport(Protocol):
    """What the runner needs from a transport (tests give it fakes)."""

    async def send(self, request: Request) -> dict:
        """The server's reply to `request`; raises TransportFailure."""

    async def server_gone(self) -> str | None:
        """Why the server is known to have gone, or None (it answers, or cannot be told)."""

    async def aclose(self) -> None: ...


class OpenAITransport:
    def __init__(self, endpoint: Endpoint, settings: RequestSettings):
        self.endpoint = endpoint
        headers = {"Authorization": f"Bearer {endpoint.api_key}"} if endpoint.api_key else {}
        window = settings.concurrency
        self._http = httpx.AsyncClient(
            base_url=endpoint.base_url,
            headers=headers,
            limits=httpx.Limits(max_connections=window, max_keepalive_connections=window),
            timeout=settings.timeout_seconds,
        )
        client = openai.AsyncOpenAI(
            base_url=endpoint.base_url + "/v1",
            api_key=endpoint.api_key or NO_KEY,
            max_retries=0,
            timeout=settings.timeout_seconds,
            http_client=self._http,
        )
        # path -> the client's method, and the body fields it takes as arguments
        self._create = {
            path: (create, _arguments_of(create))
            for path, create in [
                ("/v1/chat/completions", client.chat.completions.create),
                ("/v1/completions", client.completions.create),
            ]
        }

    async def send(self, request: Request) -> dict:
        try:
            if request.path not in self._create:
                return await self._post(request)
            create, named = self._create[request.path]
            arguments = {key: value for key, value in request.body.items() if key in named}
            extra = {key: value for key, value in request.body.items() if key not in named}
            reply = await create(**arguments, extra_body=extra or None)
        except openai.APIStatusError as error:
            text = error.response.text[:500]
            raise TransportFailure(f"HTTP {error.status_code}: {text}", error.status_code) from None
        except openai.APIConnectionError as error:  # timeouts included
            raise TransportFailure(_describe(error.__cause__ or error)) from None
        except httpx.TransportError as error:
            raise TransportFailure(_describe(error)) from None
        except ValueError as error:  # a body that is not JSON
            raise TransportFailure(f"malformed reply: {error}") from None
        if not isinstance(reply, pydantic.BaseModel):  # the client's answer to a non-JSON reply
            raise TransportFailure(f"malformed reply: not JSON: {str(reply)[:200]!r}")
        return reply.model_dump(mode="json", exclude_unset=True)

    async def _post(self, request: Request) -> dict:
        response = await self._http.post(request.path, json=request.body)
        if response.status_code >= 400:
            raise TransportFailure(
                f"HTTP {response.status_code}: {response.text[:500]}", response.status_code
            )
        return response.json()

    async def server_gone(self) -> str | None:
        """For a server this workflow started: its endpoint file first (the launcher marks it
        as it stops), then /health (503: vLLM's engine is dead; refused: nothing listens)."""
        status_file = self.endpoint.status_file
        if status_file is None:
            return None
        info = read_endpoint_file(status_file) or {}
        where = f"; its log: {info['log']}" if info.get("log") else ""
        status = info.get("status")
        if status is None:
            return f"its endpoint file {status_file} is gone"
        if status != "ready" or info.get("base_url") != self.endpoint.base_url:
            reason = f": {info['reason']}" if info.get("reason") else ""
            return f"its launcher marked it {status}{reason}{where}"
        # A connection of its own: the pool's may all be waiting on the server.
        try:
            async with httpx.AsyncClient(timeout=HEALTH_TIMEOUT_SECONDS) as probe:
                response = await probe.get(self.endpoint.base_url + "/health")
        except httpx.ConnectError:
            return f"nothing answers at {self.endpoint.base_url}{where}"
        except httpx.HTTPError:
            return None  # slow, not evidence
        if response.status_code == 503:
            return f"its engine is dead (/health answers 503){where}"
        return None

    async def aclose(self) -> None:
        await self._http.aclose()


def _arguments_of(create) -> frozenset[str]:
    """The body fields a `create` method takes as arguments (the rest go in extra_body)."""
    options = {"extra_headers", "extra_query", "extra_body", "timeout"}
    return frozenset(inspect.signature(create).parameters) - options


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
