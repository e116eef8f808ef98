/* Consent pages: the "Who is reading?" links become tabs, one version showing at a time.
   The address keeps the choice (#children), so a link opens the right version; nothing is
   stored. Without this script every version shows, one after another. */
(function () {
  "use strict";

  function setUp(box) {
    var nav = box.querySelector(".sp-audiences__choose");
    var list = nav && nav.querySelector("ul");
    if (!list) {
      return;
    }
    var tabs = Array.prototype.slice.call(list.querySelectorAll("a[href^='#']"));
    var panels = tabs.map(function (tab) {
      return document.getElementById(decodeURIComponent(tab.getAttribute("href").slice(1)));
    });
    if (tabs.length < 2 || panels.indexOf(null) !== -1) {
      return;
    }

    function select(index, moveFocus) {
      tabs.forEach(function (tab, i) {
        var chosen = i === index;
        tab.setAttribute("aria-selected", chosen ? "true" : "false");
        tab.tabIndex = chosen ? 0 : -1;
        panels[i].hidden = !chosen;
      });
      if (moveFocus) {
        tabs[index].focus();
      }
    }

    function chosenByAddress() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id ? document.getElementById(id) : null;
      for (var i = 0; target && i < panels.length; i++) {
        if (panels[i] === target || panels[i].contains(target)) {
          return { index: i, target: target };
        }
      }
      return null;
    }

    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", nav.getAttribute("aria-label") || "Versions");
    tabs.forEach(function (tab, i) {
      tab.parentNode.setAttribute("role", "presentation");
      tab.setAttribute("role", "tab");
      tab.id = panels[i].id + "-tab";
      tab.setAttribute("aria-controls", panels[i].id);
      panels[i].setAttribute("role", "tabpanel");
      panels[i].setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", function (event) {
        event.preventDefault();
        select(i, false);
        window.history.replaceState(null, "", "#" + panels[i].id);
      });
      tab.addEventListener("keydown", function (event) {
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (next === undefined) {
          return;
        }
        event.preventDefault();
        next = (next + tabs.length) % tabs.length;
        select(next, true);
        window.history.replaceState(null, "", "#" + panels[next].id);
      });
    });
    box.classList.add("sp-audiences--tabs");

    var start = chosenByAddress();
    select(start ? start.index : 0, false);
    if (start) {
      start.target.scrollIntoView();
    }
    window.addEventListener("hashchange", function () {
      var chosen = chosenByAddress();
      if (chosen) {
        select(chosen.index, false);
        chosen.target.scrollIntoView();
      }
    });
  }

  document.querySelectorAll("[data-sp-audiences]").forEach(setUp);
})();
