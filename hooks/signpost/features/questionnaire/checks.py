"""The questionnaire's rules across files: a danger answer, distinct answers, and answers
that can lead to a service."""

from __future__ import annotations

from signpost.features.questionnaire import matching
from signpost.model import Content, Option
from signpost.problems import Problems


def check_questionnaire(content: Content, problems: Problems) -> None:
    questionnaire = content.questionnaire
    if questionnaire is None:
        return
    options = [o for q in questionnaire.questions for o in q.options]
    if not any(o.urgent for o in options):
        problems.error(questionnaire.where, "no answer is marked urgent: true; at least one"
                       " question must let a family say someone is in danger")
    for question in questionnaire.questions:
        labels: set[str] = set()
        for option in question.options:
            said = " ".join(option.label.casefold().split())  # "Under 5" = "under  5"
            if said in labels:
                problems.error(option.where, f'{question.id} offers "{option.label}" twice;'
                               " each answer must be different")
            labels.add(said)
        if question.type == "one" and all(o.urgent for o in question.options):
            problems.error(question.where, f"{question.id}: every answer is urgent: true, so a"
                           " family could not answer without saying someone is in danger; add"
                           " an answer that is not urgent, such as No")
    check_questionnaire_results(content, problems)


def check_questionnaire_results(content: Content, problems: Problems) -> None:
    """An answer that can never lead to a service, whatever else is chosen, is a warning.
    Not while there are errors: a service that could not be read may be the one that fits."""
    questionnaire = content.questionnaire
    if questionnaire is None or not content.levels or problems.errors:
        return
    options = [o for q in questionnaire.questions for o in q.options]
    top = matching.suggested_level(content, options)  # the highest level any answer names
    ages: list[Option | None] = [o for o in options if matching.gives_age(o)]
    age_questions = [q for q in questionnaire.questions
                     if any(matching.gives_age(o) for o in q.options)]
    if not all(matching.gives_age(o) for q in age_questions for o in q.options) or not ages:
        ages.append(None)  # a family can answer without giving an age
    offered = [n for n in matching.chosen_needs(options) if n in content.needs]
    by_need = matching.pools(content).by_need  # made once, not for every answer tried
    for number, question in enumerate(questionnaire.questions, start=1):
        for place, option in enumerate(question.options, start=1):
            needs = [n for n in option.needs if n in content.needs]
            if needs:
                tries = [(n, a) for n in needs
                         for a in ([option] if matching.gives_age(option) else ages)]
                why = (f"no published service helps with {', '.join(needs)} at the ages and"
                       " levels the questions offer")
            elif matching.gives_age(option) and not option.needs:
                tries = [(n, option) for n in offered]
                why = "no published service for these ages helps with a need the questions offer"
            else:
                continue
            if not any(matching.candidates(content, n, a, top, by_need.get(n, ()))
                       for n, a in tries):
                problems.warning(option.where, f'questions[{number}].options[{place}]'
                                 f' "{option.label}" can never show a service: {why}; add or'
                                 " change a service, or change this answer")
