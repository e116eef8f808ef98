// How many menu links are on screen, where a finger or pointer could reach them.
function menuLinksShown() {
  return [...document.querySelectorAll(".md-nav--primary a.md-nav__link")].filter((a) => {
  const box = a.getBoundingClientRect();
  return a.checkVisibility({ checkVisibilityCSS: true }) && box.width > 0
    && box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight;
}).length;
}
