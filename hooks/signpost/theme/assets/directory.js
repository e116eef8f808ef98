/*
 * Find a service: filters and search over the whole directory, in the browser.
 *
 * The page works without this file: it lists every need, age group and level as links to
 * pre-rendered pages. With it, the finder appears: it fetches the directory's index (see
 * hooks/signpost/findindex.py for the files and their layout), narrows the list as soon as a
 * filter changes, says how many services match in a live region, and fetches the few result
 * cards on screen. What a family types or chooses stays in this page's memory: nothing goes
 * in the address, in storage or in any request (the files fetched are the same for everyone).
 */
(function () {
  "use strict";

  var PAGE = 20; // results shown at a time
  var PRINT_LIMIT = 100; // results put on paper at most
  var TYPING_PAUSE_MS = 600; // wait for a pause in typing before announcing the count

  var finder = document.querySelector("[data-sp-finder]");
  if (!finder || !window.fetch || !window.URL) {
    return;
  }
  var form = finder.querySelector("[data-sp-form]");
  var wordsBox = finder.querySelector("[data-sp-words]");
  var countBox = finder.querySelector("[data-sp-count]");
  var list = finder.querySelector("[data-sp-results]");
  var moreButton = finder.querySelector("[data-sp-more]");
  var printButton = finder.querySelector("[data-sp-print-results]");
  var moreSummary = finder.querySelector("[data-sp-more-summary]");
  var moreSummaryText = moreSummary ? moreSummary.textContent : "";
  var chosenBox = finder.querySelector("[data-sp-chosen]");
  var indexUrl = new URL(finder.getAttribute("data-index"), document.baseURI);

  var index = null; // index.json
  var words = null; // words.json, once fetched
  var wordsLoading = null;
  var cardFiles = new Map(); // file number -> promise of its cards
  var postings = new Map(); // word -> decoded service numbers
  var byNeed = []; // need position -> service numbers
  var results = []; // service numbers matching, best first
  var shown = 0;
  var appending = Promise.resolve(); // the last batch of results being put on screen
  var run = 0; // bumped by every new search, so that late answers are dropped
  var announceTimer = 0;

  // ---- Words: the same rules as findindex.words_in -----------------------------------------
  var stopWords = new Set(); // from the index

  function wordsIn(text) {
    var plain = text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/['\u2019]/g, "");
    var found = [];
    (plain.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (word) {
      if (word.length > 4 && /ies$/.test(word)) {
        word = word.slice(0, -3) + "y";
      } else if (word.length > 3 && /[^siu]s$/.test(word)) {
        word = word.slice(0, -1);
      }
      if (!stopWords.has(word)) {
        found.push(word);
      }
    });
    return found;
  }

  function startsAny(wordList, word) {
    return wordList.some(function (w) { return w.indexOf(word) === 0; });
  }

  // Calls mark(n) for each service n whose own words (name, organisation, summary) include
  // one starting with `word`: the terms are sorted, so they are side by side.
  function ownMatches(word, mark) {
    var terms = words.terms;
    var low = 0;
    var high = terms.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (terms[middle] < word) { low = middle + 1; } else { high = middle; }
    }
    for (var i = low; i < terms.length && terms[i].indexOf(word) === 0; i++) {
      decoded(i).forEach(mark);
    }
  }

  function decoded(term) {
    if (!postings.has(term)) {
      var number = 0;
      postings.set(term, words.postings[term].split(",").map(function (gap) {
        number += parseInt(gap, 36);
        return number;
      }));
    }
    return postings.get(term);
  }

  // For each service: 2 when every word is found in its own text; 1 when every word is found
  // there or in the words of one of its needs (such as "rent arrears" for money and housing),
  // its areas or its languages; 0 otherwise.
  function wordScores(query) {
    var total = index.services.length;
    var all = new Uint8Array(total);
    var own = new Uint8Array(total);
    query.forEach(function (word) {
      var hit = new Uint8Array(total);
      index.needWords.forEach(function (needWords, need) {
        if (startsAny(needWords, word)) {
          byNeed[need].forEach(function (n) { hit[n] = 1; });
        }
      });
      index.services.forEach(function (row, n) {
        if (row[6].some(function (a) { return startsAny(index.areaWords[a], word); }) ||
            row[7].some(function (l) { return startsAny(index.languageWords[l], word); })) {
          hit[n] = 1;
        }
      });
      ownMatches(word, function (n) { hit[n] = 2; });
      for (var n = 0; n < total; n++) {
        if (hit[n]) {
          all[n] += 1;
          own[n] += hit[n] === 2 ? 1 : 0;
        }
      }
    });
    var scores = new Uint8Array(total);
    for (var n = 0; n < total; n++) {
      if (all[n] === query.length) {
        scores[n] = own[n] === query.length ? 2 : 1;
      }
    }
    return scores;
  }

  function loadWords() {
    if (!wordsLoading) {
      wordsLoading = getJson(new URL(index.words, indexUrl)).then(function (data) {
        words = data;
      }, function (error) {
        wordsLoading = null; // try again next time
        throw error;
      });
    }
    return wordsLoading;
  }

  // ---- Filters --------------------------------------------------------------------------
  function chosen() {
    var picked = { words: wordsIn(wordsBox.value), checks: {} };
    form.querySelectorAll("[data-sp-filter]").forEach(function (field) {
      var name = field.getAttribute("data-sp-filter");
      if (field.type === "checkbox" && field.hasAttribute("value")) { // one of several
        if (field.checked) {
          (picked.checks[name] = picked.checks[name] || []).push(field.value);
        }
      } else if (field.type === "checkbox") { // on or off
        picked[name] = field.checked;
      } else {
        picked[name] = field.value;
      }
    });
    return picked;
  }

  function position(list, value) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) { return i; }
    }
    return -1;
  }

  function mask(list, values) {
    return (values || []).reduce(function (bits, value) {
      return bits | (1 << position(list, value));
    }, 0);
  }

  // A function saying whether a service's row passes every chosen filter.
  function test(picked) {
    var need = picked.need ? position(index.needs, picked.need) : -1;
    var level = picked.level ? 1 << position(index.levels, picked.level) : 0;
    var group = picked.group ? 1 << position(index.groups, picked.group) : 0;
    var area = picked.area ? position(index.areas, picked.area) : -1;
    var language = picked.language ? position(index.languages, picked.language) : -1;
    var access = mask(index.access, picked.checks.access);
    var delivery = mask(index.delivery, picked.checks.delivery);
    return function (row) {
      return (need < 0 || row[0].indexOf(need) >= 0) &&
        (!level || row[1] & level) &&
        (!group || row[2] & group) &&
        (!picked.free || row[3] === 1) &&
        (!access || row[4] & access) &&
        (!delivery || row[5] & delivery) &&
        (area < 0 || row[6].indexOf(area) >= 0) &&
        (language < 0 || row[7].indexOf(language) >= 0);
    };
  }

  function update(announceNow) {
    var picked = chosen();
    var mine = ++run;
    if (picked.words.length && !words) {
      countBox.textContent = "Searching…";
      loadWords().then(function () {
        if (mine === run) { update(announceNow); }
      }, showFailure);
      return;
    }
    var passes = test(picked);
    var scores = picked.words.length ? wordScores(picked.words) : null;
    var best = [];
    var rest = [];
    index.services.forEach(function (row, n) {
      if ((!scores || scores[n]) && passes(row)) {
        (scores && scores[n] === 1 ? rest : best).push(n);
      }
    });
    results = best.concat(rest);
    shown = 0;
    list.textContent = "";
    showMore(false);
    countMoreFilters();
    describeChoices();
    window.clearTimeout(announceTimer);
    if (announceNow) {
      announce();
    } else { // no stale count while typing, and no count read out after every letter
      countBox.textContent = "";
      announceTimer = window.setTimeout(announce, TYPING_PAUSE_MS);
    }
  }

  function announce() {
    var n = results.length;
    countBox.textContent = n === 0
      ? "No services match. Try fewer filters or other words."
      : n === 1 ? "1 service matches." : n + " services match.";
  }

  function countMoreFilters() {
    if (!moreSummary) { return; }
    var details = moreSummary.parentNode;
    var count = 0;
    details.querySelectorAll("[data-sp-filter]").forEach(function (field) {
      count += (field.type === "checkbox" ? field.checked : field.value) ? 1 : 0;
    });
    moreSummary.textContent = count ? moreSummaryText + " (" + count + " chosen)" : moreSummaryText;
  }

  // For the printed handout: what the list was chosen by, in the form's own words.
  function describeChoices() {
    var parts = [];
    if (wordsBox.value.trim()) {
      parts.push("Search words: " + wordsBox.value.trim());
    }
    form.querySelectorAll("select[data-sp-filter]").forEach(function (select) {
      if (select.value) { parts.push(select.selectedOptions[0].textContent.trim()); }
    });
    form.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
      parts.push(box.labels[0].textContent.trim());
    });
    chosenBox.textContent = parts.length ? "Chosen: " + parts.join("; ") + "." : "";
  }

  // ---- Results ----------------------------------------------------------------------------
  function getJson(url) {
    return window.fetch(url, { credentials: "omit" }).then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + url); }
      return response.json();
    });
  }

  // The card of service n (null if it could not be fetched); files hold a few cards each.
  function card(n) {
    var file = Math.floor(n / index.cardsPerFile);
    if (!cardFiles.has(file)) {
      cardFiles.set(file, getJson(new URL(index.cards + file + ".json", indexUrl))
        .catch(function () {
          cardFiles.delete(file); // try again next time
          return [];
        }));
    }
    return cardFiles.get(file).then(function (found) {
      return found[n % index.cardsPerFile] || null;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function link(href, text) {
    var a = element("a", "", text);
    a.setAttribute("href", href);
    return a;
  }

  // The same markup as the card macro in templates/_directory.html.
  function resultItem(data) {
    var item = element("li", "sp-card sp-result");
    if (!data) {
      item.appendChild(element("p", "", "This service could not be loaded. Check your" +
        " connection and try again."));
      return item;
    }
    var title = element("h3", "sp-card__title");
    title.appendChild(link(data.u, data.n)); // relative to this page, as in the lists
    item.appendChild(title);
    item.appendChild(element("p", "", data.s));
    item.appendChild(element("p", "sp-meta", data.m));
    var ways = element("ul", "sp-result__ways");
    if (data.p) {
      var phone = element("li", "", "Phone ");
      phone.appendChild(link("tel:" + data.p[1], data.p[0]));
      ways.appendChild(phone);
    }
    if (data.e) {
      var email = element("li", "", "Email ");
      email.appendChild(link("mailto:" + data.e, data.e));
      ways.appendChild(email);
    }
    if (data.w) {
      ways.appendChild(element("li", "sp-print-only", "Website " + data.w));
    }
    if (ways.children.length) { item.appendChild(ways); }
    if (data.c !== undefined || data.a) {
      var alert = element("div", "sp-alert");
      alert.setAttribute("role", "note");
      var text = element("p");
      if (data.c !== undefined) {
        text.appendChild(element("strong", "", "Temporarily closed."));
        text.appendChild(document.createTextNode(data.c ? " " + data.c : ""));
      } else {
        text.textContent = data.a;
      }
      alert.appendChild(text);
      item.appendChild(alert);
    }
    return item;
  }

  // Adds the next `count` results (PAGE by default); resolves once they are on screen. Each
  // batch waits for the one before, so results always appear in order.
  function showMore(moveFocus, count) {
    var mine = run;
    var numbers = results.slice(shown, shown + (count || PAGE));
    shown += numbers.length;
    moreButton.hidden = true;
    printButton.hidden = results.length === 0;
    var loaded = Promise.all(numbers.map(card));
    appending = appending.then(function () { return loaded; }).then(function (found) {
      if (mine !== run) { return; }
      var first = null;
      found.forEach(function (data) {
        var item = resultItem(data);
        first = first || item;
        list.appendChild(item);
      });
      moreButton.hidden = shown >= results.length;
      if (moveFocus && first) {
        var target = first.querySelector("a") || first;
        target.focus();
      }
    });
    return appending;
  }

  function printResults() {
    var wanted = Math.min(results.length, PRINT_LIMIT);
    var waiting = shown < wanted ? showMore(false, wanted - shown) : Promise.resolve();
    waiting.then(function () {
      if (results.length > PRINT_LIMIT) {
        countBox.textContent = "Printing the first " + PRINT_LIMIT + " of " + results.length +
          " services. Choose more filters to print fewer.";
      }
      window.print();
    });
  }

  function showFailure() {
    countBox.textContent = "Search is not working at the moment. Use the lists below instead.";
  }

  // ---- Start --------------------------------------------------------------------------------
  function start(data) {
    index = data;
    stopWords = new Set(index.stopWords);
    index.needWords = index.needWords.map(function (text) { return text.split(" "); });
    index.areaWords = index.areaWords.map(function (text) { return text.split(" "); });
    index.languageWords = index.languageWords.map(function (text) { return text.split(" "); });
    byNeed = index.needs.map(function () { return []; });
    index.services.forEach(function (row, n) {
      row[0].forEach(function (need) { byNeed[need].push(n); });
    });

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("change", function (event) {
      if (event.target !== wordsBox) { update(true); }
    });
    wordsBox.addEventListener("input", function () { update(false); });
    wordsBox.addEventListener("focus", function () { loadWords().catch(showFailure); });
    finder.querySelector("[data-sp-clear]").addEventListener("click", function () {
      form.reset();
      update(true);
      wordsBox.focus();
    });
    moreButton.addEventListener("click", function () { showMore(true); });
    printButton.addEventListener("click", printResults);
    finder.hidden = false;
    update(true); // the browser may have kept choices from an earlier visit to this page
  }

  getJson(indexUrl).then(start, function () {
    finder.hidden = true; // the lists below still work
  });
})();
