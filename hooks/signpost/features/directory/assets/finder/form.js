/*
 * The finder's form: what has been chosen, read from the fields themselves. The choices live
 * only in the form: nothing is put in the address, in storage or in a request.
 */

import * as own from "../own-words.js";

export class FinderForm {
  /** `form` holds the fields; a field filtering column X is marked data-sp-filter="X". */
  constructor(form, wordsBox, chosenBox, moreSummary) {
    this.form = form;
    this.wordsBox = wordsBox;
    this.chosenBox = chosenBox; // says the choices on the printed handout
    this.moreSummary = moreSummary; // "More filters", which says how many are chosen in it
    this.moreSummaryText = moreSummary ? moreSummary.textContent : "";
  }

  fields(within) {
    return (within || this.form).querySelectorAll("[data-sp-filter]");
  }

  /** The search words' text as typed. */
  get text() {
    return this.wordsBox.value;
  }

  /** Column name -> the choice ids picked in its fields (a checkbox on its own: true). */
  filters() {
    const picked = {};
    this.fields().forEach((field) => {
      const name = field.getAttribute("data-sp-filter");
      if (field.type === "checkbox" && !field.hasAttribute("value")) { // on or off
        if (field.checked) {
          picked[name] = true;
        }
      } else if (field.type === "checkbox" ? field.checked : field.value) { // one of several
        (picked[name] = picked[name] || []).push(field.value);
      }
    });
    return picked;
  }

  /** Clears every choice. */
  reset() {
    this.form.reset();
  }

  /** Says, on "More filters", how many of the filters inside it are chosen. */
  countMoreFilters() {
    if (!this.moreSummary) {
      return;
    }
    let count = 0;
    this.fields(this.moreSummary.parentNode).forEach((field) => {
      count += (field.type === "checkbox" ? field.checked : field.value) ? 1 : 0;
    });
    this.moreSummary.textContent = count
      ? own.sayCount("more_chosen", count, { label: this.moreSummaryText })
      : this.moreSummaryText;
  }

  /** For the printed handout: what the list was chosen by, in the form's own words. */
  describeChoices() {
    const parts = [];
    const words = this.wordsBox.value.trim();
    if (words) {
      parts.push(own.say("search_words", { words: words }));
    }
    this.form.querySelectorAll("select[data-sp-filter]").forEach((select) => {
      if (select.value) {
        parts.push(select.selectedOptions[0].textContent.trim());
      }
    });
    this.form.querySelectorAll("input[type=checkbox]:checked").forEach((box) => {
      parts.push(box.labels[0].textContent.trim());
    });
    this.chosenBox.textContent = parts.length
      ? own.say("chosen", { choices: parts.join(own.say("joiner")) })
      : "";
  }
}
