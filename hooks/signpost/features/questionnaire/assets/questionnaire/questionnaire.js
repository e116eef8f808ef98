/*
 * "What help fits us?" ([data-module="sp-questionnaire"]): one question at a time, a check
 * of the answers, then the results.
 *
 * Private by construction. The answers live only in this page's inputs: there is no form to
 * submit, nothing is stored and nothing goes in the address or the history. As the page
 * loads it fetches the data file the site was built with (help.json); on the first use of
 * the page, whatever it is, it fetches every file that file lists as "later" (the rule's
 * candidates and the service cards), in that order, and then asks for nothing more: the
 * requests are the same whatever a family answers. Start again, leaving the page (Back, a
 * link, "Leave this site") and coming back to it all clear the answers.
 *
 * The script never decides which service fits. The later files hold the rule's candidates
 * (hooks/signpost/features/questionnaire/matching.py) for every age answer, need and level, in the layout
 * pages.CANDIDATES_LAYOUT describes; match.js unites the candidates of the chosen answers and
 * orders them as matching.outcome does: most chosen needs met first, then by name. The
 * pieces of the results were rendered, and escaped, when the site was built, by the same
 * templates as the results pages made for use without JavaScript; a test compares the two.
 *
 * Without JavaScript, or if the data file cannot be read, the page keeps its links to those
 * results pages; if the later files cannot be read, the results step shows those links.
 */

import { match } from "./match.js";
import * as own from "../own-words.js";

function all(selector, within) {
  return Array.prototype.slice.call((within || document).querySelectorAll(selector));
}

function getJson(url) {
  return fetch(url, { credentials: "same-origin" }).then((response) => {
    if (!response.ok) {
      throw new Error("No questionnaire data: " + response.status);
    }
    return response.json();
  });
}

/** Numbers written as gaps in base 36, "0,3,1a": the numbers themselves. */
function ungap(text) {
  let number = 0;
  return text ? text.split(",").map((gap) => {
    number += parseInt(gap, 36);
    return number;
  }) : [];
}

/**
 * candidates.json (pages.CANDIDATES_LAYOUT) as the rule's lists:
 * candidates[age][need][level], each the card numbers in the site's order.
 */
function candidateLists(data, encoded) {
  const lists = [];
  for (let age = 0; age < data.ages; age++) {
    lists.push(encoded.needs.map((need) => {
      const cards = ungap(need.cards);
      const lowest = need.levels[age];
      const perLevel = [];
      for (let level = 0; level < data.levelCount; level++) {
        perLevel.push(cards.filter((card, at) => lowest[at] !== "-" &&
          parseInt(lowest[at], 36) <= level));
      }
      return perLevel;
    }));
  }
  return lists;
}

// Rendered pieces of the results, added after the last child of `into`.
function append(into, html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  into.appendChild(template.content);
}

export class Questionnaire {
  constructor(root) {
    this.root = root;
  }

  /** Fetches the data file the site was built with, then starts; without it, does nothing. */
  init() {
    if (!window.fetch || !("content" in document.createElement("template"))) {
      return Promise.resolve();
    }
    const url = new URL(this.root.getAttribute("data-sp-data"), document.baseURI);
    return getJson(url)
      .then((data) => this.start(data, url))
      .catch(() => {
        // The links to the results pages made for use without JavaScript still work.
      });
  }

