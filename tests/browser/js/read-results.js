// What the questionnaire's results step shows, read the way a family would see it.
function readResults() {
  const slot = document.querySelector('[data-sp-slot="results"]');
  const text = (e) => e ? e.textContent.replace(/\s+/g, " ").trim() : null;
  return {
    urgent_first: slot.firstElementChild.classList.contains("sp-q-urgent"),
    level: text(slot.querySelector(".sp-q-level strong")).replace(/\.$/, ""),
    services: [...slot.querySelectorAll(".sp-q-card")].map(
      (c) => [text(c.querySelector(".sp-card__title")), text(c.querySelector(".sp-q-why"))]),
    contacts: [...slot.querySelectorAll(".sp-contact")].filter((c) => !c.closest(".sp-q-urgent"))
      .map((c) => text(c.querySelector("h3"))),
  };
}
