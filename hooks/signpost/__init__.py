"""Signpost's engine: load a partnership's YAML, check it, model it and render pages.

Nothing here imports MkDocs; `hooks/signpost_mkdocs.py` adapts the engine to MkDocs.
Data flows one way: files -> `load` (checked model + problems) -> `render` (pages and assets).
"""
