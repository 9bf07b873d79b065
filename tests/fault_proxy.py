"""A fault-injecting HTTP proxy in front of the real model server.

For what the real server cannot be made to do on demand: drop a connection, answer 500 or
503, or send a malformed reply. Every request it receives is counted; a fault rule decides,
per request, whether to inject a fault or to forward the request to the real server.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
from aiohttp import web

# A fault rule gets the request's number (from 1) and its JSON body and returns the fault
# to inject ("drop", "500", "503", "malformed", "400") or None to forward the request.
FaultRule = Callable[[int, dict], str | None]


class FaultProxy:
    def __init__(self, upstream: str, rule: FaultRule):
        self.upstream = upstream
        self.rule = rule
        self.received = 0
        self.forwarded = 0
        self.faults: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self.base_url = ""

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        if not self._started.wait(30):
            raise RuntimeError("the fault proxy did not start")
        return self

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def _serve(self):
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())

    async def _main(self):
        self._stop = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=self.upstream, timeout=600) as upstream:
            self._upstream = upstream
            self._started.set()
            await self._stop.wait()
        await runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.received += 1
        number = self.received  # taken before any await: requests arrive concurrently
        body = await request.json() if request.can_read_body else {}
        fault = self.rule(number, body)
        if fault:
            self.faults.append(fault)
        if fault == "drop":
            request.transport.abort()  # the client sees the connection close mid-request
            return web.Response(status=500)
        if fault in {"500", "503", "400"}:
            return web.json_response({"error": {"message": "injected"}}, status=int(fault))
        if fault == "malformed":
            return web.Response(text='{"choices": [', content_type="application/json")
        self.forwarded += 1
        reply = await self._upstream.request(request.method, request.path, json=body or None)
        return web.Response(
            body=reply.content, status=reply.status_code, content_type="application/json"
        )
