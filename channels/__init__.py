"""Protected input channels (REST, socket.io) for the Rasa server; see channels/guard.py."""
