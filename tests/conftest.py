"""Settings every test shares."""

import os

# Referral text is health data: Rasa's telemetry and its error reporting (which would send
# exceptions and their context off the machine) stay off in tests and in the servers they start.
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
