// The app explains itself: the first-run guide (once, reopened from the menu), the
// shortcut sheet (`?` on every screen and the menu), tooltips on the terms, and
// empty states that say what to do.
import type { Page } from '@playwright/test';
import { expect, queueRows, shot, test, waitForClusters } from './fixtures';

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const menuItem = async (page: Page, name: string) => {
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('menuitem', { name }).click();
};
const tooltip = (page: Page) => page.getByRole('tooltip');

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the guide explains clusters, source groups and the two verdicts once, and reopens from the menu', async ({ app: page }) => {
    const guide = page.getByRole('dialog', { name: 'How Corroborate works' });
    await expect(guide).toBeVisible({ timeout: 30_000 });
    for (const term of ['Cluster', 'Source group', 'Independent source', 'Suggested verdict', 'Your verdict']) {
      await expect(guide.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    }
    await expect(guide).toContainText('Three outlets printing the same agency story are one independent source, not three');
    await expect(guide.getByRole('button', { name: 'Start reviewing' })).toBeFocused();
    await shot(page, 'help-first-run-guide');

    await guide.getByRole('button', { name: 'Start reviewing' }).click();
    await expect(guide).toBeHidden();
    await waitForClusters(page);
    // the review keys work at once
    await page.keyboard.press('j');
    await expect(queueRows(page).and(page.locator('[aria-selected="true"]'))).toHaveAttribute('aria-posinset', '2');

    // seen: not again after a reload
    await page.reload();
    await waitForClusters(page);
    await expect(guide).toBeHidden();
    await menuItem(page, 'How Corroborate works');
    await expect(guide).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(guide).toBeHidden();
  });
});

test('? opens the shortcut sheet on every screen, ? or Escape closes it, and the menu has it too', async ({ app: page }) => {
  await waitForClusters(page);
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  for (const what of ['Next claim', 'Mark corroborated', 'Mark contradicted', 'Mark single-sourced', 'Undo the last decision', 'Search claims', 'Show or hide this sheet']) {
    await expect(sheet.getByText(what, { exact: true })).toBeVisible();
  }
  // the sheet is a list of what each key does, with the keys as keys
  await expect(sheet.locator('kbd', { hasText: /^j$/ })).toBeVisible();
  await expect(sheet).toContainText('stays on the claim');
  await shot(page, 'help-shortcut-sheet');
  await page.keyboard.press('?');
  await expect(sheet).toBeHidden();

  // on another screen, and closed with Escape
  await screens(page).getByRole('button', { name: 'Names' }).click();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // typing ? in a field types it
  await page.getByRole('searchbox', { name: 'Filter names' }).fill('');
  await page.getByRole('searchbox', { name: 'Filter names' }).press('?');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Filter names' })).toHaveValue('?');

  await menuItem(page, 'Keyboard shortcuts');
  await expect(sheet).toBeVisible();
});

test('terms explain themselves on hover and on focus; the greyed Verdict by filter says why', async ({ app: page }) => {
  await waitForClusters(page);
  // hover: the greyed "Verdict by" filter
  await expect(page.getByLabel(/^Verdict by/)).toBeDisabled();
  await expect(page.locator('label[for="filter-verdict-by"]')).toContainText('choose a verdict first');
  await page.locator('[data-term="verdict-by"]').hover();
  await expect(tooltip(page)).toContainText('Whose verdict the Verdict filter looks at');
  await expect(tooltip(page)).toContainText('Greyed out until you choose a verdict');
  await shot(page, 'help-tooltip-verdict-by');

  // hover in a queue row: the suggestion is explained as a suggestion
  await queueRows(page).first().locator('[data-term="suggested"]').hover();
  await expect(tooltip(page)).toContainText('It is a starting point only');

  // keyboard: a focusable term shows its tooltip on focus, Escape hides it
  const yourVerdict = page.getByRole('region', { name: 'Claim detail' }).locator('[data-term="reviewer"]');
  await yourVerdict.focus();
  await expect(tooltip(page)).toContainText('saved the moment you make it');
  await expect(yourVerdict).toHaveAttribute('aria-describedby', 'term-tooltip');
  await shot(page, 'help-tooltip-your-verdict');
  await page.keyboard.press('Escape');
  await expect(tooltip(page)).toBeHidden();

  // every term the detail, filters and rows use has a glossary entry that explains it
  const terms = await page.locator('[data-term]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-term')))]);
  expect(terms).toEqual(expect.arrayContaining(['cluster', 'independent', 'reviewer', 'suggested', 'verdict-by', 'most-contested', 'source-group']));

  // other screens: reported speech, spelling conflicts
  await screens(page).getByRole('button', { name: 'Quotes' }).click();
  const reported = page.locator('[data-term="reported-speech"]').first();
  if (await reported.count()) {
    await reported.hover();
    await expect(tooltip(page)).toContainText('without quotation marks');
  }
  await screens(page).getByRole('button', { name: 'Names' }).click();
  await page.locator('[data-term="spelling-conflict"]').first().hover();
  await expect(tooltip(page)).toContainText('Outlets spell this person’s name differently');
  await shot(page, 'help-tooltip-spelling-conflict');
});

test('an empty project says what to do on every screen; a filter with no match offers to clear it', async ({ app: page }) => {
  await waitForClusters(page);
  // a filter that matches nothing
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('zzqxnotaword');
  await expect(page.getByText('No claims match.')).toBeVisible();
  await expect(page.getByText('No claim contains “zzqxnotaword” with these filters.')).toBeVisible();
  await shot(page, 'empty-claims-no-match');
  await page.getByRole('button', { name: 'Clear filters and search' }).click();
  await expect(queueRows(page).first()).toHaveAttribute('data-cluster-id', /\d+/);
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('');

  // a new project: every screen says what is missing and offers the way on
  await page.getByRole('button', { name: /^Project:/ }).click();
  await page.getByLabel('New project').fill('Empty story');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('No claims yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claim detail' })).toContainText('Nothing to review here');
  await shot(page, 'empty-claims-new-project');

  await screens(page).getByRole('button', { name: 'Quotes' }).click();
  await expect(page.getByText('No quotes yet.')).toBeVisible();
  await shot(page, 'empty-quotes');
  await screens(page).getByRole('button', { name: 'Names' }).click();
  await expect(page.getByText('No names yet.')).toBeVisible();
  await shot(page, 'empty-names');
  await page.getByRole('button', { name: 'Add articles…' }).click();
  await expect(page.getByRole('region', { name: 'Article reader' })).toContainText('No articles yet');
  await expect(page.getByText('Drop article files here')).toBeVisible();
  await shot(page, 'empty-articles');
});
