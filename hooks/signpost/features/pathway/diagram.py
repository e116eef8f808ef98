"""The pathway drawn at build time: boxes, lines and arrowheads for an inline SVG.

Only geometry is worked out here; templates/_pathway.html writes the SVG, so every piece of
text is escaped like the rest of a page. Steps stand in one column, each with its number,
name and time. A step leading to the one below it gets a short arrow down; a step that
repeats gets a loop on its right; any other move gets its own lane to the right of the boxes.
The list on the page carries the meaning: the drawing is hidden from screen readers.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from signpost.model import PathwayStep

MARGIN = 8
BOX_WIDTH = 250
PADDING = 10
GAP = 34  # between boxes, room for an arrow
NAME_SIZE, NAME_LINE, NAME_CHARS = 15, 19, 26  # px; about 0.6em a character, bold
TIME_SIZE, TIME_LINE, TIME_CHARS = 13, 17, 33
LOOP = 22  # how far a repeat loop reaches right of its box
LANE = 18  # distance between lanes for other moves
HEAD = 6  # arrowhead size


@dataclass(frozen=True)
class Line:
    x: float
    y: float
    text: str
    size: int
    bold: bool


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    end: bool  # the pathway can end here: drawn with round corners
    lines: tuple[Line, ...]

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Arrow:
    path: str  # an SVG path's `d`
    head: str  # an SVG polygon's `points`


@dataclass(frozen=True)
class Diagram:
    width: float
    height: float
    boxes: tuple[Box, ...]
    arrows: tuple[Arrow, ...]


def layout(steps: tuple[PathwayStep, ...] | list[PathwayStep]) -> Diagram:
    boxes = _boxes(steps)
    index = {step.id: number for number, step in enumerate(steps)}
    moves = [(i, index[target]) for i, step in enumerate(steps) for target in step.next]
    side = [(i, j) for i, j in moves if j != i + 1]  # drawn on the right of the boxes
    ports = _ports(boxes, side)
    arrows = [_down(boxes[i], boxes[j]) for i, j in moves if j == i + 1]
    lanes = 0
    for i, j in side:
        start, end = ports[(i, j, "out")], ports[(i, j, "in")]
        if i == j:
            arrows.append(_across(boxes[i].right, start, boxes[i].right + LOOP, end))
        else:
            lanes += 1
            arrows.append(_across(boxes[i].right, start, boxes[i].right + LOOP + lanes * LANE,
                                  end))
    width = MARGIN + BOX_WIDTH + LOOP + lanes * LANE + MARGIN + (HEAD if side else 0)
    height = (boxes[-1].y + boxes[-1].height + MARGIN) if boxes else 0
    return Diagram(width, height, tuple(boxes), tuple(arrows))


def _boxes(steps: tuple[PathwayStep, ...] | list[PathwayStep]) -> list[Box]:
    boxes: list[Box] = []
    top = MARGIN
    for number, step in enumerate(steps, start=1):
        name = textwrap.wrap(f"{number}. {step.name}", NAME_CHARS) or [""]
        time = textwrap.wrap(step.time, TIME_CHARS)
        lines, y = [], top + PADDING
        for text in name:
            y += NAME_LINE
            lines.append(Line(MARGIN + PADDING, y - 4, text, NAME_SIZE, True))
        for text in time:
            y += TIME_LINE
            lines.append(Line(MARGIN + PADDING, y - 4, text, TIME_SIZE, False))
        height = y - top + PADDING
        boxes.append(Box(MARGIN, top, BOX_WIDTH, height, not step.next, tuple(lines)))
        top += height + GAP
    return boxes


def _ports(boxes: list[Box], side: list[tuple[int, int]]) -> dict[tuple[int, int, str], float]:
    """Where each side line meets its boxes: spread evenly down each box's right edge."""
    uses: dict[int, list[tuple[int, int, str]]] = {}
    for i, j in side:
        uses.setdefault(i, []).append((i, j, "out"))
        uses.setdefault(j, []).append((i, j, "in"))
    ports = {}
    for number, ends in uses.items():
        box = boxes[number]
        for place, end in enumerate(ends, start=1):
            ports[end] = box.y + box.height * place / (len(ends) + 1)
    return ports


def _down(upper: Box, lower: Box) -> Arrow:
    x = upper.x + upper.width / 2
    start, end = upper.y + upper.height, lower.y
    return Arrow(f"M{x:g} {start:g} V{end - HEAD:g}",
                 f"{x - HEAD:g},{end - HEAD:g} {x + HEAD:g},{end - HEAD:g} {x:g},{end:g}")


def _across(edge: float, start: float, lane: float, end: float) -> Arrow:
    """Out of a box's right edge at `start`, along a lane, back in at `end`."""
    return Arrow(f"M{edge:g} {start:g} H{lane:g} V{end:g} H{edge + HEAD:g}",
                 f"{edge + HEAD:g},{end - HEAD:g} {edge + HEAD:g},{end + HEAD:g} {edge:g},{end:g}")
