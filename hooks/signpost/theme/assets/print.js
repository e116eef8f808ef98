/*
 * "Print this page" buttons ([data-module="sp-print"]): shown only when this script runs,
 * because without it the page already says how to print from the browser.
 */

export class PrintButton {
  constructor(button) {
    this.button = button;
  }

  init() {
    this.button.hidden = false;
    this.button.addEventListener("click", () => window.print());
  }
}

document.querySelectorAll('[data-module="sp-print"]').forEach((button) => {
  new PrintButton(button).init();
});