  start(data, url) {
    const root = this.root;
    const app = root.querySelector(".sp-q-app");
    const inputs = all("input[data-sp-option]", app);
    const steps = all("[data-sp-step]");
    const questions = all('[data-sp-step="question"]', app);
    const slots = all("[data-sp-slot]", app);
    let current = { name: "start" };
    let trail = [];
    let backToCheck = false;
    let urgentShown = false;
    const fetched = new Map(); // a later file's name -> promise of its data
    let ready = null; // a promise of the later files, decoded
    const later = { candidates: null, cards: null }; // match.js reads the candidates

    // Every later file not yet fetched (or that failed), in the order given; resolves once
    // the candidates and cards are in `data`. The same files whatever has been answered.
    function loadLater() {
      data.later.forEach(function (name) {
        if (!fetched.has(name)) {
          fetched.set(name, getJson(new URL(name, url)).catch(function (error) {
            fetched.delete(name); // asked for again on the next use
            ready = null;
            throw error;
          }));
        }
      });
      if (!ready) {
        ready = Promise.all(data.later.map(function (name) { return fetched.get(name); }))
          .then(function (files) {
            const cards = [];
            data.later.forEach(function (name, at) {
              if (name === data.candidates) {
                later.candidates = candidateLists(data, files[at]);
              } else if (name.indexOf(data.cards) === 0) {
                files[at].forEach(function (card, item) {
                  cards[Number(name.slice(data.cards.length, -5)) * data.cardsPerFile + item] =
                    card;
                });
              }
            });
            later.cards = cards;
          });
        ready.catch(function () {});
      }
      return ready;
    }

    function option(input) {
      return data.options[Number(input.getAttribute("data-sp-option"))];
    }

    function inputsOf(index) {
      return all("input[data-sp-option]", questions[index]);
    }

    function chosen() {
      return inputs.filter(function (input) { return input.checked; }).map(option);
    }

    // -- Moving between steps ------------------------------------------------------------

    function isShown(element, step) {
      return element.getAttribute("data-sp-step") === step.name &&
        (step.name !== "question" ||
         Number(element.getAttribute("data-sp-question")) === step.index);
    }

    function show(step, focus) {
      current = step;
      slots.forEach(function (slot) { slot.textContent = ""; });
      steps.forEach(function (element) { element.hidden = !isShown(element, step); });
      if (step.name === "urgent") {
        append(app.querySelector('[data-sp-slot="urgent"]'), data.urgentStep);
      } else if (step.name === "check") {
        summarise();
      } else if (step.name === "results") {
        showResults();
      }
      if (focus) {
        const shown = steps.filter(function (element) { return !element.hidden; });
        const heading = shown[0].matches("h1") ? shown[0] : shown[0].querySelector("h1");
        heading.setAttribute("tabindex", "-1");
        shown[0].scrollIntoView(); // the step from its top, "Back" included
        heading.focus({ preventScroll: true });
      }
    }

    function go(step) {
      trail.push(current);
      show(step, true);
    }

    function back() {
      show(trail.pop() || { name: "start" }, true);
    }

    function afterQuestion(index) {
      if (backToCheck || index === questions.length - 1) {
        go({ name: "check" });
      } else {
        go({ name: "question", index: index + 1 });
      }
    }

    function continueFrom(index) {
      if (!inputsOf(index).some(function (input) { return input.checked; })) {
        showError(index);
        return;
      }
      hideError(index);
      const urgent = chosen().some(function (o) { return o.urgent; });
      if (urgent && !urgentShown) {
        urgentShown = true;
        go({ name: "urgent", after: index });
        return;
      }
      urgentShown = urgent;
      afterQuestion(index);
    }

    // -- Errors ----------------------------------------------------------------------------

    function setError(index, on) {
      const step = questions[index];
      const fieldset = step.querySelector("fieldset");
      const error = step.querySelector(".sp-q-error");
      const described = (fieldset.getAttribute("aria-describedby") || "").split(" ")
        .filter(function (id) { return id && id !== error.id; });
      if (on) {
        described.push(error.id);
      }
      step.querySelector("[data-sp-errors]").hidden = !on;
      error.hidden = !on;
      step.querySelector("[data-sp-group]").classList.toggle("sp-q-group--error", on);
      if (described.length) {
        fieldset.setAttribute("aria-describedby", described.join(" "));
      } else {
        fieldset.removeAttribute("aria-describedby");
      }
    }

    function showError(index) {
      setError(index, true);
      questions[index].querySelector("[data-sp-errors]").focus();
    }

    function hideError(index) {
      setError(index, false);
    }

    // -- Check your answers ----------------------------------------------------------------

    function summarise() {
      questions.forEach(function (step, index) {
        const labels = inputsOf(index).filter(function (input) { return input.checked; })
          .map(function (input) {
            return app.querySelector('label[for="' + input.id + '"]').textContent;
          });
        const place = app.querySelector('[data-sp-answer="' + index + '"]');
        place.textContent = "";
        if (labels.length === 1) {
          place.textContent = labels[0];
        } else {
          const list = document.createElement("ul");
          labels.forEach(function (label) {
            const item = document.createElement("li");
            item.textContent = label;
            list.appendChild(item);
          });
          place.appendChild(list);
        }
      });
    }

    // -- Results: the rule's candidates, united and ordered as matching.outcome does --------

    function showResults() {
      const slot = app.querySelector('[data-sp-slot="results"]');
      const step = current;
      if (later.cards) {
        fillResults(slot);
        return;
      }
      loadLater().then(function () {
        if (current === step) {
          fillResults(slot);
        }
      }, function () {
        if (current === step && withoutScript) { // the links to the pages made without it
          slot.appendChild(withoutScript.cloneNode(true));
        }
      });
    }

    function fillResults(slot) {
      const picked = chosen();
      const found = match(later, picked);
      const urgent = found.urgent;
      const level = found.level;
      const met = found.met;
      if (urgent) {
        append(slot, data.urgent);
      }
      append(slot, data.levels[level]);
      if (found.cards.length) {
        append(slot, data.services);
        const list = slot.querySelector(".sp-q-services");
        found.cards.forEach(function (card) {
          append(list, later.cards[card]);
          const reasons = picked.filter(function (o) {
            return o.needs.some(function (need) { return met[card].indexOf(need) >= 0; });
          }).map(function (o) { return o.said; });
          list.lastElementChild.querySelector(".sp-q-why").textContent =
            own.say("you_said", { answers: reasons.join(own.say("joiner")) });
        });
      } else {
        append(slot, data.noServices);
      }
      append(slot, data.contacts[level][urgent ? 1 : 0]);
      append(slot, data.more);
    }

    // -- Clearing --------------------------------------------------------------------------

    function clear() {
      inputs.forEach(function (input) { input.checked = false; });
      all("[data-sp-reveal]", app).forEach(function (reveal) { reveal.hidden = true; });
      questions.forEach(function (step, index) { hideError(index); });
      trail = [];
      backToCheck = false;
      urgentShown = false;
    }

    function startAgain(focus) {
      clear();
      show({ name: "start" }, focus);
    }

    // -- Events ----------------------------------------------------------------------------

    function stepIndex(element) {
      const step = element.closest('[data-sp-step="question"]');
      return step ? Number(step.getAttribute("data-sp-question")) : null;
    }

    root.addEventListener("click", function (event) {
      const target = event.target.closest("button, a[data-sp-error-link]");
      if (!target) {
        return;
      }
      if (target.hasAttribute("data-sp-start")) {
        go({ name: "question", index: 0 });
      } else if (target.hasAttribute("data-sp-back")) {
        back();
      } else if (target.hasAttribute("data-sp-continue")) {
        if (current.name === "urgent") {
          afterQuestion(current.after);
        } else {
          continueFrom(current.index);
        }
      } else if (target.hasAttribute("data-sp-change")) {
        backToCheck = true;
        go({ name: "question", index: Number(target.getAttribute("data-sp-change")) });
      } else if (target.hasAttribute("data-sp-see")) {
        go({ name: "results" });
      } else if (target.hasAttribute("data-sp-check")) {
        go({ name: "check" });
      } else if (target.hasAttribute("data-sp-restart")) {
        startAgain(true);
      } else if (target.hasAttribute("data-sp-error-link")) {
        // Focus the first answer without putting its id in the address.
        event.preventDefault();
        inputsOf(stepIndex(target))[0].focus();
      }
    });

    app.addEventListener("change", function (event) {
      const index = stepIndex(event.target);
      if (index === null) {
        return;
      }
      inputsOf(index).forEach(function (input) {
        const reveal = input.parentElement.querySelector("[data-sp-reveal]");
        if (reveal) {
          reveal.hidden = !input.checked;
        }
      });
    });

    // Enter on an answer continues, as it would submit a form (there is none to submit).
    app.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.matches("input[data-sp-option]")) {
        event.preventDefault();
        continueFrom(stepIndex(event.target));
      }
    });

    // Whenever the page is left, the answers go: coming back shows the start, empty.
    window.addEventListener("pagehide", function () { startAgain(false); });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        startAgain(false);
      }
    });

    // Any use of the page, whatever it is, asks for the same later files in the same order.
    ["focusin", "pointerdown", "keydown", "click"].forEach(function (type) {
      root.addEventListener(type, function () { loadLater().catch(function () {}); });
    });

    const withoutScript = root.querySelector(".sp-q-nojs");
    all("[data-sp-nojs]").forEach(function (element) { element.remove(); });
    all("[data-sp-js]").forEach(function (element) { element.hidden = false; });
    startAgain(false);
  }
}
