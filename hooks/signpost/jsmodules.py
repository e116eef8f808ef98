"""The JavaScript modules a page's script imports, so that the page can ask for them all at
once (`<link rel="modulepreload">`) instead of finding them one import at a time.

Scripts that are ES modules (in the features' assets/ and in theme/assets/) import each other
with relative paths (`import { Finder } from "./finder/finder.js";`); this follows those
imports, and nothing else: a module may not import from another site or build its import
paths at run time.
"""

from __future__ import annotations

import functools
import posixpath
import re

from signpost.features import asset_source

# import ... from "./x.js" and export ... from "./x.js", over several lines if need be.
IMPORT = re.compile(r"""^\s*(?:import|export)\s[^"';]*?\bfrom\s*["'](\.{1,2}/[^"']+)["']""",
                    re.MULTILINE)
BARE_IMPORT = re.compile(r"""^\s*import\s*["'](\.{1,2}/[^"']+)["']""", re.MULTILINE)


@functools.cache
def module_imports(path: str) -> tuple[str, ...]:
    """Every module that the module at site path `path` (such as "assets/directory.js")
    imports, directly or through another, as site paths in a stable order."""
    found: dict[str, None] = {}
    waiting = [path]
    while waiting:
        current = waiting.pop(0)
        text = asset_source(current).read_text(encoding="utf-8")
        for spec in IMPORT.findall(text) + BARE_IMPORT.findall(text):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(current), spec))
            if target != path and target not in found:
                found[target] = None
                waiting.append(target)
    return tuple(found)
