/*
 * Search words, made from what a family types by the same rules as findindex.words_in in
 * hooks/signpost/features/directory/findindex.py: lowercase, Latin letters' accents and
 * apostrophes dropped, split on anything that is not a letter, digit or mark (a Bengali
 * vowel sign is part of its word), simple plurals made singular, the index's stop words
 * left out.
 */

/** The search words in `text`, leaving out `stopWords` (a Set). */
export function wordsIn(text, stopWords) {
  // Accents of Latin letters dropped (café: cafe); other scripts' marks are part of words.
  const plain = text.toLowerCase().normalize("NFKD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .replace(/['\u2019]/g, "");
  const found = [];
  for (let word of plain.match(/[\p{L}\p{N}\p{M}]+/gu) || []) {
    if (word.length > 4 && word.endsWith("ies")) {
      word = word.slice(0, -3) + "y";
    } else if (word.length > 3 && /[^siu]s$/.test(word)) {
      word = word.slice(0, -1);
    }
    if (!stopWords.has(word)) {
      found.push(word);
    }
  }
  return found;
}

/** Whether any of `words` starts with `word`: a search word finds every word it starts. */
export function startsAny(words, word) {
  return words.some((w) => w.startsWith(word));
}
