/**
 * Sentences the site puts on a project page (funding statements, funder credits) speak of
 * the project in the present: „Проектът се осъществява с …“. Once a project has ended they
 * are put in the past, so a finished project never reads as running.
 */
import type { ProjectStatus } from './period.ts';

/** Present-tense verbs of the set sentences, with their past forms (the subject is „проектът“). */
const PAST: [string, string][] = [
  ['се осъществява', 'беше осъществен'],
  ['се изпълнява', 'беше изпълнен'],
  ['се реализира', 'беше реализиран'],
  ['се финансира', 'беше финансиран'],
];
// Whole words only (\b knows no Cyrillic letters).
const word = (phrase: string) => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'gu');

export function pastTense(sentence: string): string {
  return PAST.reduce((text, [present, past]) => text.replace(word(present), past), sentence);
}

/** The sentence as it should read for a project with this status. */
export function inTenseOf(status: ProjectStatus, sentence: string): string {
  return status === 'completed' ? pastTense(sentence) : sentence;
}
