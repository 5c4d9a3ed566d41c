"""service.action_client: action-server calls reuse kept connections, answer and fail exactly as
Rasa 3.6's ``EndpointConfig.request``, and survive a kept connection the server has dropped."""

import asyncio
import json
from typing import List

import aiohttp
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from service import action_client
from service.action_client import KeptSessionEndpoint


class FakeActionServer:
    """A tiny HTTP/1.1 server that records each connection and request. ``drop_after`` > 0:
    a connection that served that many requests is closed, unanswered, on its next one."""

    def __init__(self, drop_after: int = 0) -> None:
        self.drop_after = drop_after
        self.connections = 0
        self.requests: List[dict] = []
        self.server = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/webhook"

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        served = 0
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode().split("\r\n")
                headers = {k.lower(): v.strip() for k, v in (x.split(":", 1) for x in lines[1:] if ":" in x)}
                body = await reader.readexactly(int(headers.get("content-length", 0)))
                if self.drop_after and served == self.drop_after:
                    writer.close()
                    return
                served += 1
                self.requests.append({"line": lines[0], "headers": headers, "body": body})
                payload = json.loads(body or b"{}")
                status = payload.get("status", 200)
                reply = json.dumps({"events": [], "responses": [], "echo": payload}).encode()
                content_type = payload.get("content_type", "application/json")
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n"
                             f"Content-Length: {len(reply)}\r\nConnection: keep-alive\r\n\r\n".encode() + reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()


def run(coroutine):
    return asyncio.run(coroutine)


def test_calls_reuse_one_connection_and_return_the_json_reply():
    async def scenario():
        server = FakeActionServer()
        endpoint = KeptSessionEndpoint(await server.start(), headers={"X-Extra": "1"}, token="t0k")
        try:
            replies = [await endpoint.request(json={"n": i}, method="post", timeout=30) for i in range(3)]
        finally:
            await endpoint.close()
            await server.stop()
        return server, replies

    server, replies = run(scenario())
    assert [r["echo"]["n"] for r in replies] == [0, 1, 2]
    assert server.connections == 1
    assert all(r["headers"]["content-type"] == "application/json" for r in server.requests)
    assert all(r["headers"]["x-extra"] == "1" for r in server.requests)
    assert all("token=t0k" in r["line"] for r in server.requests)


def test_a_connection_dropped_by_the_server_is_replaced_and_the_call_sent_again():
    async def scenario():
        server = FakeActionServer(drop_after=1)
        endpoint = KeptSessionEndpoint(await server.start())
        try:
            first = await endpoint.request(json={"n": 1}, timeout=30)
            second = await endpoint.request(json={"n": 2}, timeout=30)
        finally:
            await endpoint.close()
            await server.stop()
        return server, first, second

    server, first, second = run(scenario())
    assert (first["echo"]["n"], second["echo"]["n"]) == (1, 2)
    assert server.connections == 2
    assert [json.loads(r["body"])["n"] for r in server.requests] == [1, 2]


def test_http_errors_and_non_json_replies_as_rasa_reports_them():
    async def scenario():
        server = FakeActionServer()
        endpoint = KeptSessionEndpoint(await server.start())
        try:
            with pytest.raises(ClientResponseError) as info:
                await endpoint.request(json={"status": 400}, timeout=30)
            text = await endpoint.request(json={"content_type": "text/plain"}, timeout=30)
            after = await endpoint.request(json={"n": 3}, timeout=30)
        finally:
            await endpoint.close()
            await server.stop()
        return info.value, text, after

    error, text, after = run(scenario())
    assert error.status == 400 and b'"status": 400' in error.text
    assert text is None
    assert after["echo"]["n"] == 3


def test_an_unreachable_server_raises_a_connection_error():
    async def scenario():
        server = FakeActionServer()
        url = await server.start()
        await server.stop()
        endpoint = KeptSessionEndpoint(url)
        try:
            await endpoint.request(json={}, timeout=30)
        finally:
            await endpoint.close()

    with pytest.raises(aiohttp.ClientConnectionError):
        run(scenario())


def test_a_new_event_loop_gets_its_own_session():
    endpoint = KeptSessionEndpoint("http://127.0.0.1:9/webhook")

    async def session_of_this_loop():
        session = endpoint.kept_session()
        assert endpoint.kept_session() is session
        return id(session), session

    first_id, first = run(session_of_this_loop())
    run(first.close())  # closed from a loop of its own (only the test needs this)
    second_id, second = run(session_of_this_loop())
    assert second is not first
    run(second.close())


def test_installed_remote_actions_share_one_kept_copy_of_the_endpoint():
    assert action_client.install()
    plain = EndpointConfig("http://127.0.0.1:5055/webhook", token="x", enable_selective_domain=False)
    one = RemoteAction("action_triage", plain)
    two = RemoteAction("validate_interview_form", plain)
    assert isinstance(one.action_endpoint, KeptSessionEndpoint)
    assert one.action_endpoint is two.action_endpoint
    assert one.action_endpoint.url == plain.url and one.action_endpoint.token == "x"
    assert one.action_endpoint.kwargs == plain.kwargs
    assert RemoteAction("action_x", None).action_endpoint is None
