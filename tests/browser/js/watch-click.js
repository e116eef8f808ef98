// Once a click has been handled, logs what a person would see at that moment.
function watchClick() {
  return window.addEventListener("click", () => console.log("seen " + JSON.stringify({
  title: document.title,
  shown: getComputedStyle(document.documentElement).display,
  blank: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === null,
})));
}
