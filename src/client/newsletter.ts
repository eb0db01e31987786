/**
 * The newsletter page's form: an error summary at the top (focus moves to it, each error links
 * to its field), a message next to each field, and a plain result. With no provider it never
 * pretends to succeed and sends nothing; a filled honeypot is dropped without a word.
 */
const root = document.querySelector<HTMLElement>('#newsletter')!;
const texts = JSON.parse(root.dataset.texts ?? '{}') as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('form')!;
const summary = root.querySelector<HTMLElement>('.error-summary')!;
const result = root.querySelector<HTMLElement>('.newsletter-result')!;
const email = form.querySelector<HTMLInputElement>('input[type="email"]')!;
const consent = form.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const honeypot = form.querySelector<HTMLInputElement>('.honeypot input')!;
form.noValidate = true; // this script shows the messages instead of the browser's bubbles

function showError(input: HTMLInputElement, message: string | undefined) {
  const field = input.closest<HTMLElement>('.field')!;
  const error = field.querySelector<HTMLElement>('.field-error')!;
  field.classList.toggle('field--error', Boolean(message));
  error.hidden = !message;
  error.textContent = message ?? '';
  if (message) input.setAttribute('aria-describedby', error.id);
  else input.removeAttribute('aria-describedby');
  input.setAttribute('aria-invalid', String(Boolean(message)));
}

form.addEventListener('submit', (event) => {
  result.textContent = '';
  const errors: [HTMLInputElement, string][] = [];
  if (!email.value.trim()) errors.push([email, texts.emailMissing ?? '']);
  else if (!email.checkValidity()) errors.push([email, texts.emailInvalid ?? '']);
  if (!consent.checked) errors.push([consent, texts.consentMissing ?? '']);
  showError(email, errors.find(([input]) => input === email)?.[1]);
  showError(consent, errors.find(([input]) => input === consent)?.[1]);

  if (errors.length) {
    event.preventDefault();
    const list = summary.querySelector('ul')!;
    list.replaceChildren(
      ...errors.map(([input, message]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${input.id}`;
        link.textContent = message;
        link.addEventListener('click', (e) => {
          e.preventDefault();
          input.focus();
        });
        item.append(link);
        return item;
      }),
    );
    summary.hidden = false;
    summary.focus();
    return;
  }
  summary.hidden = true;
  if (honeypot.value) {
    event.preventDefault(); // a bot: drop it, say nothing
    return;
  }
  if (form.dataset.connected !== 'true') {
    event.preventDefault(); // the stub: nothing leaves the page
    result.textContent = [texts.stubResult, texts.stubContact].filter(Boolean).join(' ');
  }
  // With a provider the form posts to it, and the provider's page shows the result.
});
