/*
 * Says how many services match in the finder's live region (role=status), so that screen
 * readers hear it too; while someone types it waits for a pause, so that the count is not
 * read out after every letter.
 */

import { say, sayCount } from "../own-words.js";

const TYPING_PAUSE_MS = 600; // wait for a pause in typing before announcing the count

export class Announcer {
  constructor(box) {
    this.box = box;
    this.timer = 0;
  }

  say(text) {
    window.clearTimeout(this.timer);
    this.box.textContent = text;
  }

  /** The count of `total` matching services, now, or after a pause in typing. */
  count(total, now) {
    window.clearTimeout(this.timer);
    const text = total === 0 ? say("no_match") : sayCount("matches", total);
    if (now) {
      this.box.textContent = text;
    } else { // no stale count while typing
      this.box.textContent = "";
      this.timer = window.setTimeout(() => { this.box.textContent = text; }, TYPING_PAUSE_MS);
    }
  }

  searching() {
    this.say(say("searching"));
  }

  failed() {
    this.say(say("failed"));
  }
}
