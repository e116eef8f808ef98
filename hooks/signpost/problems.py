"""Problems found in content, reported as `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Where:
    """A place in a content file: its path relative to the site folder and a 1-based line."""

    path: str
    line: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Problem:
    where: Where
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.where}: {self.severity.value}: {self.message}"


@dataclass
class Problems:
    """Collects every problem of a run so that all of them are reported at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, where: Where, message: str) -> None:
        self.items.append(Problem(where, message, Severity.ERROR))

    def warning(self, where: Where, message: str) -> None:
        self.items.append(Problem(where, message, Severity.WARNING))

    @property
    def errors(self) -> list[Problem]:
        return sorted((p for p in self.items if p.severity is Severity.ERROR), key=_order)

    @property
    def warnings(self) -> list[Problem]:
        return sorted((p for p in self.items if p.severity is Severity.WARNING), key=_order)

    def report(self) -> str:
        """Errors first, then warnings, then a one-line count."""
        lines = [str(p) for p in self.errors + self.warnings]
        lines.append(summary(len(self.errors), len(self.warnings)))
        return "\n".join(lines)


def _order(problem: Problem) -> tuple[str, int]:
    return (problem.where.path, problem.where.line)


def summary(errors: int, warnings: int) -> str:
    def count(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    return f"{count(errors, 'error')}, {count(warnings, 'warning')}"
