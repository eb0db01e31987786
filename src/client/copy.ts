/**
 * Copy buttons on the donation pages: progressive enhancement. Without JavaScript the buttons
 * stay hidden and the IBAN and payment reason remain plain, selectable text.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const status = button.closest('section')?.querySelector<HTMLElement>('.copy-status');
  const texts = JSON.parse(document.querySelector<HTMLElement>('[data-copy-texts]')?.dataset.copyTexts ?? '{}') as { copied?: string; failed?: string };
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      if (status) status.textContent = texts.copied ?? '';
    } catch {
      if (status) status.textContent = texts.failed ?? '';
    }
  });
}
