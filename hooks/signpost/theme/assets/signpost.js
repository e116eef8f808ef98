/*
 * Signpost's replacement for Material's inline helper script, loaded in <head> before
 * Material's bundle, plus small keyboard and layout helpers.
 *
 * 1. Material saves palette, tab and dismissal choices with __md_get/__md_set into
 *    localStorage and sessionStorage. Here the same functions keep them in memory for the
 *    life of the page: a family's device keeps no trace of the visit in storage.
 * 2. Keeps --sp-header-h (the sticky header, exit bar included) and --sp-exit-h up to date
 *    for signpost.css: scroll-padding-top uses them so focus never hides under the header.
 * 3. Makes the header's Menu link a button that opens Material's menu drawer (without
 *    JavaScript it leads to the menu, which signpost.css opens), and the Search button open
 *    Material's search box; both start closed, even where a browser would restore them on
 *    reload (HTML allows Material's checkboxes no autocomplete="off"). Opens a content tab
 *    named in the address (Material's inline script did that).
 * 4. Closes the search box when focus moves out of it, so that it never covers the page
 *    the keyboard has moved on to.
 * 5. On small screens, the menu opened from the keyboard takes focus, Escape closes it, and
 *    it closes when focus moves out of it; focus then goes back to the Menu button.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var memory = new Map();

  window.__md_scope = new URL(
    (script && script.getAttribute("data-md-scope")) || ".",
    window.location.href
  );

  // A small string hash; Material compares it with itself only, within one page.
  window.__md_hash = function (text) {
    var hash = 0;
    for (var i = 0; i < text.length; i++) {
      hash = ((hash << 5) - hash + text.charCodeAt(i)) | 0;
    }
    return hash;
  };

  // The storage argument is accepted and ignored: nothing is ever written to it.
  window.__md_get = function (key, storage, scope) {
    var name = (scope || window.__md_scope).pathname + "." + key;
    return memory.has(name) ? JSON.parse(memory.get(name)) : null;
  };

  window.__md_set = function (key, value, storage, scope) {
    var name = (scope || window.__md_scope).pathname + "." + key;
    memory.set(name, JSON.stringify(value));
  };

  function trackHeaderHeight() {
    var root = document.documentElement;
    var header = document.querySelector("[data-md-component=header]");
    var bar = document.querySelector(".sp-exit");
    if (!header || !bar) {
      return;
    }
    function measure() {
      root.style.setProperty("--sp-header-h", header.offsetHeight + "px");
      root.style.setProperty("--sp-exit-h", bar.offsetHeight + "px");
    }
    measure();
    if (typeof ResizeObserver !== "undefined") {
      var observer = new ResizeObserver(measure);
      observer.observe(header);
      observer.observe(bar);
    }
  }

  // Material follows its toggles' change events.
  function setToggle(toggle, checked) {
    toggle.checked = checked;
    toggle.dispatchEvent(new Event("change"));
  }

  function headerButtons() {
    var drawer = document.getElementById("__drawer");
    var search = document.getElementById("__search");
    var menu = document.querySelector("[data-sp-menu]");
    var find = document.querySelector("[data-sp-search]");
    [drawer, search].forEach(function (toggle) {
      if (toggle && toggle.checked) {
        setToggle(toggle, false);
      }
    });
    if (menu && drawer) {
      menu.setAttribute("role", "button");
      menu.setAttribute("aria-expanded", "false");
      drawer.addEventListener("change", function () {
        menu.setAttribute("aria-expanded", String(drawer.checked));
      });
      menu.addEventListener("click", function (event) {
        event.preventDefault();
        setToggle(drawer, !drawer.checked);
      });
      // A button is pressed with Space as well as Enter; a link only with Enter.
      menu.addEventListener("keydown", function (event) {
        if (event.key === " ") {
          event.preventDefault();
          menu.click();
        }
      });
    }
    if (find && search) {
      find.addEventListener("click", function () {
        setToggle(search, true);
        var input = document.querySelector("[data-md-component=search-query]");
        if (input) {
          input.focus();
        }
      });
    }
  }

  function openTabNamedInAddress() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.name && target.name.indexOf("__tabbed_") === 0) {
      target.checked = true;
    }
  }

  function closeSearchWhenFocusLeaves() {
    document.addEventListener("focusin", function (event) {
      var toggle = document.getElementById("__search");
      var search = document.querySelector("[data-md-component=search]");
      if (!toggle || !toggle.checked || !search || search.contains(event.target)) {
        return;
      }
      setToggle(toggle, false);
    });
  }

  function manageMenuFocus() {
    var toggle = document.getElementById("__drawer");
    var drawer = document.querySelector(".md-sidebar--primary");
    var button = document.querySelector("[data-sp-menu]");
    if (!toggle || !drawer || !button) {
      return;
    }
    function close() {
      setToggle(toggle, false);
    }
    function firstLink() {
      var links = drawer.querySelectorAll("a[href], [tabindex='0']");
      for (var i = 0; i < links.length; i++) {
        if (links[i].getBoundingClientRect().width > 0) {
          return links[i];
        }
      }
      return null;
    }
    toggle.addEventListener("change", function () {
      if (toggle.checked && document.activeElement === button) {
        var link = firstLink();
        if (link) {
          link.focus();
        }
      } else if (!toggle.checked && drawer.contains(document.activeElement)) {
        button.focus();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.checked && button.offsetWidth > 0) {
        close();
        button.focus();
      }
    });
    document.addEventListener("focusin", function (event) {
      if (toggle.checked && !drawer.contains(event.target) && event.target !== button) {
        close();
      }
    });
  }

  closeSearchWhenFocusLeaves();
  document.addEventListener("DOMContentLoaded", function () {
    headerButtons();
    trackHeaderHeight();
    openTabNamedInAddress();
    manageMenuFocus();
  });
})();
