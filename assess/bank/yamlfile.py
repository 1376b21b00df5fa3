"""Safe reading of one YAML file of the bank.

Only plain YAML is accepted: mappings, sequences, strings, numbers, booleans and null.
Any explicit tag (``!!python/object``, ``!custom``...) is an error, as are duplicate
keys (YAML would silently keep the last one) and files over :data:`MAX_FILE_BYTES`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import BankError

#: libyaml's safe loader when PyYAML was built with it (about 10x faster), else the pure one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Largest bank file accepted, in bytes (1 MiB).
MAX_FILE_BYTES = 1024 * 1024

_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
)


def read_yaml(path: Path, rel: str) -> tuple[Any, list[BankError]]:
    """Parse ``path``; return (data, errors). Data is None when there are errors."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [BankError(rel, "-", "-", f"file is {size} bytes, the limit is {MAX_FILE_BYTES} (1 MiB)")]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [BankError(rel, "-", "-", f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        errors = _check_nodes(root, rel)
        if errors:
            return None, errors
        if root is None:
            return None, [BankError(rel, "-", "-", "file is empty")]
        # Build the data from the node tree already checked: one parse per file.
        return loader.construct_document(root), []
    except yaml.YAMLError as exc:
        return None, [BankError(rel, "-", "-", f"not valid YAML: {_yaml_problem(exc)}")]
    finally:
        loader.dispose()


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"{problem} (line {mark.line + 1})" if mark else problem


def _check_nodes(root: yaml.Node | None, rel: str) -> list[BankError]:
    errors: list[BankError] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        line = node.start_mark.line + 1
        if node.tag not in _PLAIN_TAGS:
            errors.append(BankError(rel, "-", f"line {line}", f"YAML tag {node.tag!r} is not allowed"))
            continue
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        errors.append(BankError(rel, "-", f"line {key.start_mark.line + 1}",
                                                f"duplicate key {key.value!r}"))
                    seen.add(key.value)
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return errors
