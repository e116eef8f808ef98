/*
 * The results of "What help fits us?" from the chosen answers: the rule's candidates
 * (hooks/signpost/features/questionnaire/matching.py's lists for every age answer, need and level, from the
 * later data files: data.candidates[age][need][level]) united, and ordered as matching.outcome orders them: most chosen needs met first,
 * then by name (the cards are numbered in name order). Pure: it changes nothing on the page.
 */

/**
 * `picked` are the chosen answers' options from the data file. Returns whether any is
 * urgent, the level suggested (the highest chosen), the cards that fit, best first, and for
 * each card the chosen needs it meets (met[card]).
 */
export function match(data, picked) {
  const urgent = picked.some(function (o) { return o.urgent; });
  let level = 0;
  let ages = [];
  const needs = [];
  picked.forEach(function (o) {
    if (o.level !== null && o.level > level) {
      level = o.level;
    }
    if (o.age !== null) {
      ages.push(o.age);
    }
    o.needs.forEach(function (need) {
      if (needs.indexOf(need) < 0) {
        needs.push(need);
      }
    });
  });
  if (!ages.length) {
    ages = [0]; // no age given: every age fits
  }
  const met = {};
  const found = [];
  needs.forEach(function (need) {
    const seen = {};
    ages.forEach(function (age) {
      data.candidates[age][need][level].forEach(function (card) {
        if (seen[card]) {
          return;
        }
        seen[card] = true;
        if (!met[card]) {
          met[card] = [];
          found.push(card);
        }
        met[card].push(need);
      });
    });
  });
  found.sort(function (a, b) { return met[b].length - met[a].length || a - b; });
  return { urgent: urgent, level: level, cards: found, met: met };
}
