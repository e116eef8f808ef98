/*
 * Consent pages ([data-module="sp-audiences"]): the "Who is reading?" links become tabs, one
 * version showing at a time. The address keeps the choice (#children), so a link opens the
 * right version; nothing is stored. Without this script every version shows, one after
 * another.
 */

export class Audiences {
  constructor(box) {
    this.box = box;
    this.nav = box.querySelector(".sp-audiences__choose");
    const list = this.nav && this.nav.querySelector("ul");
    this.list = list;
    this.tabs = list ? Array.from(list.querySelectorAll("a[href^='#']")) : [];
    this.panels = this.tabs.map((tab) =>
      document.getElementById(decodeURIComponent(tab.getAttribute("href").slice(1))));
  }

  init() {
    const { tabs, panels, list, nav } = this;
    if (!list || tabs.length < 2 || panels.indexOf(null) !== -1) {
      return;
    }
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", nav.getAttribute("aria-label") || "Versions");
    tabs.forEach((tab, i) => {
      tab.parentNode.setAttribute("role", "presentation");
      tab.setAttribute("role", "tab");
      tab.id = panels[i].id + "-tab";
      tab.setAttribute("aria-controls", panels[i].id);
      panels[i].setAttribute("role", "tabpanel");
      panels[i].setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", (event) => {
        event.preventDefault();
        this.select(i, false);
        window.history.replaceState(null, "", "#" + panels[i].id);
      });
      tab.addEventListener("keydown", (event) => {
        let next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (next === undefined) {
          return;
        }
        event.preventDefault();
        next = (next + tabs.length) % tabs.length;
        this.select(next, true);
        window.history.replaceState(null, "", "#" + panels[next].id);
      });
    });
    this.box.classList.add("sp-audiences--tabs");

    const start = this.chosenByAddress();
    this.select(start ? start.index : 0, false);
    if (start) {
      start.target.scrollIntoView();
    }
    window.addEventListener("hashchange", () => {
      const chosen = this.chosenByAddress();
      if (chosen) {
        this.select(chosen.index, false);
        chosen.target.scrollIntoView();
      }
    });
  }

  select(index, moveFocus) {
    this.tabs.forEach((tab, i) => {
      const chosen = i === index;
      tab.setAttribute("aria-selected", chosen ? "true" : "false");
      tab.tabIndex = chosen ? 0 : -1;
      this.panels[i].hidden = !chosen;
    });
    if (moveFocus) {
      this.tabs[index].focus();
    }
  }

  /** The version the address names (#children, or an id inside it), or null. */
  chosenByAddress() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    for (let i = 0; target && i < this.panels.length; i++) {
      if (this.panels[i] === target || this.panels[i].contains(target)) {
        return { index: i, target };
      }
    }
    return null;
  }
}

document.querySelectorAll('[data-module="sp-audiences"]').forEach((box) => {
  new Audiences(box).init();
});
