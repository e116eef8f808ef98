/*
 * "Leave this site": Signpost's quick exit.
 *
 * Any link marked data-sp-exit, or Shift pressed on its own three times within five seconds,
 * blanks the page at once and replaces it with the neutral site in the link's href.
 * location.replace() takes this page out of the tab's history, so Back does not bring it
 * back. It cannot clear the rest of the history: the "Staying safe online" page says so.
 *
 * Without JavaScript the link still works as a plain link to the same address.
 * Loaded in <head> and listening on the document, so it works while the page loads.
 */
(function () {
  "use strict";

  // Every page loads this script in <head>, before its body is drawn, so it also marks the
  // page as one whose module scripts will run: what they enhance (Find a service's finder) is
  // then drawn from the first paint, and nothing moves when they start (directory.css).
  if ("noModule" in HTMLScriptElement.prototype) {
    document.documentElement.classList.add("sp-scripted");
  }

  var PRESSES = 3;
  var WITHIN_MS = 5000;
  var shiftTimes = [];
  var leaving = false;

  function exitLink() {
    return document.querySelector("a[data-sp-exit]");
  }

  function leave(url) {
    if (!url || leaving) {
      return;
    }
    leaving = true;
    // Blank the page before the neutral site starts loading: nothing stays on screen.
    document.documentElement.style.setProperty("display", "none", "important");
    document.title = "";
    window.location.replace(url);
  }

  function onActivate(event) {
    var target = event.target;
    var link = target && target.closest ? target.closest("a[data-sp-exit]") : null;
    if (!link) {
      return;
    }
    // Also for Ctrl/Cmd/middle click: a new tab would leave this page showing.
    event.preventDefault();
    leave(link.href);
  }

  document.addEventListener("click", onActivate, true);
  document.addEventListener("auxclick", onActivate, true);

  // A press counts when Shift goes down and up on its own: Shift+Tab (moving backwards) and
  // capital letters never add up to leaving the site, and they start the count again.
  var shiftAlone = false;

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      shiftAlone = false;
      shiftTimes = [];
    } else if (!event.repeat) {
      shiftAlone = true;
    }
  }, true);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone) {
      return;
    }
    shiftAlone = false;
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (time) {
      return now - time < WITHIN_MS;
    });
    shiftTimes.push(now);
    if (shiftTimes.length >= PRESSES) {
      shiftTimes = [];
      var link = exitLink();
      if (link) {
        leave(link.href);
      }
    }
  }, true);
})();
