// Answers many answer sets through the page's own buttons; read(), read-results.js, reads each one's results
// once they are on the page (the first time, after the files fetched on first use arrive).
async function answerAll(paths, read) {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .find((e) => !e.closest("[hidden]"));
  const slot = document.querySelector('[data-sp-slot="results"]');
  const filled = () => new Promise((done) => {
    const wait = () => (slot.children.length ? done() : setTimeout(wait, 10));
    wait();
  });
  const found = [];
  for (const perQuestion of paths) {
    shown("[data-sp-start]").click();
    perQuestion.forEach((ids) => {
      ids.forEach((id) => document.getElementById(id).click());
      shown("[data-sp-continue]").click();
      if (!document.querySelector('[data-sp-step="urgent"]').hidden) {
        shown("[data-sp-continue]").click();
      }
    });
    shown("[data-sp-see]").click();
    await filled();
    found.push(read());
    shown("[data-sp-restart]").click();
  }
  return found;
}
