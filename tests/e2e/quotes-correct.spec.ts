// Correcting a quote's speaker on the Quotes screen: the correction shows at once,
// after a reload, after a re-analysis, and in the Markdown report; an undo takes it back.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, shot, test, waitForClusters } from './fixtures';

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const NAME = 'Wren Halloway';

/** The quote's words as shown, without the screen-reader labels of wording differences. */
function quoteWords(card: Locator): Promise<string> {
  return card.locator('blockquote').evaluate((q) => {
    const copy = q.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-only').forEach((s) => s.remove());
    return (copy.textContent ?? '').replace(/^“|”$/g, '').trim();
  });
}

async function openQuotes(page: Page): Promise<void> {
  await screens(page).getByRole('button', { name: 'Quotes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
  await expect(page.locator('figure.quote').first()).toBeVisible();
}

test('correct a speaker on the Quotes screen; it holds after a reload and a re-analysis and reaches the Markdown report', async ({ app: page }) => {
  await waitForClusters(page);
  await openQuotes(page);
  const card = page.locator('figure.quote').first();
  const quoteText = await quoteWords(card);
  expect(quoteText.length).toBeGreaterThan(10);

  await card.getByRole('button', { name: 'Correct speaker…' }).click();
  const form = card.getByRole('form', { name: 'Correct the speaker of this quote' });
  await form.getByLabel('Correction').selectOption('name');
  await form.getByLabel('Speaker name').fill(NAME);
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved.' })).toBeVisible();
  const section = page.getByRole('region', { name: `Quotes by ${NAME}` });
  await expect(section).toContainText(quoteText.slice(0, 40));
  await expect(section).toContainText(`Speaker corrected to ${NAME} by`);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'quotes-corrected');

  // reload: stored the moment it was made
  await page.reload();
  await waitForClusters(page);
  await openQuotes(page);
  await expect(page.getByRole('region', { name: `Quotes by ${NAME}` })).toContainText(quoteText.slice(0, 40));

  // re-analysis: correct an article's outlet, the engine runs again over every article
  await screens(page).getByRole('button', { name: 'Articles' }).click();
  const first = page.getByRole('list', { name: 'Articles in this project' }).getByRole('listitem').first();
  await first.getByRole('button', { name: /Correct outlet and date/ }).click();
  await first.getByLabel('Outlet').fill('Quayside Wire');
  await first.getByRole('button', { name: 'Save and re-analyse' }).click();
  await expect(page.getByRole('list', { name: 'Articles in this project' })).toContainText('Quayside Wire', { timeout: 30_000 });
  await openQuotes(page);
  await expect(page.getByRole('region', { name: `Quotes by ${NAME}` })).toContainText(quoteText.slice(0, 40));

  // the Markdown report lists the quote under the corrected speaker
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByLabel(/Markdown/).check();
  const [md] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const text = readFileSync((await md.path()) ?? '', 'utf8');
  const line = text.split('\n').find((l) => l.includes(quoteText.slice(0, 30)) && l.includes(NAME));
  expect(line, 'a quotes line with the corrected speaker').toBeDefined();
  await page.keyboard.press('Escape');

  // undo (from the Quotes screen) takes the correction back
  await openQuotes(page);
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Undone/ })).toBeVisible();
  await expect(page.getByRole('region', { name: `Quotes by ${NAME}` })).toHaveCount(0);
});

test('mark a quote "not a quote": it leaves the speaker groups and is listed apart', async ({ app: page }) => {
  await waitForClusters(page);
  await openQuotes(page);
  const card = page.locator('figure.quote').first();
  const quoteText = await quoteWords(card);
  await card.getByRole('button', { name: 'Correct speaker…' }).click();
  const form = card.getByRole('form', { name: 'Correct the speaker of this quote' });
  await form.getByLabel('Correction').selectOption('not-a-quote');
  await form.getByRole('button', { name: 'Save correction' }).click();
  const apart = page.getByRole('region', { name: 'Marked as not quotes' });
  await expect(apart).toContainText(quoteText.slice(0, 40));
  await expect(apart).toContainText('Marked as not a quote by');
});
