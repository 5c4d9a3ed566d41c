"""The action server with this project's extra routes: ``python -m service.actions_server``.

Takes the same arguments as ``python -m rasa_sdk`` (``--actions actions --port 5055`` ...),
builds rasa_sdk's own app (``rasa_sdk.endpoint.create_app``), mounts ``POST /fhir/assessment``
(service.fhir_api), runs rasa-sdk's plugin hook as ``rasa_sdk.endpoint.run`` does, and serves on
``SANIC_HOST`` (default 127.0.0.1 here, not rasa-sdk's 0.0.0.0).
"""

from __future__ import annotations

import logging
import os

from rasa_sdk import utils
from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
from rasa_sdk.endpoint import create_app, create_argument_parser, create_ssl_context
from rasa_sdk.plugin import plugin_manager

from nlu.no_tensorflow import block_tensorflow
from nlu.preload import preload_pipelines
from service import audit_writes, fhir_api

logger = logging.getLogger(__name__)


def build_app(actions: str, cors: object = "*", auto_reload: bool = False):
    audit_writes.install()  # a call's audit records written off the event loop
    app = create_app(actions, cors_origins=cors, auto_reload=auto_reload)
    preload_pipelines()  # the form reads answers with the NLU: build it before the first one
    fhir_api.attach(app)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    return app


def main() -> None:
    block_tensorflow()  # rasa-sdk needs no TensorFlow; spaCy would import it (nlu.no_tensorflow)
    args = create_argument_parser().parse_args()
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file,
                                 args.loglevel, args.logging_config_file)
    utils.update_sanic_log_level()
    app = build_app(args.actions, args.cors, args.auto_reload)
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    logger.info("Action server (with /fhir/assessment) on %s:%s", host, args.port)
    app.run(host, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())


if __name__ == "__main__":
    main()
