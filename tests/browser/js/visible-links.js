// Every link a sighted visitor can see on the page, less links inside a <label>.
function visibleLinks() {
  return [...document.querySelectorAll("a[href]")]
  .filter((a) => !a.closest("label") && a.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    && a.getBoundingClientRect().width > 0)
  .map((a) => a.getAttribute("href") + " " + a.textContent.trim().replace(/\s+/g, " "));
}
