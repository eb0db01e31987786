/**
 * The content check's public face, for the terminal (check:content, the build), the dev
 * preview's error page and the tests: one ContentProblem per mistake, and one run that
 * finds them all.
 */
export { formatProblem, type ContentProblem, type YamlMistake } from '../lib/content-errors.ts';
export { checkEverything, type ContentCheck } from './check-content.ts';
