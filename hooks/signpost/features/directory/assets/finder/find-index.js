/*
 * The directory's index, fetched and decoded: the files and their layout are described in
 * hooks/signpost/features/directory/findindex.py, and every part of index.json is read here by its name.
 *
 * index.json is fetched once, as the page starts; words.json when search words are first
 * needed; a cards file when a result in it is first shown. Every file is the same for
 * everyone, and no request carries what a family chose.
 */

/** The JSON at `url`, fetched without cookies. */
export function getJson(url) {
  return window.fetch(url, { credentials: "omit" }).then((response) => {
    if (!response.ok) {
      throw new Error(response.status + " " + url);
    }
    return response.json();
  });
}

/** One column of the index: a filter's choices and every service's value for it. */
class Column {
  constructor(name, data) {
    this.name = name;
    this.kind = data.kind; // "list", "mask" or "flag"
    this.choices = data.choices || [];
    this.values = data.values;
    // Per choice, its search words (a need's name and other words, say), when it has them.
    this.words = data.words ? data.words.map((text) => text.split(" ")) : null;
    this.byChoice = null; // choice position -> the numbers of the services having it
  }

  /** A function saying whether service n has any of `picked` (choice ids; a flag: true). */
  test(picked) {
    const values = this.values;
    if (this.kind === "flag") {
      return (n) => values[n] === 1;
    }
    const positions = picked.map((id) => this.choices.indexOf(id));
    if (this.kind === "mask") {
      const bits = positions.reduce((all, at) => all | (1 << at), 0);
      return (n) => (values[n] & bits) !== 0;
    }
    return (n) => values[n].some((at) => positions.includes(at));
  }

  /** The numbers of the services having choice `at`. */
  servicesWith(at) {
    if (!this.byChoice) {
      this.byChoice = this.choices.map(() => []);
      this.values.forEach((value, n) => {
        if (this.kind === "list") {
          value.forEach((choice) => this.byChoice[choice].push(n));
        } else {
          this.byChoice.forEach((services, choice) => {
            if (value & (1 << choice)) {
              services.push(n);
            }
          });
        }
      });
    }
    return this.byChoice[at];
  }
}

export class FindIndex {
  /** Fetches index.json from `url` (a URL); resolves to a FindIndex. */
  static load(url) {
    return getJson(url).then((data) => new FindIndex(url, data));
  }

  constructor(url, data) {
    this.url = url;
    this.count = data.count;
    this.stopWords = new Set(data.stopWords);
    this.columns = new Map(Object.entries(data.columns)
      .map(([name, column]) => [name, new Column(name, column)]));
    this.wordsFile = data.words;
    this.cardsFolder = data.cards;
    this.cardsPerFile = data.cardsPerFile;
    this.terms = null; // words.json's sorted terms, once fetched
    this.postings = null; // ...and, per term, its services as base-36 gaps
    this.decoded = new Map(); // term position -> service numbers
    this.wordsLoading = null;
    this.cardFiles = new Map(); // file number -> promise of its cards
  }

  /** The column named `name` (the data-sp-filter name of its field), or undefined. */
  column(name) {
    return this.columns.get(name);
  }

  /** The columns whose choices have search words. */
  searchedColumns() {
    return Array.from(this.columns.values()).filter((column) => column.words);
  }

  get hasWords() {
    return this.terms !== null;
  }

  /** Fetches words.json, once; resolves when the services' own words can be searched. */
  loadWords() {
    if (!this.wordsLoading) {
      this.wordsLoading = getJson(new URL(this.wordsFile, this.url)).then((data) => {
        this.terms = data.terms;
        this.postings = data.postings;
      }, (error) => {
        this.wordsLoading = null; // try again next time
        throw error;
      });
    }
    return this.wordsLoading;
  }

  /**
   * Calls mark(n) for each service n whose own words (name, organisation, summary) include
   * one starting with `word`: the terms are sorted, so those are side by side.
   */
  ownMatches(word, mark) {
    const terms = this.terms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (terms[middle] < word) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (let i = low; i < terms.length && terms[i].startsWith(word); i++) {
      this.servicesOfTerm(i).forEach(mark);
    }
  }

  servicesOfTerm(term) {
    if (!this.decoded.has(term)) {
      let number = 0;
      this.decoded.set(term, this.postings[term].split(",").map((gap) => {
        number += parseInt(gap, 36);
        return number;
      }));
    }
    return this.decoded.get(term);
  }

  /** Resolves to the card of service n, or null if it could not be fetched. */
  card(n) {
    const file = Math.floor(n / this.cardsPerFile);
    if (!this.cardFiles.has(file)) {
      this.cardFiles.set(file, getJson(new URL(this.cardsFolder + file + ".json", this.url))
        .catch(() => {
          this.cardFiles.delete(file); // try again next time
          return [];
        }));
    }
    return this.cardFiles.get(file).then((found) => found[n % this.cardsPerFile] || null);
  }
}
