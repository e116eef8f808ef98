/* "Print this page" buttons (data-sp-print): shown only when this script runs, because
   without it the page already says how to print from the browser. */
(function () {
  "use strict";
  document.querySelectorAll("[data-sp-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
