"""A base for components whose rules are a JSON rule file saved with the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.nlp.rules_io import check_data, dumps


class DataComponent:
    """Hold one checked rule file as ``self.data``; save it in and load it from the model folder."""

    schema = ""

    def __init__(self, name: str) -> None:
        self.name = name
        self.data: dict = {}

    def set_data(self, data: dict) -> None:
        """Check ``data`` against the schema, keep it and prepare the component to use it."""
        self.data = check_data(data, self.schema, f"{self.name} ({self.schema})")
        self.prepare()

    def prepare(self) -> None:
        """Derive lookup structures from ``self.data`` (override)."""

    def _file(self, path: Path) -> Path:
        return Path(path) / f"{self.schema}.json"

    def to_disk(self, path, exclude=tuple()) -> None:
        """Write the rule data into ``path`` as stable JSON."""
        Path(path).mkdir(parents=True, exist_ok=True)
        self._file(path).write_text(dumps(self.data), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        """Read the rule data saved by ``to_disk``; reject unknown keys."""
        self.set_data(json.loads(self._file(path).read_text(encoding="utf-8")))
        return self

    def to_bytes(self, exclude=tuple()) -> bytes:
        """Return the rule data as bytes."""
        return dumps(self.data).encode("utf-8")

    def from_bytes(self, data: bytes, exclude=tuple()):
        """Load rule data written by ``to_bytes``."""
        self.set_data(json.loads(data.decode("utf-8")))
        return self
