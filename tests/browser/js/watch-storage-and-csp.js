// Runs in every page before its own scripts: logs storage writes and CSP violations.
(() => {
  if (window.__signpostWatch) { return; }
  const log = { writes: [], csp: [] };
  Object.defineProperty(window, "__signpostWatch", { value: log });
  const note = (what) => log.writes.push(what);

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    note((this === window.sessionStorage ? "sessionStorage" : "localStorage") + " " + key);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  Object.defineProperty(Document.prototype, "cookie", {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) { note("cookie " + String(value).split("=")[0]); cookie.set.call(this, value); },
  });
  const wrap = (owner, name, label) => {
    if (!owner || typeof owner[name] !== "function") { return; }
    const original = owner[name];
    owner[name] = function (...args) { note(label + " " + String(args[0])); return original.apply(this, args); };
  };
  wrap(window.indexedDB, "open", "indexedDB");
  wrap(window.caches, "open", "caches");
  wrap(window.cookieStore, "set", "cookieStore");
  wrap(navigator.serviceWorker, "register", "serviceWorker");

  document.addEventListener("securitypolicyviolation", (event) => {
    log.csp.push(event.effectiveDirective + " blocked " + (event.blockedURI || "inline"));
  });
})();
