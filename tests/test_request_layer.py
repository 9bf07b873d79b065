"""The request layer against the real vLLM server on the real small model.

A fault-injecting proxy in front of that server stands in for what it cannot be made to
do: drop connections, answer 500/503, send malformed replies.
"""

from __future__ import annotations

import httpx
import pytest

from llm_pragmatics.client import Endpoint, Journal, Request, RequestRunner, RequestSettings
from llm_pragmatics.errors import RequestFailed
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.raw import answer_text, check_reply, raw_request, row_seed

from .fault_proxy import FaultProxy

pytestmark = pytest.mark.server

SAMPLING = {"temperature": 0.7, "top_p": 1.0, "max_tokens": 12, "seed": 7}
FAST_RETRIES = RequestSettings(
    concurrency=8, max_attempts=4, timeout_seconds=120, backoff_seconds=0.05
)


@pytest.fixture(scope="module")
def requests(studies, model):
    """Raw-stage requests for six Study 2 example rows."""
    study = studies["study2"]
    rows = read_study_input(study, study.example_input).head(6)
    return [
        raw_request(study, model, row, SAMPLING, row_seed(SAMPLING["seed"], study, row, 1))
        for row in rows.to_dict("records")
    ]


def runner(endpoint, model, tmp_path, settings=FAST_RETRIES, name="journal.sqlite"):
    return RequestRunner(
        endpoint, model, Journal(tmp_path / name), settings, label="test", validate=check_reply
    )


def texts(completed):
    return [answer_text(done.response) for done in completed]


def test_requests_complete_and_a_rerun_asks_nothing(vllm_server, model, requests, tmp_path):
    with FaultProxy(vllm_server.base_url, lambda n, body: None) as proxy:
        endpoint = Endpoint(proxy.base_url)
        first = runner(endpoint, model, tmp_path).run(requests)
        assert proxy.forwarded == len(requests)
        again = runner(endpoint, model, tmp_path).run(requests)
        assert proxy.received == len(requests)  # the rerun sent nothing
    assert all(not done.from_journal for done in first)
    assert all(done.from_journal for done in again)
    assert texts(first) == texts(again)
    assert all(text.strip() for text in texts(first))


def test_a_seeded_request_reproduces_its_text(vllm_server, model, requests, tmp_path):
    first = runner(vllm_server, model, tmp_path, name="a.sqlite").run(requests)
    second = runner(vllm_server, model, tmp_path, name="b.sqlite").run(requests)
    assert texts(first) == texts(second)
    assert len(set(texts(first))) > 1  # different trials, different seeds, different texts


@pytest.mark.parametrize("fault", ["drop", "500", "503", "malformed"])
def test_transient_faults_are_retried(vllm_server, model, requests, tmp_path, fault):
    reference = runner(vllm_server, model, tmp_path, name="direct.sqlite").run(requests)
    # The first two requests that arrive fail; their retries go through.
    with FaultProxy(vllm_server.base_url, lambda n, body: fault if n <= 2 else None) as proxy:
        completed = runner(Endpoint(proxy.base_url), model, tmp_path).run(requests)
    assert proxy.faults == [fault, fault]
    assert proxy.received == len(requests) + 2
    assert texts(completed) == texts(reference)


def test_a_request_that_keeps_failing_fails_the_batch_and_loses_nothing(
    vllm_server, model, requests, tmp_path
):
    doomed = requests[3].body["messages"][-1]["content"]

    def rule(number, body):
        return "500" if body["messages"][-1]["content"] == doomed else None

    journal_path = tmp_path / "journal.sqlite"
    with FaultProxy(vllm_server.base_url, rule) as proxy:
        with pytest.raises(RequestFailed, match="failed 4 times in a row"):
            runner(Endpoint(proxy.base_url), model, tmp_path).run(requests)
        assert proxy.faults == ["500"] * FAST_RETRIES.max_attempts
    # Every request that completed before the failure is in the journal.
    assert len(Journal(journal_path)) == len(requests) - 1


def test_a_client_error_is_not_retried(vllm_server, model, requests, tmp_path):
    with FaultProxy(vllm_server.base_url, lambda n, body: "400") as proxy:
        with pytest.raises(RequestFailed, match="HTTP 400"):
            runner(Endpoint(proxy.base_url), model, tmp_path).run(requests[:1])
        assert proxy.received == 1


def test_a_prompt_longer_than_the_model_allows_fails_clearly(vllm_server, model, tmp_path):
    too_long = Request(
        "/v1/chat/completions",
        {
            "model": model.served_name,
            "messages": [{"role": "user", "content": "word " * 5000}],
            "max_tokens": 4,
        },
    )
    with pytest.raises(RequestFailed, match="HTTP 400"):
        runner(vllm_server, model, tmp_path).run([too_long])


def test_the_api_key_never_shows(model):
    endpoint = Endpoint("http://127.0.0.1:9", api_key="sk-planted-secret")
    assert "sk-planted-secret" not in repr(endpoint)
    assert "sk-planted-secret" not in str(endpoint)


def test_replies_are_journalled_as_the_server_sent_them(vllm_server, model, tmp_path):
    """Through the openai client (vLLM's own fields in extra_body) and plain HTTP (/tokenize),
    a reply is the server's JSON, every field kept: the fields the stages read, vLLM's own
    included, as a direct request gets them."""
    served = model.served_name
    batch = [
        Request(  # a scoring node: logprobs of listed tokens, keyed "token_id:<id>"
            "/v1/completions",
            {
                "model": served,
                "prompt": [1, 2, 3, 4],
                "max_tokens": 1,
                "temperature": 0,
                "logprobs": 0,
                "logprob_token_ids": [5, 6, 7],
                "return_tokens_as_token_ids": True,
            },
        ),
        Request(
            "/v1/chat/completions",
            {
                "model": served,
                "messages": [{"role": "user", "content": "Say hello."}],
                "max_tokens": 4,
                "temperature": 0,
                "seed": 1,
                "prompt_logprobs": 0,
            },
        ),
        Request("/tokenize", {"model": served, "prompt": "Say hello.", "add_special_tokens": True}),
    ]
    journal = Journal(tmp_path / "journal.sqlite")
    completed = RequestRunner(vllm_server, model, journal, FAST_RETRIES, "test").run(batch)
    direct = [
        httpx.post(vllm_server.base_url + r.path, json=r.body, timeout=120).json() for r in batch
    ]

    def lasting(reply: dict) -> dict:  # without the reply's id and creation time
        return {key: value for key, value in reply.items() if key not in {"id", "created"}}

    for done, expected in zip(completed, direct, strict=True):
        assert lasting(done.response) == lasting(expected)
    top = completed[0].response["choices"][0]["logprobs"]["top_logprobs"][0]
    assert {"token_id:5", "token_id:6", "token_id:7"} <= set(top)  # (and the sampled token)
    assert completed[1].response["prompt_logprobs"][1]  # one entry per prompt token
    assert completed[1].response["usage"]["prompt_tokens"] > 0
    assert completed[2].response["tokens"] == direct[2]["tokens"]
    # The journal holds exactly these replies.
    again = RequestRunner(vllm_server, model, journal, FAST_RETRIES, "test").run(batch)
    assert [done.response for done in again] == [done.response for done in completed]
    assert all(done.from_journal for done in again)
