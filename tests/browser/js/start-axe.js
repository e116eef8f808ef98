// Starts axe.run from a timer, so that it runs in the page while Python goes on (audit_many).
function startAxe(options) {
  window.__signpostAxe = new Promise((resolve, reject) =>
    setTimeout(() => axe.run(document, options).then(resolve, reject), 0));
}
