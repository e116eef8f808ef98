// Signpost's chrome on the page as it is (signpost_checks.chrome_problems): a list of problems, in words.
function chromeProblems({ exitUrl, emergencyTexts, exitLabel }) {
  const problems = [];
  const name = (el) => !el ? "nothing" : el.tagName.toLowerCase()
    + (el.id ? "#" + el.id : "") + (el.classList.length ? "." + [...el.classList].join(".") : "")
    + (el.textContent.trim() ? ` "${el.textContent.trim().replace(/\s+/g, " ").slice(0, 40)}"` : "");
  const visible = (el) => !!el && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const words = (text) => text.replace(/\s+/g, " ").trim();

  const exit = document.querySelector("a[data-sp-exit]");
  const inView = (where) => {
    const box = exit.getBoundingClientRect();
    if (!visible(exit) || box.top < 0 || box.left < 0
        || box.bottom > innerHeight || box.right > innerWidth) {
      problems.push(`"Leave this site" is out of view ${where}`);
      return;
    }
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!exit.contains(hit)) {problems.push(`"Leave this site" is covered by ${name(hit)} ${where}`);}
  };
  if (!exit) {
    problems.push('no "Leave this site" link');
  } else {
    if (words(exit.textContent) !== exitLabel) {problems.push(`quick exit reads "${words(exit.textContent)}", not "${exitLabel}"`);}
    if (exit.href !== exitUrl) {problems.push(`quick exit goes to ${exit.href}, not ${exitUrl}`);}
    if (!exit.relList.contains("noreferrer")) { problems.push('quick exit link lacks rel="noreferrer"'); }
    const focusable = [...document.querySelectorAll(
      "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]"
    )].filter((el) => el.tabIndex >= 0 && !el.disabled && visible(el));
    if (focusable[0] !== exit) {problems.push(`the keyboard reaches ${name(focusable[0])} before the quick exit`);}
    const help = document.querySelector(".sp-exit__help");
    if (!help || !visible(help)) { problems.push('no visible "What this button does" link'); }
    inView("at the top of the page");
    window.scrollTo(0, document.documentElement.scrollHeight);
    inView("at the bottom of the page");
    window.scrollTo(0, 0);
  }
  const skip = document.querySelector("a.sp-skip");
  if (!skip) { problems.push("no skip link"); }
  else if (!document.getElementById(decodeURIComponent(skip.hash.slice(1)))) { problems.push("the skip link leads nowhere"); }
  if (document.querySelector("[tabindex]:not([tabindex='0']):not([tabindex^='-'])")) {
    problems.push("a positive tabindex changes the keyboard order");
  }

  const emergency = document.querySelector(".sp-emergency");
  if (!emergency || !visible(emergency)) {
    problems.push("no visible emergency routes");
  } else {
    const text = words(emergency.innerText);
    for (const expected of emergencyTexts) {
      if (!text.includes(words(expected))) {problems.push(`emergency routes lack "${expected}"`);}
    }
    if (!emergency.querySelector('a[href^="tel:"]')) { problems.push("emergency routes have no phone link"); }
    const content = document.querySelector(".md-content");
    if (content && !(emergency.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      problems.push("emergency routes come after the page content");
    }
  }

  // WCAG 1.4.1: a link inside running text must differ by more than colour. axe-core's
  // link-in-text-block rule lets a 2.4:1 colour difference pass; this asks for an underline,
  // a border, a background or bold type. Running text: other words beside the link.
  const letters = (text) => (text.match(/[A-Za-z]{2,}/g) || []).length;
  for (const link of document.querySelectorAll(".md-typeset a[href]")) {
    const block = link.parentElement.closest("p, li, td, dd, dt, figcaption, blockquote");
    if (!block || !visible(link) || letters(block.textContent) - letters(link.textContent) < 2) { continue; }
    const own = getComputedStyle(link), around = getComputedStyle(block);
    const marked = own.textDecorationLine.includes("underline")
      || (own.borderBottomStyle !== "none" && parseFloat(own.borderBottomWidth) > 0)
      || (own.backgroundColor !== around.backgroundColor && own.backgroundColor !== "rgba(0, 0, 0, 0)")
      || Number(own.fontWeight) - Number(around.fontWeight) >= 300;
    if (!marked) {problems.push(`${name(link)} sits in text but is told apart by colour alone`);}
  }
  for (const input of document.querySelectorAll("input[type=radio], input[type=checkbox]")) {
    const box = input.getBoundingClientRect();
    if (visible(input) && box.width > 0 && (box.width < 24 || box.height < 24)) {
      problems.push(`${name(input)} is ${Math.round(box.width)}x${Math.round(box.height)}px, under 24x24`);
    }
  }

  // One h1, and headings that never skip a level going down (WCAG 1.3.1 and 2.4.6). Only
  // headings a reader can meet count: the questionnaire keeps one question a step, each
  // step with its own h1, and shows one step at a time.
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(visible);
  const h1s = headings.filter((h) => h.tagName === "H1").length;
  if (h1s !== 1) {problems.push(`${h1s} h1 headings shown, not 1`);}
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    if (previous && level > previous + 1) {problems.push(`${name(heading)} is an h${level} after an h${previous}`);}
    previous = level;
  }

  const width = document.documentElement.scrollWidth;
  if (width > innerWidth + 1) {problems.push(`the page is ${width}px wide in a ${innerWidth}px window`);}
  return problems;
}
