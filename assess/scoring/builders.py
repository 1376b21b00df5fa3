"""Fast positional constructors for the engine's frozen result dataclasses.

The ``__init__`` that ``dataclass(frozen=True)`` generates stores every field through
``object.__setattr__``: on CPython 3.11 that is 5-7 times slower than a plain slot store,
and for the ~150 result objects of one profile it cost more than all the arithmetic.
:func:`builder` returns a *mutable twin* class with the same ``__slots__`` whose
``__init__`` fills the slots directly and then re-labels the instance as the frozen class
(``__class__`` assignment, which CPython allows between classes with identical slots).
What comes out is an ordinary instance of the frozen class: immutable, equal to and hashed
like one built by its own constructor (``tests/unit/scoring`` checks this for every type).

Builders take every field positionally, defaults included. Use them only inside the engine.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def builder(cls: type[T]) -> Callable[..., T]:
    """A fast positional constructor of the frozen, slotted dataclass ``cls``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    names = [f.name for f in dataclasses.fields(cls)]
    if tuple(names) != tuple(cls.__slots__) or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: layout does not allow a fast builder")
    body = "".join(f"    self.{name} = {name}\n" for name in names)
    source = f"def __init__(self, {', '.join(names)}):\n{body}    self.__class__ = frozen\n"
    namespace: dict[str, Any] = {"frozen": cls}
    exec(source, namespace)  # noqa: S102 - field names of our own dataclasses only
    twin = type(f"_{cls.__name__}Builder", (), {"__slots__": tuple(names),
                                                "__init__": namespace["__init__"]})
    return twin  # type: ignore[return-value]
