/**
 * The closed lists of values the content uses, each written once. The schemas build their
 * choices from these lists and src/lib takes its types from them, so a new value (a new
 * programming period, a new newsletter provider) is added here and nowhere else.
 * This module imports nothing: src/lib may import it without loading any schema.
 */

/** EU programming periods, and 'none' for money that is not from the EU. */
export const PROGRAMME_PERIODS = ['2014-2020', '2021-2027', 'none'] as const;
export type ProgrammePeriod = (typeof PROGRAMME_PERIODS)[number];
/** The periods of EU money: the ones that owe the EU publicity block. */
export type EuPeriod = Exclude<ProgrammePeriod, 'none'>;

/** The EU funds of the programmes on the site. */
export const EU_FUNDS = ['ESF', 'ESF+'] as const;
export type EuFund = (typeof EU_FUNDS)[number];

/** The currencies sources state amounts in: leva before 2026, euro after. */
export const CURRENCIES = ['BGN', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Newsletter providers with a preset; 'none' keeps the form a stub that sends nothing. */
export const NEWSLETTER_PROVIDERS = ['none', 'brevo', 'mailchimp', 'listmonk', 'buttondown', 'generic'] as const;
export type NewsletterProvider = (typeof NEWSLETTER_PROVIDERS)[number];

/** What a source's date means, as the source itself labels it. */
export const SOURCE_DATE_KINDS = ['published', 'changed', 'shown'] as const;
export type SourceDateKind = (typeof SOURCE_DATE_KINDS)[number];

/** Kinds of a further source of a project's facts: the official register, the organization's own page, a news item. */
export const OTHER_SOURCE_KINDS = ['register', 'organization', 'news'] as const;
export type OtherSourceKind = (typeof OTHER_SOURCE_KINDS)[number];
/** A further source's date: as the source labels it, or 'read' – the day its data were read (a register states none). */
export const OTHER_SOURCE_DATE_KINDS = [...SOURCE_DATE_KINDS, 'read'] as const;
export type OtherSourceDateKind = (typeof OTHER_SOURCE_DATE_KINDS)[number];

/** Where the visual editor saves: GitHub.com or GitLab.com. */
export const GIT_HOSTS = ['github', 'gitlab'] as const;
export type GitHost = (typeof GIT_HOSTS)[number];

/** The content collections: their folders and file patterns (the schemas are added in index.ts). */
export const COLLECTION_FOLDERS = {
  projects: { path: 'content/projects', pattern: '*.mdx' },
  organizations: { path: 'content/organizations', pattern: '*.yaml' },
  programmes: { path: 'content/programmes', pattern: '*.yaml' },
  news: { path: 'content/news', pattern: '*.mdx' },
  pages: { path: 'content/pages', pattern: '*.mdx' },
} as const;
export type CollectionName = keyof typeof COLLECTION_FOLDERS;
