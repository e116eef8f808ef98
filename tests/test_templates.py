"""Templates receive the values they use, not the whole model.

The Jinja globals hold helpers (urls, words, filters, ...), never the model or the date: each
page's pages.py passes what its template uses, and a macro takes what it uses as parameters.
StrictUndefined makes a name that is not passed fail the render; these tests also catch one
that only a branch the sample does not reach would use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2 import meta

from helpers import REPO, TODAY, check
from signpost import render, urls
from signpost.model import Content
from signpost.site import render_site

PAGE_VALUES = {"link", "asset", "title"}  # what Renderer.page gives every page


def renderer(content: Content) -> render.Renderer:
    return render.Renderer(content, TODAY, urls.Urls(True))


def used(env: jinja2.Environment, name: str) -> set[str]:
    """The names a template reads that it does not set itself (a name set or imported inside
    an `if` counts as set: jinja2.meta cannot tell it is set before it is read)."""
    assert env.loader is not None
    tree = env.parse(env.loader.get_source(env, name)[0])
    assigned = {target.name for node in tree.find_all(jinja2.nodes.Assign)
                for target in (node.target, *node.target.find_all(jinja2.nodes.Name))
                if isinstance(target, jinja2.nodes.Name)}
    assigned |= {name if isinstance(name, str) else name[-1]
                 for node in tree.find_all(jinja2.nodes.FromImport) for name in node.names}
    return set(meta.find_undeclared_variables(tree)) - assigned


def template_names(env: jinja2.Environment) -> list[str]:
    assert env.loader is not None
    return sorted(env.loader.list_templates())


def test_the_model_and_the_date_are_not_globals(content: Content) -> None:
    env = renderer(content).env
    assert "content" not in env.globals
    assert "today" not in env.globals


def test_a_name_that_is_not_passed_fails_the_render(content: Content) -> None:
    env = renderer(content).env
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ content.site.name }}").render()


def test_macros_use_only_their_parameters_and_the_globals(content: Content) -> None:
    """A macro file (a name starting with _) sees only the globals and its parameters."""
    env = renderer(content).env
    for name in template_names(env):
        if Path(name).name.startswith("_"):
            assert used(env, name) <= set(env.globals), (name, used(env, name) - set(env.globals))


def test_each_page_is_passed_what_its_template_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every template rendered for the sample is given every name it reads (in any branch),
    and nothing it does not read."""
    calls: list[tuple[str, set[str]]] = []
    page, fragment = render.Renderer.page, render.Renderer.fragment

    def spy_page(self: render.Renderer, template: str, src: str, title: str,
                 **values: Any) -> render.GeneratedPage:
        calls.append((template, {key for key in values if key not in ("in_nav", "searchable")}
                      | PAGE_VALUES))
        return page(self, template, src, title, **values)

    def spy_fragment(self: render.Renderer, template: str, **values: Any) -> str:
        calls.append((template, set(values)))
        return fragment(self, template, **values)

    monkeypatch.setattr(render.Renderer, "page", spy_page)
    monkeypatch.setattr(render.Renderer, "fragment", spy_fragment)
    loaded = check(REPO)
    assert loaded.ok, loaded.problems.report()
    made = render_site(loaded.content, TODAY)
    assert made.pages
    env = renderer(loaded.content).env
    seen = set()
    for template, given in calls:
        if template in seen:
            continue
        seen.add(template)
        reads = used(env, template) - set(env.globals)
        assert reads <= given, (template, "not passed", reads - given)
        assert given - PAGE_VALUES <= reads, (template, "passed but not used",
                                              given - PAGE_VALUES - reads)
    pages_templates = {name for name in template_names(env)
                       if not Path(name).name.startswith("_")}
    assert pages_templates <= seen, pages_templates - seen
