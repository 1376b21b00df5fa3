"""Content hashes: the version of a question is the hash of what it says.

The hash covers everything a candidate or interviewer sees and everything scoring
reads (text, kind, keys, effectiveness, anchors, probes); it leaves out author notes.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any


def content_hash(data: Any) -> str:
    """sha256 hex of the canonical JSON of ``data`` (sorted keys, UTF-8, no spaces)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
