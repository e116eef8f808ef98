""""What help fits us?": content/questionnaire.yml, its pages (one question at a time
without JavaScript), its checks and the one matching rule its results come from."""

from __future__ import annotations
