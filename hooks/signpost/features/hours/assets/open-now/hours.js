/*
 * Opening hours worked out in Europe/London time, with no page in sight: whether a week of
 * opening spans is open now, until when, and what to say about it. open-now.js puts the words
 * on the page. See hooks/signpost/features/hours/opennow.py for the spans, and hooks/signpost/features/hours/inwords.py for
 * how times are written.
 */

import * as own from "../own-words.js";

const DAY = 1440;
const DAY_MS = 86400000;
const LOOK_AHEAD_DAYS = 21;

const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit", hourCycle: "h23"
});

// The London calendar day (as UTC midnight of that date, for day arithmetic) and minute.
export function londonNow() {
  const parts = {};
  london.formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
  return {
    day: Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)),
    minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute)
  };
}

export function isoDate(day) {
  return new Date(day).toISOString().slice(0, 10);
}

function weekday(day) {
  return (new Date(day).getUTCDay() + 6) % 7; // Monday is 0
}

export function parseSpans(text) {
  return text.split(" ").filter(Boolean).map(function (span) {
    return span.split("-").map(Number);
  });
}

// Open spans of one calendar day, as [open, close) minutes after midnight.
function spansOn(holidays, hours, day) {
  if (holidays.has(isoDate(day))) {
    if (hours.bank === "closed") { return []; }
    if (hours.bank === "all-day") { return [[0, DAY]]; }
  }
  const start = weekday(day) * DAY;
  const spans = [];
  hours.week.forEach(function (span) {
    const from = Math.max(span[0], start);
    const to = Math.min(span[1], start + DAY);
    if (from < to) { spans.push([from - start, to - start]); }
  });
  return spans;
}

// Whether it is open now, and the day and minute when that changes (null: not in sight).
export function state(holidays, hours, now) {
  const today = spansOn(holidays, hours, now.day);
  const current = today.filter(function (s) { return s[0] <= now.minute && now.minute < s[1]; })[0];
  if (current) {
    let day = now.day;
    let end = current[1];
    for (let ahead = 0; end === DAY && ahead < LOOK_AHEAD_DAYS; ahead++) {
      day += DAY_MS;
      const next = spansOn(holidays, hours, day).filter(function (s) { return s[0] === 0; })[0];
      if (!next) { return { open: true, day: day, minute: 0 }; }
      end = next[1];
    }
    return end === DAY ? { open: true, day: null } : { open: true, day: day, minute: end };
  }
  for (let later = 0; later < LOOK_AHEAD_DAYS; later++) {
    const date = now.day + later * DAY_MS;
    const opening = spansOn(holidays, hours, date).filter(function (s) {
      return later > 0 || s[0] > now.minute;
    })[0];
    if (opening) { return { open: false, day: date, minute: opening[0] }; }
  }
  return { open: false, day: null };
}

// As hooks/signpost/features/hours/inwords.py writes times: 9am, 5:30pm, midnight, midday;
// 09:00, 17:30 in any language but English.
function clock(minutes) {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  if (own.clock24()) {
    return String(hour).padStart(2, "0") + ":" + String(minute).padStart(2, "0");
  }
  if (minutes === 0 || minutes === DAY) { return own.say("midnight"); }
  if (minutes === 720) { return own.say("midday"); }
  const text = String(hour % 12 || 12) + (minute ? ":" + String(minute).padStart(2, "0") : "");
  return text + (hour < 12 ? "am" : "pm");
}

// "5pm", "8:30am tomorrow", "Monday at 8:30am": when an open route closes.
function until(now, day, minute) {
  const days = Math.round((day - now.day) / DAY_MS);
  if (days === 0 || (days === 1 && minute === 0)) { return clock(days ? DAY : minute); }
  return days === 1 ? own.say("time_tomorrow", { time: clock(minute) }) : onDay(now, day, minute);
}

// "today at 1:30pm", "tomorrow at 9am", "Monday at 8:30am": when a closed route opens.
function opens(now, day, minute) {
  const days = Math.round((day - now.day) / DAY_MS);
  if (days < 2) { return own.say(days ? "tomorrow_at" : "today_at", { time: clock(minute) }); }
  return onDay(now, day, minute);
}

function onDay(now, day, minute) {
  const date = new Date(day);
  const name = own.dayName(weekday(day));
  if (day - now.day < 7 * DAY_MS) { return own.say("day_at", { day: name, time: clock(minute) }); }
  const when = own.say("day_month", {
    number: date.getUTCDate(), month: own.monthName(date.getUTCMonth())
  });
  return own.say("date_at", { day: name, date: when, time: clock(minute) });
}

export function words(holidays, hours, now) {
  const found = state(holidays, hours, now);
  if (found.open) {
    return found.day === null ? own.say("open_all_day")
      : own.say("open_until", { time: until(now, found.day, found.minute) });
  }
  return own.say(holidays.has(isoDate(now.day)) ? "closed_holiday" : "closed") +
    (found.day === null ? "" : " " + own.say("opens", { when: opens(now, found.day, found.minute) }));
}
