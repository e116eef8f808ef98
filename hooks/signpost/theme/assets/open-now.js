/*
 * "Open now" and "Closed now" beside opening hours, in Europe/London time.
 *
 * Each element marked data-sp-open holds a week of opening spans, as minutes from Monday
 * 00:00 ("510-1020 1950-2460"), and data-sp-bank says what happens on bank holidays
 * (closed, usual or all-day). The bank holidays known when the site was built are on this
 * script's data-bank-holidays. See hooks/signpost/openhours.py.
 *
 * On the contacts page, when a route is closed and the route it names for out-of-hours
 * (data-sp-out-of-hours) is open, that route is moved first and says so.
 *
 * Without JavaScript the hours stay as text, and after the last year of known bank holidays
 * nothing is added: a wrong "Open now" is worse than none.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var holidays = new Set(((script && script.getAttribute("data-bank-holidays")) || "")
    .split(" ").filter(Boolean));
  var lastYear = Math.max.apply(null, Array.from(holidays, function (day) {
    return Number(day.slice(0, 4));
  }).concat([0]));
  var DAY = 1440;
  var DAY_MS = 86400000;
  var NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var LOOK_AHEAD_DAYS = 21;

  var london = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  });

  // The London calendar day (as UTC midnight of that date, for day arithmetic) and minute.
  function londonNow() {
    var parts = {};
    london.formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    return {
      day: Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)),
      minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute)
    };
  }

  function isoDate(day) {
    return new Date(day).toISOString().slice(0, 10);
  }

  function weekday(day) {
    return (new Date(day).getUTCDay() + 6) % 7; // Monday is 0
  }

  function parseSpans(text) {
    return text.split(" ").filter(Boolean).map(function (span) {
      return span.split("-").map(Number);
    });
  }

  // Open spans of one calendar day, as [open, close) minutes after midnight.
  function spansOn(hours, day) {
    if (holidays.has(isoDate(day))) {
      if (hours.bank === "closed") { return []; }
      if (hours.bank === "all-day") { return [[0, DAY]]; }
    }
    var start = weekday(day) * DAY;
    var spans = [];
    hours.week.forEach(function (span) {
      var from = Math.max(span[0], start);
      var to = Math.min(span[1], start + DAY);
      if (from < to) { spans.push([from - start, to - start]); }
    });
    return spans;
  }

  // Whether it is open now, and the day and minute when that changes (null: not in sight).
  function state(hours, now) {
    var today = spansOn(hours, now.day);
    var current = today.filter(function (s) { return s[0] <= now.minute && now.minute < s[1]; })[0];
    if (current) {
      var day = now.day;
      var end = current[1];
      for (var ahead = 0; end === DAY && ahead < LOOK_AHEAD_DAYS; ahead++) {
        day += DAY_MS;
        var next = spansOn(hours, day).filter(function (s) { return s[0] === 0; })[0];
        if (!next) { return { open: true, day: day, minute: 0 }; }
        end = next[1];
      }
      return end === DAY ? { open: true, day: null } : { open: true, day: day, minute: end };
    }
    for (var later = 0; later < LOOK_AHEAD_DAYS; later++) {
      var date = now.day + later * DAY_MS;
      var opening = spansOn(hours, date).filter(function (s) {
        return later > 0 || s[0] > now.minute;
      })[0];
      if (opening) { return { open: false, day: date, minute: opening[0] }; }
    }
    return { open: false, day: null };
  }

  // As hooks/signpost/hours.py writes times: 9am, 5:30pm, midnight, midday.
  function clock(minutes) {
    if (minutes === 0 || minutes === DAY) { return "midnight"; }
    if (minutes === 720) { return "midday"; }
    var hour = Math.floor(minutes / 60);
    var minute = minutes % 60;
    var text = String(hour % 12 || 12) + (minute ? ":" + String(minute).padStart(2, "0") : "");
    return text + (hour < 12 ? "am" : "pm");
  }

  // "5pm", "8:30am tomorrow", "Monday at 8:30am": when an open route closes.
  function until(now, day, minute) {
    var days = Math.round((day - now.day) / DAY_MS);
    if (days === 0 || (days === 1 && minute === 0)) { return clock(days ? DAY : minute); }
    return days === 1 ? clock(minute) + " tomorrow" : onDay(now, day, minute);
  }

  // "today at 1:30pm", "tomorrow at 9am", "Monday at 8:30am": when a closed route opens.
  function opens(now, day, minute) {
    var days = Math.round((day - now.day) / DAY_MS);
    if (days < 2) { return (days ? "tomorrow" : "today") + " at " + clock(minute); }
    return onDay(now, day, minute);
  }

  function onDay(now, day, minute) {
    var date = new Date(day);
    var name = NAMES[weekday(day)];
    if (day - now.day < 7 * DAY_MS) { return name + " at " + clock(minute); }
    return name + " " + date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " at " +
      clock(minute);
  }

  function words(hours, now) {
    var found = state(hours, now);
    var holiday = holidays.has(isoDate(now.day)) ? " (bank holiday)" : "";
    if (found.open) {
      return found.day === null ? "Open now: 24 hours a day."
        : "Open now, until " + until(now, found.day, found.minute) + ".";
    }
    return "Closed now" + holiday + "." +
      (found.day === null ? "" : " Opens " + opens(now, found.day, found.minute) + ".");
  }

  function show(element, now) {
    var hours = {
      week: parseSpans(element.getAttribute("data-sp-open") || ""),
      bank: element.getAttribute("data-sp-bank") || "usual"
    };
    var open = state(hours, now).open;
    element.textContent = words(hours, now);
    element.classList.toggle("sp-open-now--open", open);
    element.classList.toggle("sp-open-now--closed", !open);
    element.hidden = false;
    return open;
  }

  // A closed route's out-of-hours route, when it is open and in the same group, goes first;
  // it goes back when the first route opens again.
  var moved = new Map(); // out-of-hours route -> the route it was moved above

  function putOpenRoutesFirst(openById) {
    moved.forEach(function (closed, cover) {
      if (openById[closed.id] !== false) {
        closed.after(cover);
        moved.delete(cover);
      }
    });
    document.querySelectorAll("[data-sp-out-of-hours]").forEach(function (closed) {
      var cover = document.getElementById(closed.getAttribute("data-sp-out-of-hours"));
      if (!cover || openById[closed.id] !== false || !openById[cover.id] ||
          cover.parentNode !== closed.parentNode || cover.className !== closed.className) {
        return;
      }
      if (!(closed.compareDocumentPosition(cover) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        return; // already first: it is the main route, and the closed one its cover
      }
      closed.before(cover);
      moved.set(cover, closed);
      var heading = closed.querySelector("h2, h3, h4");
      var status = cover.querySelector("[data-sp-open]");
      if (heading && status) {
        status.textContent += " Use this route while " + heading.textContent + " is closed.";
      }
    });
  }

  function refresh() {
    var now = londonNow();
    if (new Date(now.day).getUTCFullYear() > lastYear) {
      return;
    }
    var openById = {};
    document.querySelectorAll("[data-sp-open]").forEach(function (element) {
      var open = show(element, now);
      var route = element.closest(".sp-contact[id]");
      if (route) { openById[route.id] = open; }
    });
    putOpenRoutesFirst(openById);
  }

  function start() {
    refresh();
    // Keep it true while the page stays open: check again at the start of each minute.
    window.setInterval(refresh, 60000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
