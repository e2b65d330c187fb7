"""Errors a user may see. Each carries a one-line message that names the file or value at fault."""

from __future__ import annotations

from pathlib import Path


class KeweiError(Exception):
    """Base class: the CLI prints ``str(err)`` on one line and exits non-zero, never a traceback."""


class DocumentError(KeweiError):
    """A seed document that cannot be read or parsed."""

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class ParameterError(KeweiError):
    """A notebook or command parameter that is not valid; the message lists the valid values."""


class SchemaError(KeweiError):
    """A table that does not match its declared schema."""
