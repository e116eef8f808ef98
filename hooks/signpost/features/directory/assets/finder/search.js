/*
 * Filtering and searching: which services fit what was chosen, best first. Pure: it reads
 * the index and changes nothing on the page.
 */

import { startsAny } from "./words.js";

/**
 * For each service: 2 when every word is found in its own text; 1 when every word is found
 * there or in the words of one of its choices (such as "rent arrears" for money and
 * housing, or its areas or languages); 0 otherwise. Needs the index's words loaded.
 */
function wordScores(index, query) {
  const total = index.count;
  const all = new Uint8Array(total);
  const own = new Uint8Array(total);
  const columns = index.searchedColumns();
  for (const word of query) {
    const hit = new Uint8Array(total);
    for (const column of columns) {
      column.words.forEach((words, at) => {
        if (startsAny(words, word)) {
          column.servicesWith(at).forEach((n) => { hit[n] = 1; });
        }
      });
    }
    index.ownMatches(word, (n) => { hit[n] = 2; });
    for (let n = 0; n < total; n++) {
      if (hit[n]) {
        all[n] += 1;
        own[n] += hit[n] === 2 ? 1 : 0;
      }
    }
  }
  const scores = new Uint8Array(total);
  for (let n = 0; n < total; n++) {
    if (all[n] === query.length) {
      scores[n] = own[n] === query.length ? 2 : 1;
    }
  }
  return scores;
}

/**
 * The numbers of the services that pass every filter in `filters` (column name -> the
 * choice ids picked, or true for a flag) and, when there are `words`, have them all:
 * services with every word in their own text first, each group in the directory's order.
 */
export function search(index, filters, words) {
  const tests = Object.entries(filters)
    .filter(([name]) => index.column(name))
    .map(([name, picked]) => index.column(name).test(picked));
  const scores = words.length ? wordScores(index, words) : null;
  const best = [];
  const rest = [];
  for (let n = 0; n < index.count; n++) {
    if ((!scores || scores[n]) && tests.every((passes) => passes(n))) {
      (scores && scores[n] === 1 ? rest : best).push(n);
    }
  }
  return best.concat(rest);
}
