/*
 * "What help fits us?"'s entry point, loaded as a module by templates/questionnaire.html:
 * starts a Questionnaire (questionnaire/questionnaire.js) on each
 * [data-module="sp-questionnaire"]. Browsers without modules run none of it, and keep the
 * links to the results pages made for use without JavaScript.
 */

import { Questionnaire } from "./questionnaire/questionnaire.js";

document.querySelectorAll('[data-module="sp-questionnaire"]').forEach((root) => {
  new Questionnaire(root).init();
});
