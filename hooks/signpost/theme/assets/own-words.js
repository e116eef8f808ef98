/*
 * Signpost's own words for its scripts, in the page's language: a page in a language other
 * than English carries them in <script type="application/json" id="sp-own-words"> (written by
 * hooks/signpost/jswords.py from the message catalogues); an English page carries none, and
 * the English below is used. Any word the element lacks is English too.
 *
 * A text has %(name)s placeholders. A count has one form per CLDR plural category, chosen
 * with Intl.PluralRules, and may give a number its own form ("0").
 */

const ENGLISH = {
  lang: "en",
  clock24: false,
  days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  months: ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"],
  text: {
    no_match: "No services match. Try fewer filters or other words.",
    matches: { one: "%(num)s service matches.", other: "%(num)s services match." },
    searching: "Searching…",
    failed: "Search is not working at the moment. Use the lists below instead.",
    not_loaded: "This service could not be loaded. Check your connection and try again.",
    phone: "Phone",
    email: "Email",
    website: "Website",
    temporarily_closed: "Temporarily closed.",
    in_english: "(in English)",
    printing: {
      one: "Printing the first %(first)s of %(num)s service. Choose more filters to print fewer.",
      other: "Printing the first %(first)s of %(num)s services. Choose more filters to print" +
        " fewer."
    },
    more_chosen: { one: "%(label)s (%(num)s chosen)", other: "%(label)s (%(num)s chosen)" },
    search_words: "Search words: %(words)s",
    chosen: "Chosen: %(choices)s.",
    joiner: "; ",
    open_all_day: "Open now: 24 hours a day.",
    open_until: "Open now, until %(time)s.",
    closed: "Closed now.",
    closed_holiday: "Closed now (bank holiday).",
    opens: "Opens %(when)s.",
    midnight: "midnight",
    midday: "midday",
    time_tomorrow: "%(time)s tomorrow",
    today_at: "today at %(time)s",
    tomorrow_at: "tomorrow at %(time)s",
    day_at: "%(day)s at %(time)s",
    date_at: "%(day)s %(date)s at %(time)s",
    day_month: "%(number)s %(month)s",
    use_while_closed: "Use this route while %(name)s is closed.",
    you_said: "You said: %(answers)s",
    showing_all: { one: "Showing the %(num)s update.", other: "Showing all %(num)s updates." },
    showing_some: {
      one: "Showing %(shown)s of %(num)s update.",
      other: "Showing %(shown)s of %(num)s updates."
    }
  }
};

let page = null; // the page's words, read once

function read() {
  if (page) {
    return page;
  }
  page = ENGLISH;
  const element = typeof document === "undefined" ? null : document.getElementById("sp-own-words");
  if (element) {
    const found = JSON.parse(element.textContent);
    page = Object.assign({}, ENGLISH, found, {
      text: Object.assign({}, ENGLISH.text, found.text || {})
    });
  }
  return page;
}

function fill(text, values) {
  return text.replace(/%\((\w+)\)s/g, function (whole, name) {
    return values && name in values ? String(values[name]) : whole;
  });
}

// A browser without Intl.PluralRules, or without the language's rules, gets "other" (every
// count has it) for any number but 1.
function category(lang, n) {
  if (typeof Intl === "undefined" || !Intl.PluralRules) {
    return n === 1 ? "one" : "other";
  }
  return new Intl.PluralRules(lang).select(n);
}

/** The words for `key`, with `values` in its %(name)s places. */
export function say(key, values) {
  const text = read().text[key];
  return fill(typeof text === "string" ? text : ENGLISH.text[key], values);
}

/** The words for `key` with the count `n` (its %(num)s) and `values`. */
export function sayCount(key, n, values) {
  const words = read();
  let forms = words.text[key];
  if (!forms || typeof forms !== "object") {
    forms = ENGLISH.text[key];
  }
  const chosen = forms[String(n)] || forms[category(words.lang, n)] || forms.other ||
    ENGLISH.text[key][n === 1 ? "one" : "other"];
  return fill(chosen, Object.assign({ num: n }, values));
}

/** The name of day `index` (Monday is 0), of month `index` (January is 0). */
export function dayName(index) {
  return read().days[index];
}

export function monthName(index) {
  return read().months[index];
}

/** Whether times are written 09:00 and 17:30 (every language but English) or 9am, 5:30pm. */
export function clock24() {
  return read().clock24;
}

export { ENGLISH };
