"""The Early Help pathway: its steps as an ordered list, with a diagram drawn beside it."""

from __future__ import annotations

from collections.abc import Iterator

from signpost import urls
from signpost.features.pathway.diagram import layout
from signpost.render import GeneratedPage, Renderer


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    pathway = r.content.pathway
    if pathway is None:
        return
    yield r.page("pathway.html", urls.PATHWAY, pathway.title, pathway=pathway,
                 diagram=layout(pathway.steps),
                 steps={step.id: (number, step) for number, step in enumerate(
                     pathway.steps, start=1)},
                 levels=r.content.levels, contacts=r.content.contacts, consent=r.content.consent)
