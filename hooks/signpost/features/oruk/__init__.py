"""Open Referral UK (ORUK 3.0): the static feed Signpost publishes, and `signpost import`.

Publishing: export.py builds the feed from checked content (site.FILES), with ids.py (stable
UUIDs), terms.py (Signpost's taxonomies and the words both directions share), languages.py
and schedules.py (opening hours as weekly schedules, and back).

Importing: importer.py runs the command; jsonfile.py reads JSON with line numbers; convert.py
(with reading.py) turns one ORUK 3.0 or v1 service into a draft of a service file, using the
editor's mapping.py file for taxonomy terms; yamlwrite.py writes services/<id>.yml.
"""
