// Whether "Leave this site" is inside the window and nothing covers its middle.
function exitInViewAndUncovered() {
  const link = document.querySelector("a[data-sp-exit]");
  const box = link.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
    return false;
  }
  return link.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
}
