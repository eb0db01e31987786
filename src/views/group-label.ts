/**
 * A group's name in the page's language: the words for statuses and „funding not stated“ come
 * from the strings table; places, programmes and organizations keep their Bulgarian names.
 */
import type { UiStrings } from '../i18n/index.ts';
import { FUNDING_NOT_STATED, STATUS_ORDER, STATUS_SLUGS, type GroupKey, type GroupingName } from '../lib/groupings.ts';
import type { LocalText } from '../lib/local-text.ts';

export function groupLabel(ui: UiStrings, name: GroupingName, group: GroupKey): LocalText {
  const status = name === 'status' ? STATUS_ORDER.find((s) => STATUS_SLUGS[s] === group.slug) : undefined;
  if (status) return { text: ui.statusGroup[status], lang: ui.lang };
  if (name === 'programme' && group.slug === FUNDING_NOT_STATED) return { text: ui.groupings.fundingNotStated, lang: ui.lang };
  return { text: group.label, lang: 'bg' };
}
