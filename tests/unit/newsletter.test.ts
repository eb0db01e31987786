import { describe, expect, it } from 'vitest';
import { newsletterForm } from '../../src/lib/newsletter';
import { routesFor } from '../../src/lib/routes';

describe('the newsletter form', () => {
  it('is a stub without a provider: it names no field, so nothing is submitted, and lands on our page', () => {
    expect(newsletterForm({ provider: 'none' }, 'bg')).toEqual({
      connected: false,
      action: routesFor('bg').newsletterStub(),
      method: 'get',
      names: {},
      consentValue: 'on',
      hidden: [],
    });
    expect(newsletterForm({ provider: 'none' }, 'en').action).toBe('/en/newsletter/not-connected/');
  });

  it('uses the provider preset’s field names, honeypot and hidden fields', () => {
    const form = newsletterForm({ provider: 'brevo', action: 'https://x.sibforms.com/serve/abc' }, 'bg');
    expect(form).toMatchObject({ connected: true, method: 'post', action: 'https://x.sibforms.com/serve/abc' });
    expect(form.names).toEqual({ email: 'EMAIL', name: 'FIRSTNAME', consent: 'OPT_IN', honeypot: 'email_address_check' });
    expect(form.hidden).toEqual([
      ['locale', 'bg'],
      ['html_type', 'simple'],
    ]);
  });

  it('lets the configuration rename fields and add hidden ones', () => {
    const form = newsletterForm(
      { provider: 'listmonk', action: 'https://lists.example.bg/subscription/form', fields: { email: 'mail' }, hidden: { l: 'uuid-1' } },
      'bg',
    );
    expect(form.names.email).toBe('mail');
    expect(form.names.honeypot).toBe('nonce');
    expect(form.hidden).toEqual([['l', 'uuid-1']]);
  });

  it('stays a stub when a provider has no action address', () => {
    expect(newsletterForm({ provider: 'generic' }, 'bg').connected).toBe(false);
  });
});

describe('the Mailchimp preset', () => {
  it('names its honeypot after the audience in the action address', () => {
    const form = newsletterForm({ provider: 'mailchimp', action: 'https://x.us1.list-manage.com/subscribe/post?u=abc&id=def' }, 'bg');
    expect(form.names.honeypot).toBe('b_abc_def');
    expect(form.names.email).toBe('EMAIL');
  });
});
