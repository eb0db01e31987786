/**
 * The placeholders that must not reach the public: what `npm run check:launch` lists and what
 * turns on the „пробна версия“ banner on every page. One function for both, so the two cannot
 * disagree. Pure: the caller reads the files.
 */

/** The parts of content/site.yaml the check reads (raw or schema-checked data alike). */
export interface LaunchSite {
  url?: string;
  urlIsPlaceholder?: boolean;
  operator?: { name?: string; isPlaceholder?: boolean; email?: string };
  /** The open data's licence, when set. */
  openData?: { licence?: string; licenceUrl?: string } | null;
  newsletter?: { provider?: string };
  /** The browser editor's settings, when the site has them. */
  editor?: { host?: string; repository?: string } | null;
}

export interface LaunchInput {
  site: LaunchSite;
  /** Each organization's file (content/organizations/x.yaml) and its data. */
  organizations: { file: string; data: { name?: string; donations?: { iban?: string; ibanIsExample?: boolean } } }[];
  /** Each page's file (content/pages/x.mdx) and its text; line numbers count from the text's first line. */
  pages: { file: string; text: string }[];
}

export interface Placeholder {
  /** The file to change. */
  file: string;
  /** The line, where one place in the file is meant. */
  line?: number;
  /** What is still a placeholder, in Bulgarian. */
  what: string;
  /** What to fill in, in Bulgarian. */
  fill: string;
}

export const SITE_FILE = 'content/site.yaml';
/** The mark editors leave in a page where a fact is still to be written. */
export const FILL_IN_MARK = /\[ПОПЪЛНЕТЕ:\s*([^\]]*)\]/g;
const EXAMPLE_HOST = /(^|\.)example(\.[a-z]+)?$/i;

function isExampleUrl(url: string | undefined): boolean {
  if (!url) return true;
  try {
    return EXAMPLE_HOST.test(new URL(url).hostname);
  } catch {
    return true;
  }
}

/** Every placeholder still live, in file order; [] when the site may go public. */
export function livePlaceholders({ site, organizations, pages }: LaunchInput): Placeholder[] {
  const found: Placeholder[] = [];
  if (site.operator?.isPlaceholder || !site.operator?.name) {
    found.push({
      file: SITE_FILE,
      what: 'организацията, която поддържа сайта, не е посочена',
      fill: 'напишете името ѝ в operator → name (Поддръжка → Име) и изтрийте реда isPlaceholder: true',
    });
  }
  if (!site.operator?.email) {
    found.push({
      file: SITE_FILE,
      what: 'няма имейл за обратна връзка (декларацията за достъпност и долната част на страниците го показват, а връзката „Съобщете за грешка“ не се показва без него)',
      fill: 'добавете operator → email (Поддръжка → Имейл), напр. info@primer.bg',
    });
  }
  if (!site.openData?.licence || !site.openData.licenceUrl) {
    found.push({
      file: SITE_FILE,
      what: 'лицензът на отворените данни (/danni/) не е определен',
      fill: 'напишете го в openData → licence и openData → licenceUrl (Отворени данни → Лиценз), напр. CC BY 4.0 и https://creativecommons.org/licenses/by/4.0/deed.bg',
    });
  }
  if (site.urlIsPlaceholder || isExampleUrl(site.url)) {
    found.push({
      file: SITE_FILE,
      what: `адресът на сайта е временен (${site.url ?? 'не е посочен'})`,
      fill: 'напишете окончателния адрес в url, напр. https://www.primer.bg, и изтрийте реда urlIsPlaceholder: true',
    });
  }
  if (!site.newsletter?.provider || site.newsletter.provider === 'none') {
    found.push({
      file: SITE_FILE,
      what: 'бюлетинът не е свързан: формата за записване не изпраща нищо',
      fill: 'изберете доставчик в newsletter → provider (brevo, mailchimp, listmonk, buttondown или generic) и адреса на формата му в newsletter → action',
    });
  }
  if (site.editor && !site.editor.repository) {
    found.push({
      file: SITE_FILE,
      what: 'хранилището на редактора в браузъра (/admin/) не е посочено',
      fill: 'напишете го в editor → repository като собственик/име, напр. moyata-organizatsia/vidimost (и Git услугата в editor → host)',
    });
  }
  for (const { file, data } of [...organizations].sort((a, b) => a.file.localeCompare(b.file))) {
    if (data.donations?.ibanIsExample) {
      found.push({
        file,
        what: `IBAN-ът за дарения на ${data.name ?? 'организацията'} е примерен (${data.donations.iban ?? ''})`,
        fill: 'напишете истинския IBAN в donations → iban и изтрийте реда ibanIsExample: true',
      });
    }
  }
  for (const { file, text } of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    text.split('\n').forEach((line, i) => {
      for (const match of line.matchAll(FILL_IN_MARK)) {
        const hint = match[1]!.trim();
        const note = hint === '…' || hint === '...' || hint === '';
        found.push({
          file,
          line: i + 1,
          what: note ? 'изречението, което обяснява отбелязаните места' : `място за попълване: „${hint}“`,
          fill: note ? 'изтрийте го, когато попълните всички места' : 'напишете истинските данни на мястото на [ПОПЪЛНЕТЕ: …]',
        });
      }
    });
  }
  return found;
}

/** One line per placeholder, as `npm run check:launch` prints them. */
export function formatPlaceholder(p: Placeholder): string {
  return `${p.file}${p.line ? `, ред ${p.line}` : ''}: ${p.what}; ${p.fill}.`;
}
