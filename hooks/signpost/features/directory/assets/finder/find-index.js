/*
 * The directory's index, fetched and decoded: the files and their layout are described in
 * hooks/signpost/features/directory/findindex.py, and every part of index.json is read here by its name.
 *
 * index.json is fetched as the page starts. Every file in its "later" list is fetched, in
 * that order, by loadLater(), which the finder calls on any use at all, whatever is chosen:
 * so the files a browser asks for, and their order, are the same for every family, and no
 * request carries or reveals what a family chose. A file that failed is asked for again by
 * the next call.
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

// findindex.DIGITS: a service's combo number is written with these.
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const DIGIT = new Map(Array.from(DIGITS, (digit, value) => [digit, value]));

/** `values` read `width` digits a service: each service's number. */
function numbers(values, width) {
  const found = new Int32Array(values.length / width);
  for (let n = 0; n < found.length; n++) {
    let number = 0;
    for (let i = n * width; i < (n + 1) * width; i++) {
      number = number * DIGITS.length + DIGIT.get(values[i]);
    }
    found[n] = number;
  }
  return found;
}

/** One column of the index: a filter's choices and every service's value for it. */
class Column {
  constructor(name, data) {
    this.name = name;
    this.kind = data.kind; // "set" or "flag"
    this.choices = data.choices || [];
    this.combos = data.combos || []; // combo number -> positions in choices
    this.values = numbers(data.values, data.width || 1); // service -> combo number (flag: 1 or 0)
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
    const passes = this.combos.map((combo) => combo.some((at) => positions.includes(at)));
    return (n) => passes[values[n]];
  }

  /** The numbers of the services having choice `at`. */
  servicesWith(at) {
    if (!this.byChoice) {
      this.byChoice = this.choices.map(() => []);
      this.values.forEach((combo, n) => {
        this.combos[combo].forEach((choice) => this.byChoice[choice].push(n));
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
    this.columns = new Map();
    this.addColumns(data.columns);
    this.first = data.first; // the cards of the first services
    this.later = data.later; // the files fetched on first use, in order
    this.moreFile = data.more;
    this.wordsFile = data.words;
    this.cardsFolder = data.cards;
    this.cardsPerFile = data.cardsPerFile;
    this.terms = null; // words.json's sorted terms, once fetched
    this.postings = null; // ...and, per term, its services as base-36 gaps
    this.decoded = new Map(); // term position -> service numbers
    this.files = new Map(); // file name -> promise of its data, once asked for
    this.moreLoaded = false; // more.json's columns added
  }

  addColumns(columns) {
    Object.entries(columns).forEach(([name, column]) => {
      this.columns.set(name, new Column(name, column));
    });
  }

  /**
   * Asks for every file in "later" not yet fetched (or that failed), in the order given;
   * resolves once all have arrived. The same files whatever the family has chosen.
   */
  loadLater() {
    this.later.forEach((name) => {
      if (!this.files.has(name)) {
        this.files.set(name, getJson(new URL(name, this.url)).then((data) => {
          if (name === this.moreFile) {
            this.addColumns(data.columns);
            this.moreLoaded = true;
          } else if (name === this.wordsFile) {
            this.terms = data.terms;
            this.postings = data.postings;
          }
          return data;
        }, (error) => {
          this.files.delete(name); // asked for again by the next call
          throw error;
        }));
      }
    });
    return Promise.all(this.later.map((name) => this.files.get(name)));
  }

  /** A file of "later", asking for them all if need be; resolves to its data. */
  file(name) {
    this.loadLater().catch(() => {}); // each caller handles its own file's failure
    return this.files.get(name) || Promise.reject(new Error("not in the index: " + name));
  }

  /**
   * Null when `filters` and search `words` can be answered now; otherwise a promise that
   * resolves when they can (asking for every later file, in order).
   */
  waitFor(filters, words) {
    const waiting = [];
    if (!this.moreLoaded && Object.keys(filters).some((name) => !this.columns.has(name))) {
      waiting.push(this.file(this.moreFile));
    }
    if (words.length && this.terms === null) {
      waiting.push(this.file(this.wordsFile));
    }
    return waiting.length ? Promise.all(waiting) : null;
  }

  /** The column named `name` (the data-sp-filter name of its field), or undefined. */
  column(name) {
    return this.columns.get(name);
  }

  /** The columns whose choices have search words. */
  searchedColumns() {
    return Array.from(this.columns.values()).filter((column) => column.words);
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
    if (n < this.first.length) {
      return Promise.resolve(this.first[n]);
    }
    const name = this.cardsFolder + Math.floor(n / this.cardsPerFile) + ".json";
    return this.file(name).then((found) => found[n % this.cardsPerFile] || null, () => null);
  }
}
