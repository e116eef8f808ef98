/*
 * Find a service's entry point, loaded as a module by templates/directory.html: starts a
 * Finder (finder/finder.js) on each [data-module="sp-finder"]. Browsers without modules run
 * none of it, and keep the page's lists, which work without JavaScript.
 */

import { Finder } from "./finder/finder.js";

document.querySelectorAll('[data-module="sp-finder"]').forEach((root) => {
  new Finder(root).init();
});
