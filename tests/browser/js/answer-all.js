// Answers many answer sets through the page's own buttons; read(), read-results.js, reads each one's results.
function answerAll(paths, read) {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .find((e) => !e.closest("[hidden]"));
  return paths.map((perQuestion) => {
    shown("[data-sp-start]").click();
    perQuestion.forEach((ids) => {
      ids.forEach((id) => document.getElementById(id).click());
      shown("[data-sp-continue]").click();
      if (!document.querySelector('[data-sp-step="urgent"]').hidden) {
        shown("[data-sp-continue]").click();
      }
    });
    shown("[data-sp-see]").click();
    const results = read();
    shown("[data-sp-restart]").click();
    return results;
  });
}
