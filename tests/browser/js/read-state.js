// What the page keeps: its storage, cookies, the writes and CSP violations logged, and hints to other sites.
function readState() {
  const dump = (store) => {
    const out = {};
    for (let i = 0; i < store.length; i++) { const key = store.key(i); out[key] = store.getItem(key); }
    return out;
  };
  const watch = window.__signpostWatch || { writes: [], csp: [] };
  const foreignHints = [...document.querySelectorAll(
    "link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], link[rel~=preload], link[rel~=prerender]"
  )].map((link) => link.href).filter((href) => href && new URL(href).origin !== location.origin);
  return {
    localStorage: dump(localStorage),
    sessionStorage: dump(sessionStorage),
    documentCookie: document.cookie,
    writes: [...watch.writes],
    csp: [...watch.csp],
    foreignHints,
  };
}
