// What a visitor does on most pages (see harness.exercise), then waits for the transitions to end.
async function exercise() {
  window.scrollTo(0, document.documentElement.scrollHeight);
  window.scrollTo(0, 0);
  const tab = document.querySelectorAll(".tabbed-labels > label")[1];
  if (tab) { tab.click(); }
  for (const summary of document.querySelectorAll("details:not([open]) > summary")) { summary.click(); }
  const ending = document.getAnimations()
    .filter((animation) => animation.effect.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => null));
  await Promise.race([Promise.all(ending), new Promise((done) => setTimeout(done, 2000))]);
}
