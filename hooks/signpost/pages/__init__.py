"""The site's sections. Each module makes the pages of one section from checked content:
`pages(renderer)` yields `GeneratedPage`s, and a module may also offer `files(renderer)`
for data files (JSON, Atom) written beside the pages."""
