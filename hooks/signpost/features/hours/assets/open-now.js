/*
 * "Open now" and "Closed now" beside opening hours, in Europe/London time.
 *
 * Each element marked data-sp-open holds a week of opening spans, as minutes from Monday
 * 00:00 ("510-1020 1950-2460"), and data-sp-bank says what happens on bank holidays
 * (closed, usual or all-day). The bank holidays known when the site was built are on this
 * script's data-bank-holidays. See hooks/signpost/features/hours/opennow.py; the hours are worked out in
 * open-now/hours.js.
 *
 * On the contacts page, when a route is closed and the route it names for out-of-hours
 * (data-sp-out-of-hours) is open, that route is moved first and says so.
 *
 * Without JavaScript the hours stay as text, and after the last year of known bank holidays
 * nothing is added: a wrong "Open now" is worse than none.
 */

import { londonNow, parseSpans, state, words } from "./open-now/hours.js";
import * as own from "./own-words.js";

export class OpenNow {
  /** `root` holds the [data-sp-open] elements; `holidays` is a Set of "YYYY-MM-DD". */
  constructor(root, holidays) {
    this.root = root;
    this.holidays = holidays;
    this.lastYear = Math.max(0, ...Array.from(holidays, (day) => Number(day.slice(0, 4))));
    this.moved = new Map(); // out-of-hours route -> the route it was moved above
  }

  init() {
    this.refresh();
    // Keep it true while the page stays open: check again at the start of each minute.
    window.setInterval(() => this.refresh(), 60000);
  }

  refresh() {
    const now = londonNow();
    if (new Date(now.day).getUTCFullYear() > this.lastYear) {
      return;
    }
    const openById = {};
    this.root.querySelectorAll("[data-sp-open]").forEach((element) => {
      const open = this.show(element, now);
      const route = element.closest(".sp-contact[id]");
      if (route) {
        openById[route.id] = open;
      }
    });
    this.putOpenRoutesFirst(openById);
  }

  show(element, now) {
    const hours = {
      week: parseSpans(element.getAttribute("data-sp-open") || ""),
      bank: element.getAttribute("data-sp-bank") || "usual",
    };
    const open = state(this.holidays, hours, now).open;
    element.textContent = words(this.holidays, hours, now);
    element.classList.toggle("sp-open-now--open", open);
    element.classList.toggle("sp-open-now--closed", !open);
    element.hidden = false;
    return open;
  }

  // A closed route's out-of-hours route, when it is open and in the same group, goes first;
  // it goes back when the first route opens again.
  putOpenRoutesFirst(openById) {
    this.moved.forEach((closed, cover) => {
      if (openById[closed.id] !== false) {
        closed.after(cover);
        this.moved.delete(cover);
      }
    });
    this.root.querySelectorAll("[data-sp-out-of-hours]").forEach((closed) => {
      const cover = document.getElementById(closed.getAttribute("data-sp-out-of-hours"));
      if (!cover || openById[closed.id] !== false || !openById[cover.id] ||
          cover.parentNode !== closed.parentNode || cover.className !== closed.className) {
        return;
      }
      if (!(closed.compareDocumentPosition(cover) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        return; // already first: it is the main route, and the closed one its cover
      }
      closed.before(cover);
      this.moved.set(cover, closed);
      const heading = closed.querySelector("h2, h3, h4");
      const status = cover.querySelector("[data-sp-open]");
      if (heading && status) {
        status.textContent += " " + own.say("use_while_closed", { name: heading.textContent });
      }
    });
  }
}

const script = document.querySelector("script[data-bank-holidays]");
const holidays = new Set(((script && script.getAttribute("data-bank-holidays")) || "")
  .split(" ").filter(Boolean));
new OpenNow(document, holidays).init();
