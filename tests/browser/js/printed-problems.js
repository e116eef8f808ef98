// On paper (print media emulated): what shows, and what is written after each link to another site.
function printedProblems() {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .some((el) => el.checkVisibility({ checkVisibilityCSS: true }));
  const problems = [];
  if (!shown(".sp-emergency")) { problems.push("the emergency routes do not print"); }
  for (const [name, selector] of [["quick exit", ".sp-exit"], ["header", ".md-header"],
                                  ["menus", ".md-sidebar"], ["search", ".md-search"]]) {
    if (shown(selector)) {problems.push(`the ${name} prints`);}
  }
  for (const link of document.querySelectorAll(".md-content a[href^='http']")) {
    // As written in the page: link.href would add a "/" to a bare https://example.org.
    const address = link.getAttribute("href");
    if (!getComputedStyle(link, "::after").content.includes(address)) {
      problems.push(`the link to ${address} prints without its address`);
    }
  }
  return problems;
}
