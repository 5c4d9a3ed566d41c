"""Calls to the action server over kept connections instead of a new one per call.

Rasa 3.6's ``EndpointConfig.request`` opens a new ``aiohttp.ClientSession`` for every call: a new
connector, a new TCP connection (and TLS handshake when the action server is behind TLS), closed
again after the reply. A form turn makes one such call and a pasted note two or three, all on the
Rasa server's single event loop; profiled under 10 concurrent conversations the client side of
these calls was about a tenth of the Rasa server's CPU time.

``KeptSessionEndpoint`` is the same endpoint (same URL, headers, token, basic auth, CA file, the
same reply handling and errors as ``EndpointConfig.request``) with one client session per event
loop, kept for the life of the process, so calls reuse idle connections:

* an idle connection is closed by this side after ``KEEPALIVE_SECONDS`` (below the action
  server's own keep-alive, Sanic's default 5 s), so a call rarely meets a connection the server
  has just dropped; when it does (``ServerDisconnectedError``: closed before any reply), the call
  is sent once more on a fresh connection. The actions compute their events from the tracker they
  are sent, so a repeated call gives the same events;
* connecting is bounded by ``CONNECT_TIMEOUT_SECONDS`` and the whole call by the timeout Rasa
  passes (5 minutes), so an unreachable action server fails the turn with the usual errors
  (``service.resilience`` then tells the user);
* refused connections, timeouts and HTTP errors raise exactly what ``EndpointConfig.request``
  raises, so ``RemoteAction`` and ``service.resilience`` treat them as before.

Rasa 3.6 has no setting for the action endpoint's client, so ``install()`` (called where the
other Rasa-server adjustments are installed, ``service.stores``) makes ``RemoteAction`` use the
kept-session copy of the endpoint it is given. ``POEMS_KEPT_ACTION_CONNECTIONS=0`` turns it off.
Written for Rasa 3.6 only.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import ssl
from typing import Any, Dict, Optional, Text, Tuple

import aiohttp
from aiohttp.client_exceptions import ContentTypeError
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

from service.rasa_patch import installed_once

logger = logging.getLogger(__name__)

ENV_SWITCH = "POEMS_KEPT_ACTION_CONNECTIONS"
KEEPALIVE_SECONDS = 2.0
CONNECT_TIMEOUT_SECONDS = 10.0


class KeptSessionEndpoint(EndpointConfig):
    """An ``EndpointConfig`` whose ``request`` reuses one client session (and its idle
    connections) per event loop; see the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept: Optional[Tuple[asyncio.AbstractEventLoop, aiohttp.ClientSession]] = None
        self._ssl: Optional[ssl.SSLContext] = None

    @classmethod
    def from_endpoint(cls, endpoint: EndpointConfig) -> "KeptSessionEndpoint":
        """The same endpoint as ``endpoint`` (a plain ``EndpointConfig``) with kept connections."""
        return cls(endpoint.url, endpoint.params, endpoint.headers, endpoint.basic_auth,
                   endpoint.token, endpoint.token_name, endpoint.cafile,
                   **{**endpoint.kwargs, "type": endpoint.type})

    def copy(self) -> "KeptSessionEndpoint":
        return KeptSessionEndpoint.from_endpoint(self)

    def _ssl_context(self) -> Optional[ssl.SSLContext]:
        """The CA file's context, built once (Rasa builds it on every call)."""
        if not self.cafile:
            return None
        if self._ssl is None:
            try:
                self._ssl = ssl.create_default_context(cafile=self.cafile)
            except FileNotFoundError as e:
                raise FileNotFoundException(
                    f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist."
                ) from e
        return self._ssl

    def kept_session(self) -> aiohttp.ClientSession:
        """This event loop's session, made on first use (or again after ``close``)."""
        loop = asyncio.get_running_loop()
        if self._kept is not None:
            kept_loop, session = self._kept
            if kept_loop is loop and not session.closed:
                return session
        auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth else None)
        session = aiohttp.ClientSession(
            headers=self.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT, sock_connect=CONNECT_TIMEOUT_SECONDS),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS),
        )
        self._kept = (loop, session)
        return session

    async def close(self) -> None:
        if self._kept is not None:
            _, session = self._kept
            self._kept = None
            await session.close()

    async def request(self, method: Text = "post", subpath: Optional[Text] = None,
                      content_type: Optional[Text] = "application/json", compress: bool = False,
                      **kwargs: Any) -> Optional[Any]:
        """As ``EndpointConfig.request`` (same headers, parameters, reply and errors), on the kept
        session; sent once more when the server closed the connection before replying."""
        headers: Dict[Text, Any] = {}
        if content_type:
            headers["Content-Type"] = content_type
        if "headers" in kwargs:
            headers.update(kwargs.pop("headers"))
        if self.headers:
            headers.update(self.headers)
        url = concat_url(self.url, subpath)
        sslcontext = self._ssl_context()
        params = self.combine_parameters(kwargs)
        timeout = kwargs.pop("timeout", None)
        if isinstance(timeout, (int, float)):
            timeout = aiohttp.ClientTimeout(total=timeout, sock_connect=CONNECT_TIMEOUT_SECONDS)
        if timeout is not None:
            kwargs["timeout"] = timeout
        for attempt in (1, 2):
            try:
                async with self.kept_session().request(
                    method, url, headers=headers, params=params, compress=compress, ssl=sslcontext, **kwargs
                ) as response:
                    if response.status >= 400:
                        raise ClientResponseError(response.status, response.reason,
                                                  await response.content.read())
                    try:
                        return await response.json()
                    except ContentTypeError:
                        return None
            except aiohttp.ServerDisconnectedError:
                if attempt == 2:
                    raise
                logger.debug("action server closed a kept connection before replying: sending again")
        return None  # not reached


def kept(endpoint: Optional[EndpointConfig]) -> Optional[EndpointConfig]:
    """The kept-session copy of ``endpoint``, made once per endpoint object."""
    if endpoint is None or isinstance(endpoint, KeptSessionEndpoint) or not endpoint.url:
        return endpoint
    copy = getattr(endpoint, "_poems_kept_session", None)
    if copy is None:
        copy = KeptSessionEndpoint.from_endpoint(endpoint)
        endpoint._poems_kept_session = copy  # type: ignore[attr-defined]
    return copy


@installed_once("service.action_client", ENV_SWITCH)
def install() -> None:
    """Make ``RemoteAction`` call the action server on kept connections.
    ``install()`` returns True when active (rasa_patch.installed_once)."""
    from rasa.core.actions.action import RemoteAction

    original_init = RemoteAction.__init__

    @functools.wraps(original_init)
    def __init__(self: Any, name: Text, action_endpoint: Optional[EndpointConfig]) -> None:
        original_init(self, name, kept(action_endpoint))

    RemoteAction.__init__ = __init__  # type: ignore[assignment]
    logger.info("Action server calls on kept connections")
