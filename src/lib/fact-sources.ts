/**
 * One key fact as several sources state it, and the rule that picks the value shown first.
 *
 * The rule: (1) a value from the official register (kind „register“) comes before any other,
 * because it is the managing authority's own record; (2) among sources of the same standing,
 * the most recent date comes first; (3) a source without a date comes last; (4) ties keep
 * the content's order, the page the project was written from first. The other values are
 * never dropped: they are listed beside the first, and `disagree` says when any differs.
 * Pure: project data in, data out.
 */
import type { OtherSourceDateKind, OtherSourceKind } from '../schemas/enums.ts';
import type { OtherSourceData } from '../schemas/other-source.ts';
import type { Money, MoneyView } from './money.ts';
import { moneyView } from './money.ts';
import type { Source } from './source.ts';

/** The facts that sources can disagree on. */
export const SOURCED_FACTS = ['totalCost', 'status', 'contractNumber', 'programme', 'contractDate', 'months', 'start', 'end'] as const;
export type SourcedFact = (typeof SOURCED_FACTS)[number];

/** Money as euro cents plus the original; text (status, contract number, programme id, ISO dates); months as a number. */
export type FactValue = MoneyView | string | number;

export interface SourceRef {
  /** 'main' is the page the project was written from (the `source` field). */
  kind: 'main' | OtherSourceKind;
  /** The register's or the publisher's name; for the main source its publisher, when stated. */
  name?: string;
  url?: string;
  date?: string;
  dateKind?: OtherSourceDateKind;
  note?: string;
  /** The position in the project's `otherSources`; absent for the main source. */
  index?: number;
}

export interface Sourced {
  value: FactValue;
  source: SourceRef;
}

export interface FactChoice {
  shown: Sourced;
  others: Sourced[];
  /** True when another source gives a different value. */
  disagree: boolean;
}

/** The facts a project's own content states (from its main source) and what each further source states. */
export interface MainFacts {
  source?: Source;
  totalCost?: Money;
  contractNumber?: string;
  programme?: string;
  contractDate?: string;
  months?: number;
  start?: string;
  end?: string;
}

const sameValue = (a: FactValue, b: FactValue) => (typeof a === 'object' && typeof b === 'object' ? a.eurCents === b.eurCents : a === b);

/** Negative when `a` is to be shown before `b`, per the rule above. */
export function compareSources(a: SourceRef, b: SourceRef): number {
  const official = Number(b.kind === 'register') - Number(a.kind === 'register');
  if (official) return official;
  if (a.date && b.date) return b.date.localeCompare(a.date);
  return Number(!a.date) - Number(!b.date);
}

/** The value shown first and the others, or undefined when no source states the fact. */
export function chooseFact(values: Sourced[]): FactChoice | undefined {
  // Array.prototype.sort is stable: equal sources keep the content's order.
  const [shown, ...others] = [...values].sort((a, b) => compareSources(a.source, b.source));
  if (!shown) return undefined;
  return { shown, others, disagree: others.some((o) => !sameValue(o.value, shown.value)) };
}

function valueOf(other: OtherSourceData, fact: SourcedFact): FactValue | undefined {
  if (fact === 'totalCost') return other.totalCost && moneyView(other.totalCost);
  return other[fact];
}

/**
 * Every sourced fact that at least one further source states: the main page's value (when it
 * has one) beside theirs. Facts no further source speaks of are left out: nothing to compare.
 */
// `others` defaults for project data built by hand (tests, the editor preview) without the schema's default.
export function factSources(main: MainFacts, others: OtherSourceData[] = []): Partial<Record<SourcedFact, FactChoice>> {
  const mainRef: SourceRef = { kind: 'main', name: main.source?.publisher, url: main.source?.url, date: main.source?.date, dateKind: main.source?.dateKind };
  const result: Partial<Record<SourcedFact, FactChoice>> = {};
  for (const fact of SOURCED_FACTS) {
    const fromOthers = others.flatMap((o, index): Sourced[] => {
      const value = valueOf(o, fact);
      return value === undefined
        ? []
        : [{ value, source: { kind: o.kind, name: o.name, url: o.url, date: o.date, dateKind: o.dateKind, note: o.note, index } }];
    });
    if (!fromOthers.length) continue;
    const own = fact === 'totalCost' ? main.totalCost && moneyView(main.totalCost) : fact === 'status' ? undefined : main[fact];
    const choice = chooseFact(own === undefined ? fromOthers : [{ value: own, source: mainRef }, ...fromOthers]);
    if (choice) result[fact] = choice;
  }
  return result;
}

/**
 * The register's public module, „ИСУН 2020 – публичен модул, Проекти“: its search page. The
 * module has no per-contract address we could confirm, so every contract number links here.
 */
export const ISUN_PROJECTS_URL = 'https://2020.eufunds.bg/bg/0/0/Project';

/** The words a language writes a fact's sources with (the strings tables' `factSources`). */
export interface FactSourceWords {
  /** „регистърът ИСУН 2020“, „страницата на Община Хасково“ … by kind; `name` may be absent only for the main source. */
  who: (kind: SourceRef['kind'], name?: string) => string;
  /** „данни към 22.06.2026 г.“ … by the kind of date (the date already formatted). */
  when: (kind: OtherSourceDateKind, date: string) => string;
  /** „обща стойност“, „статус“ … */
  fact: Record<SourcedFact, string>;
  /** The value written out, in the page's language. */
  value: (fact: SourcedFact, value: FactValue) => string;
  /** Said first when the sources differ: „Източниците се различават: “. */
  differ: string;
  /** „{who} посочва {fact} {value}“ */
  states: (who: string, fact: string, value: string) => string;
  /** „същото“: another source that agrees. */
  same: string;
  /** The language's date, e.g. „22.06.2026 г.“ */
  date: (iso: string) => string;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * One plain sentence: who states the value shown first and as of when, then every other
 * source with its value (or „the same“) and date. A disagreement is said, never smoothed over.
 */
export function factSourceSentence(fact: SourcedFact, choice: FactChoice, words: FactSourceWords): string {
  const when = (s: SourceRef) => (s.date && s.dateKind ? words.when(s.dateKind, words.date(s.date)) : undefined);
  const first = choice.shown;
  const firstWhen = when(first.source);
  const head =
    words.states(words.who(first.source.kind, first.source.name), words.fact[fact], words.value(fact, first.value)) + (firstWhen ? ` (${firstWhen})` : '');
  const rest = choice.others.map((o) => {
    const value = choice.disagree ? words.value(fact, o.value) : words.same;
    return [`${words.who(o.source.kind, o.source.name)} – ${value}`, when(o.source)].filter(Boolean).join(', ');
  });
  const sentence = [head, ...rest].join('; ');
  const text = choice.disagree ? `${words.differ}${sentence}` : capital(sentence);
  // A date in „г.“ already ends the sentence.
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * Whether the sources need saying beside the value: when they differ, or when the value comes
 * only from further sources. Sources that merely repeat the page's own value stay in open data.
 */
export function worthSaying(choice: FactChoice): boolean {
  return choice.disagree || ![choice.shown, ...choice.others].some((s) => s.source.kind === 'main');
}
