/**
 * The newsletter form, independent of the provider: each preset names the provider's field
 * names, honeypot and hidden fields. With provider "none" (the default) the form is a stub
 * that sends nothing anywhere: its inputs carry no names, so not even a URL holds the address.
 */

import type { NewsletterProvider } from '../schemas/enums.ts';
import type { Lang } from '../i18n/lang.ts';
import { routesFor } from './routes.ts';

export type { NewsletterProvider };

export interface NewsletterConfig {
  provider: NewsletterProvider;
  /** The provider's form address. */
  action?: string;
  /** Overrides of the preset's field names. */
  fields?: { email?: string; name?: string; consent?: string };
  /** Extra hidden fields, e.g. a Listmonk list id. */
  hidden?: Record<string, string>;
  /** Override of the preset's honeypot field name. */
  honeypot?: string;
}

export interface NewsletterForm {
  connected: boolean;
  action: string;
  method: 'get' | 'post';
  /** Field names to submit; undefined means the input is not submitted at all. */
  names: { email?: string; name?: string; consent?: string; honeypot?: string };
  consentValue: string;
  hidden: [string, string][];
}

const PRESETS: Record<
  Exclude<NewsletterProvider, 'none'>,
  { email: string; name?: string; consent: string; honeypot: string; consentValue: string; hidden: Record<string, string> }
> = {
  brevo: {
    email: 'EMAIL',
    name: 'FIRSTNAME',
    consent: 'OPT_IN',
    honeypot: 'email_address_check',
    consentValue: '1',
    hidden: { locale: 'bg', html_type: 'simple' },
  },
  mailchimp: { email: 'EMAIL', name: 'FNAME', consent: 'gdpr', honeypot: 'b_honeypot', consentValue: 'Y', hidden: {} },
  listmonk: { email: 'email', name: 'name', consent: 'consent', honeypot: 'nonce', consentValue: 'on', hidden: {} },
  buttondown: { email: 'email', consent: 'consent', honeypot: 'website', consentValue: 'on', hidden: { embed: '1' } },
  generic: { email: 'email', name: 'name', consent: 'consent', honeypot: 'website', consentValue: 'on', hidden: {} },
};

/** Mailchimp names its honeypot after the audience: b_<u>_<id>, both taken from the action address. */
function mailchimpHoneypot(config: NewsletterConfig): string | undefined {
  if (config.provider !== 'mailchimp' || !config.action) return undefined;
  const params = new URL(config.action).searchParams;
  return params.get('u') && params.get('id') ? `b_${params.get('u')}_${params.get('id')}` : undefined;
}

/** The form to render for a configuration; a stub form lands on the page in `lang` that says signup is not connected yet. */
export function newsletterForm(config: NewsletterConfig, lang: Lang): NewsletterForm {
  if (config.provider === 'none' || !config.action) {
    return { connected: false, action: routesFor(lang).newsletterStub(), method: 'get', names: {}, consentValue: 'on', hidden: [] };
  }
  const preset = PRESETS[config.provider];
  return {
    connected: true,
    action: config.action,
    method: 'post',
    names: {
      email: config.fields?.email ?? preset.email,
      name: config.fields?.name ?? preset.name,
      consent: config.fields?.consent ?? preset.consent,
      honeypot: config.honeypot ?? mailchimpHoneypot(config) ?? preset.honeypot,
    },
    consentValue: preset.consentValue,
    hidden: Object.entries({ ...preset.hidden, ...config.hidden }),
  };
}
