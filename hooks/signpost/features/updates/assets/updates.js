/*
 * You said, we did ([data-module="sp-updates-filter"]): narrow the updates in place by
 * status and by who told us. Without this script the page offers links to pre-made pages for
 * each filter instead.
 */

import * as own from "./own-words.js";

export class UpdatesFilter {
  /** `form` is the filter form; the updates and their years are found in the document. */
  constructor(form) {
    this.form = form;
    this.items = Array.from(document.querySelectorAll("[data-sp-update]"));
    this.years = Array.from(document.querySelectorAll("[data-sp-year]"));
    this.status = form.elements.status;
    this.from = form.elements.from;
    this.count = form.querySelector("[data-sp-count]");
    this.links = document.querySelector("[data-sp-filter-links]");
  }

  init() {
    this.form.addEventListener("change", () => this.apply());
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.hidden = false;
    if (this.links) {
      this.links.hidden = true;
    }
    this.apply();
  }

  apply() {
    const status = this.status.value;
    const from = this.from.value;
    let shown = 0;
    this.items.forEach((item) => {
      const keep = (!status || item.getAttribute("data-status") === status) &&
        (!from || item.getAttribute("data-from") === from);
      item.hidden = !keep;
      shown += keep ? 1 : 0;
    });
    this.years.forEach((year) => {
      year.hidden = !year.querySelector("[data-sp-update]:not([hidden])");
    });
    const total = this.items.length;
    this.count.textContent = shown === total
      ? own.sayCount("showing_all", total)
      : own.sayCount("showing_some", total, { shown: shown });
  }
}

const form = document.querySelector('[data-module="sp-updates-filter"]');
if (form) { // one a page: it narrows every update on the page
  new UpdatesFilter(form).init();
}
