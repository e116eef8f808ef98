// ESLint's rules for Signpost's JavaScript: `make lint-js` (and so `make test`) runs them on
// the site's scripts (hooks/signpost/theme/assets/ and each feature's
// hooks/signpost/features/*/assets/) and the browser tests' scripts
// (tests/browser/js/), and fails on any finding, warnings included.
//
// The base is ESLint's own "recommended" set (likely mistakes only, no style). Every rule or
// option added below says why. The versions are pinned in package.json and package-lock.json.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

const ASSETS = ["hooks/signpost/theme/assets/**/*.js", "hooks/signpost/features/*/assets/**/*.js"];
// The two scripts every page loads in <head> as classic scripts, before it is parsed:
// quick-exit.js must work while the page is still loading, and signpost.js must replace
// Material's storage helpers before Material's bundle runs. Module scripts wait for the
// whole page, so these two cannot be modules.
const CLASSIC = [
  "hooks/signpost/theme/assets/quick-exit.js",
  "hooks/signpost/theme/assets/signpost.js",
];

// Storage a family's device would keep after the visit: the site keeps nothing (README,
// tests/browser/test_privacy.py), so the site's scripts may not even name it.
const NO_STORAGE = "Signpost stores nothing on a family's device: keep it in memory.";

module.exports = [
  {
    // Never lint what a build or an install wrote.
    ignores: ["site/**", "node_modules/**", ".venv/**"],
  },
  js.configs.recommended,
  {
    files: ["**/*.js"],
    linterOptions: {
      // An eslint-disable comment that no longer disables anything is itself a finding.
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      // == converts its operands; every comparison in these scripts means ===.
      eqeqeq: "error",
      // Braces on every if and loop, as the scripts are written: no dangling one-liners.
      curly: ["error", "all"],
      // Nothing is logged in a family's browser; a test reports through its return value.
      "no-console": "error",
      // Function arguments a handler does not use are kept for their position (event, index).
      "no-unused-vars": ["error", { args: "none" }],
    },
  },
  {
    // The site's scripts: ES modules loaded with <script type="module">, each doing one job.
    files: ASSETS,
    ignores: CLASSIC,
    languageOptions: {
      // ES2018: what every browser that runs modules and the Unicode property escapes in
      // finder/words.js also parses. Newer syntax would be a syntax error in an older phone's
      // browser and lose the whole script, not just one feature.
      ecmaVersion: 2018,
      sourceType: "module",
      globals: globals.browser,
    },
    rules: {
      // Modules are ES2015 and later: block-scoped names only.
      "no-var": "error",
      "prefer-const": "error",
      "no-restricted-globals": ["error",
        { name: "localStorage", message: NO_STORAGE },
        { name: "sessionStorage", message: NO_STORAGE },
        { name: "indexedDB", message: NO_STORAGE },
        { name: "caches", message: NO_STORAGE }],
      "no-restricted-properties": ["error",
        { object: "window", property: "localStorage", message: NO_STORAGE },
        { object: "window", property: "sessionStorage", message: NO_STORAGE },
        { object: "document", property: "cookie", message: NO_STORAGE },
        // What a family chooses never leaves the browser; the finder fetches fixed files only.
        { object: "navigator", property: "sendBeacon", message: "Nothing is sent anywhere." }],
    },
  },
  {
    files: CLASSIC,
    languageOptions: {
      // ES5 syntax: the quick exit must work in any browser that runs JavaScript at all, even
      // one too old for the modules (which then simply leave the page as it is without them).
      ecmaVersion: 5,
      sourceType: "script",
      // ...with the ES2015 built-ins every browser has had since 2015 (signpost.js keeps
      // Material's choices in a Map).
      globals: { ...globals.browser, Map: "readonly" },
    },
    rules: {
      // A classic script's top-level names would be globals shared with Material's bundle:
      // each keeps its own inside a function, and sets window.* on purpose only.
      "no-implicit-globals": "error",
      strict: ["error", "function"],
      "no-restricted-globals": ["error",
        { name: "localStorage", message: NO_STORAGE },
        { name: "sessionStorage", message: NO_STORAGE },
        { name: "indexedDB", message: NO_STORAGE }],
      "no-restricted-properties": ["error",
        { object: "document", property: "cookie", message: NO_STORAGE }],
    },
  },
  {
    // The browser tests' scripts: each file is one function that Playwright evaluates in the
    // page (tests/browser/harness.py: script), or an init script run before the page's own.
    files: ["tests/browser/js/**/*.js"],
    languageOptions: {
      ecmaVersion: "latest", // Chromium only: the tests' browser is Debian's current one
      sourceType: "script",
      globals: { ...globals.browser, axe: "readonly", __md_get: "readonly",
        __md_set: "readonly" },
    },
    rules: {
      // The one function a file declares is called by Playwright, never by the file.
      "no-unused-vars": ["error", { args: "none", vars: "local" }],
      // A test may report through the console: test_quick_exit.py reads what a page logs.
      "no-console": "off",
    },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
