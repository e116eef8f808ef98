/*
 * The finder's results: the list of cards on screen, "Show more results" and "Print these
 * results". Cards come from find-index.js, which has the first ones from the start.
 */

import * as own from "../own-words.js";

const PAGE = 20; // results shown at a time
const PRINT_LIMIT = 100; // results put on paper at most

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function link(href, text) {
  const a = element("a", "", text);
  a.setAttribute("href", href);
  return a;
}

/**
 * The card's text at `key`: in a <span lang="en"> when the card says a translation lacks it
 * (card.l), so that a screen reader reads it in English, as the lists' cards print it.
 */
function shown(card, key) {
  if (!(card.l && card.l.includes(key))) {
    return document.createTextNode(card[key]);
  }
  const span = element("span", "", card[key]);
  span.setAttribute("lang", "en");
  return span;
}

/** A result, from its card (null: it could not be fetched); findindex._card names the keys. */
export function resultItem(card) {
  // The same markup as the card macro in templates/_directory.html.
  const item = element("li", "sp-card sp-result");
  if (!card) {
    item.appendChild(element("p", "", own.say("not_loaded")));
    return item;
  }
  const title = element("h3", "sp-card__title");
  const name = link(card.u); // relative to this page, as in the lists
  name.appendChild(shown(card, "n"));
  title.appendChild(name);
  item.appendChild(title);
  const summary = element("p");
  summary.appendChild(shown(card, "s"));
  if (card.l && card.l.includes("s")) {
    summary.appendChild(document.createTextNode(" "));
    summary.appendChild(element("span", "sp-tag-english", own.say("in_english")));
  }
  item.appendChild(summary);
  item.appendChild(element("p", "sp-meta", card.m));
  const ways = element("ul", "sp-result__ways");
  if (card.p) {
    const phone = element("li", "", own.say("phone") + " ");
    phone.appendChild(link("tel:" + card.p[1], card.p[0]));
    ways.appendChild(phone);
  }
  if (card.e) {
    const email = element("li", "", own.say("email") + " ");
    email.appendChild(link("mailto:" + card.e, card.e));
    ways.appendChild(email);
  }
  if (card.w) {
    ways.appendChild(element("li", "sp-print-only", own.say("website") + " " + card.w));
  }
  if (ways.children.length) {
    item.appendChild(ways);
  }
  if (card.c !== undefined || card.a) {
    const alert = element("div", "sp-alert");
    alert.setAttribute("role", "note");
    const said = element("p");
    if (card.c !== undefined) {
      said.appendChild(element("strong", "", own.say("temporarily_closed")));
      if (card.c) {
        said.appendChild(document.createTextNode(" "));
        said.appendChild(shown(card, "c"));
      }
    } else {
      said.appendChild(shown(card, "a"));
    }
    alert.appendChild(said);
    item.appendChild(alert);
  }
  return item;
}

export class Results {
  /** `cardOf(n)` resolves to service n's card, or null. */
  constructor(list, moreButton, printButton, cardOf) {
    this.list = list;
    this.moreButton = moreButton;
    this.printButton = printButton;
    this.cardOf = cardOf;
    this.numbers = []; // service numbers matching, best first
    this.shown = 0;
    this.appending = Promise.resolve(); // the last batch of results being put on screen
    this.run = 0; // bumped by every new list, so that late batches are dropped
  }

  get total() {
    return this.numbers.length;
  }

  /** Drops any batch still on its way: a new search has started. */
  cancel() {
    this.run += 1;
  }

  /** Replaces the list with `numbers`, showing the first PAGE of them. */
  replace(numbers) {
    this.cancel();
    this.numbers = numbers;
    this.shown = 0;
    this.list.textContent = "";
    return this.showMore(false);
  }

  /**
   * Adds the next `count` results (PAGE by default); resolves once they are on screen. Each
   * batch waits for the one before, so results always appear in order.
   */
  showMore(moveFocus, count) {
    const mine = this.run;
    const numbers = this.numbers.slice(this.shown, this.shown + (count || PAGE));
    this.shown += numbers.length;
    this.moreButton.hidden = true;
    this.printButton.hidden = this.numbers.length === 0;
    const loaded = Promise.all(numbers.map(this.cardOf));
    this.appending = this.appending.then(() => loaded).then((found) => {
      if (mine !== this.run) {
        return;
      }
      let first = null;
      found.forEach((card) => {
        const item = resultItem(card);
        first = first || item;
        this.list.appendChild(item);
      });
      this.moreButton.hidden = this.shown >= this.numbers.length;
      if (moveFocus && first) {
        (first.querySelector("a") || first).focus();
      }
    });
    return this.appending;
  }

  /** Puts up to PRINT_LIMIT results on screen, then prints; `say` tells of any left out. */
  print(say) {
    const wanted = Math.min(this.numbers.length, PRINT_LIMIT);
    const waiting = this.shown < wanted
      ? this.showMore(false, wanted - this.shown)
      : Promise.resolve();
    return waiting.then(() => {
      if (this.numbers.length > PRINT_LIMIT) {
        say(own.sayCount("printing", this.numbers.length, { first: PRINT_LIMIT }));
      }
      window.print();
    });
  }
}
