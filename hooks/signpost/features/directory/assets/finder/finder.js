/*
 * Find a service: filters and search over the whole directory, in the browser.
 *
 * The page works without this: it lists every need, age group and level as links to
 * pre-rendered pages. With it, the finder appears: it fetches the directory's index
 * (find-index.js; hooks/signpost/features/directory/findindex.py has the files and their layout), narrows the
 * list as soon as a filter changes (search.js), says how many services match in a live
 * region (announcer.js) and shows the few result cards on screen (results.js). What a family
 * types or chooses stays in the form (form.js): nothing goes in the address, in storage or
 * in any request (the files fetched, and their order, are the same for everyone: see
 * find-index.js).
 */

import { Announcer } from "./announcer.js";
import { FindIndex } from "./find-index.js";
import { FinderForm } from "./form.js";
import { Results } from "./results.js";
import { search } from "./search.js";
import { wordsIn } from "./words.js";

export class Finder {
  /** `root` is the finder's section, [data-module="sp-finder"]: shown from the first paint
   * (directory.css), marked data-sp-ready once it works, hidden if it cannot. */
  constructor(root) {
    this.root = root;
    const part = (name) => root.querySelector("[data-sp-" + name + "]");
    this.formElement = part("form");
    this.wordsBox = part("words");
    this.form = new FinderForm(this.formElement, this.wordsBox, part("chosen"),
      part("more-summary"));
    this.announcer = new Announcer(part("count"));
    this.clearButton = part("clear");
    this.moreButton = part("more");
    this.printButton = part("print-results");
    this.list = part("results");
    this.indexUrl = new URL(root.getAttribute("data-index"), document.baseURI);
    this.index = null;
    this.results = null;
  }

  /** Fetches the index and shows the finder; resolves once it is ready (or has given up). */
  init() {
    return FindIndex.load(this.indexUrl).then((index) => this.start(index), () => {
      this.root.hidden = true; // the lists below still work
    });
  }

  start(index) {
    this.index = index;
    this.results = new Results(this.list, this.moreButton, this.printButton,
      (n) => index.card(n));
    this.formElement.addEventListener("submit", (event) => event.preventDefault());
    this.formElement.addEventListener("change", (event) => {
      if (event.target !== this.wordsBox) {
        this.update(true);
      }
    });
    this.wordsBox.addEventListener("input", () => this.update(false));
    // Any use of the finder, whatever it is, asks for the same files in the same order.
    ["focusin", "pointerdown", "keydown", "input", "change"].forEach((type) => {
      this.root.addEventListener(type, () => index.loadLater().catch(() => {}));
    });
    this.clearButton.addEventListener("click", () => {
      this.form.reset();
      this.update(true);
      this.wordsBox.focus();
    });
    this.moreButton.addEventListener("click", () => this.results.showMore(true));
    this.printButton.addEventListener("click",
      () => this.results.print((text) => this.announcer.say(text)));
    this.root.setAttribute("data-sp-ready", "");
    this.update(true); // the browser may have kept choices from an earlier visit to this page
  }

  /** Lists the services that fit the form as it is; announces the count now or after typing. */
  update(announceNow) {
    const words = wordsIn(this.form.text, this.index.stopWords);
    const filters = this.form.filters();
    this.results.cancel();
    const waiting = this.index.waitFor(filters, words);
    if (waiting) {
      this.announcer.searching();
      const run = this.results.run;
      waiting.then(() => {
        if (run === this.results.run) {
          this.update(announceNow);
        }
      }, () => this.announcer.failed());
      return;
    }
    this.results.replace(search(this.index, filters, words));
    this.form.countMoreFilters();
    this.form.describeChoices();
    this.announcer.count(this.results.total, announceNow);
  }
}
