/*
 * "What help fits us?": one question at a time, a check of the answers, then the results.
 *
 * Private by construction. The answers live only in this page's inputs: there is no form to
 * submit, nothing is stored and nothing goes in the address or the history. The one request,
 * made as the page loads, fetches the data file the site was built with; after that the page
 * asks for nothing. Start again, leaving the page (Back, a link, "Leave this site") and
 * coming back to it all clear the answers.
 *
 * The script never decides which service fits. The data file holds the rule's candidates
 * (hooks/signpost/matching.py) for every age answer, need and level; the script unites the
 * candidates of the chosen answers and orders them as matching.outcome does: most chosen
 * needs met first, then by name. The pieces of the results were rendered, and escaped, when
 * the site was built, by the same templates as the results pages made for use without
 * JavaScript; a test compares the two.
 *
 * Without JavaScript, or if the data file cannot be read, the page keeps its links to those
 * results pages.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-sp-questionnaire]");
  if (!root || !window.fetch || !("content" in document.createElement("template"))) {
    return;
  }

  function all(selector, within) {
    return Array.prototype.slice.call((within || document).querySelectorAll(selector));
  }

  // Rendered pieces of the results, added after the last child of `into`.
  function append(into, html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    into.appendChild(template.content);
  }

  function start(data) {
    var app = root.querySelector(".sp-q-app");
    var inputs = all("input[data-sp-option]", app);
    var steps = all("[data-sp-step]");
    var questions = all('[data-sp-step="question"]', app);
    var slots = all("[data-sp-slot]", app);
    var current = { name: "start" };
    var trail = [];
    var backToCheck = false;
    var urgentShown = false;

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
        var shown = steps.filter(function (element) { return !element.hidden; });
        var heading = shown[0].matches("h1") ? shown[0] : shown[0].querySelector("h1");
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
      var urgent = chosen().some(function (o) { return o.urgent; });
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
      var step = questions[index];
      var fieldset = step.querySelector("fieldset");
      var error = step.querySelector(".sp-q-error");
      var described = (fieldset.getAttribute("aria-describedby") || "").split(" ")
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
        var labels = inputsOf(index).filter(function (input) { return input.checked; })
          .map(function (input) {
            return app.querySelector('label[for="' + input.id + '"]').textContent;
          });
        var place = app.querySelector('[data-sp-answer="' + index + '"]');
        place.textContent = "";
        if (labels.length === 1) {
          place.textContent = labels[0];
        } else {
          var list = document.createElement("ul");
          labels.forEach(function (label) {
            var item = document.createElement("li");
            item.textContent = label;
            list.appendChild(item);
          });
          place.appendChild(list);
        }
      });
    }

    // -- Results: the rule's candidates, united and ordered as matching.outcome does --------

    function showResults() {
      var picked = chosen();
      var urgent = picked.some(function (o) { return o.urgent; });
      var level = 0;
      var ages = [];
      var needs = [];
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
      var met = {};
      var found = [];
      needs.forEach(function (need) {
        var seen = {};
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

      var slot = app.querySelector('[data-sp-slot="results"]');
      if (urgent) {
        append(slot, data.urgent);
      }
      append(slot, data.levels[level]);
      if (found.length) {
        append(slot, data.services);
        var list = slot.querySelector(".sp-q-services");
        found.forEach(function (card) {
          append(list, data.cards[card]);
          var reasons = picked.filter(function (o) {
            return o.needs.some(function (need) { return met[card].indexOf(need) >= 0; });
          }).map(function (o) { return o.said; });
          list.lastElementChild.querySelector(".sp-q-why").textContent =
            "You said: " + reasons.join("; ");
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
      var step = element.closest('[data-sp-step="question"]');
      return step ? Number(step.getAttribute("data-sp-question")) : null;
    }

    root.addEventListener("click", function (event) {
      var target = event.target.closest("button, a[data-sp-error-link]");
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
      var index = stepIndex(event.target);
      if (index === null) {
        return;
      }
      inputsOf(index).forEach(function (input) {
        var reveal = input.parentElement.querySelector("[data-sp-reveal]");
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

    all("[data-sp-nojs]").forEach(function (element) { element.remove(); });
    all("[data-sp-js]").forEach(function (element) { element.hidden = false; });
    startAgain(false);
  }

  fetch(root.getAttribute("data-sp-data"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("No questionnaire data: " + response.status);
      }
      return response.json();
    })
    .then(start)
    .catch(function () {
      // The links to the results pages made for use without JavaScript still work.
    });
})();
