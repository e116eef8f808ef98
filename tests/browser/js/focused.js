// Describes the focused element, or returns null when nothing in the page has focus.
function focused() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) { return null; }
  // A control drawn by its label (Material's content tabs hide the radio itself) shows its
  // focus on the label.
  const hidden = (node) => node.getBoundingClientRect().width < 2 || getComputedStyle(node).opacity === "0";
  const shown = hidden(el) && el.labels && el.labels.length ? el.labels[0] : el;
  const style = getComputedStyle(shown);
  const box = shown.getBoundingClientRect();
  // A link broken over two lines: test the middle of its first line, not of its bounding box.
  const first = shown.getClientRects()[0] || box;
  const header = document.querySelector("[data-md-component=header]");
  const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
  const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const target = shown;
  if (!el.dataset.spWalk) { el.dataset.spWalk = String(Object.keys(document.querySelectorAll("[data-sp-walk]")).length); }
  return {
    id: el.dataset.spWalk,
    name: el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "")
      + ' "' + (el.getAttribute("aria-label") || el.textContent).trim().replace(/\s+/g, " ").slice(0, 50) + '"',
    href: el.getAttribute("href"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== "none",
    inWindow: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
      && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1,
    underHeader: !!header && !header.contains(el) && box.top < headerBottom - 1,
    uncovered: !!hit && (target === hit || target.contains(hit)),
    hit: hit ? hit.tagName.toLowerCase() + (typeof hit.className === "string" && hit.className ? "." + hit.className.trim().split(/\s+/).join(".") : "") : "nothing",
  };
}
