"""Qt widgets and item models over directory/. Never imports sqlalchemy, never holds a session."""
