"""Pure converters from file bytes to text, one module per format.

Every converter takes ``bytes`` and returns a :class:`Extracted` or raises
:class:`FormatProblem`; none touches the file system, so the reading layer
(``loaders.reading``) owns all I/O and attaches the file name to problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class FormatProblem(Exception):
    """Content that cannot be converted: the ``problem`` and what to do (``hint``).

    The reading layer turns it into a ``ReadError`` carrying the path.
    """

    def __init__(self, problem: str, hint: str = "") -> None:
        self.problem = problem
        self.hint = hint
        super().__init__(problem + (f" ({hint})" if hint else ""))


@dataclass
class Extracted:
    """Text converted from one file, plus what the format told us about it."""

    text: str
    encoding: str | None = None
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


__all__ = ["Extracted", "FormatProblem"]
