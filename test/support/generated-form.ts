import { Locator, Page } from 'playwright-core';

/**
 * Fills one of the web app's generated forms from a payload, field by field as a person would: text typed, options
 * picked from their lists, boxes ticked, items added with their "Add" buttons. Each input carries its payload path
 * (data-field, data-add), so nested groups and repeated items are found without guessing from labels. A payload
 * field the form does not offer fails, unless the page fills it itself (`fixed`).
 */
export async function fillGeneratedForm(page: Page, form: Locator, payload: unknown, fixed: readonly string[] = []): Promise<void> {
  await fill(page, form, '', payload, new Set(fixed));
}

async function fill(page: Page, form: Locator, path: string, value: unknown, fixed: Set<string>): Promise<void> {
  if (value === undefined || value === null || fixed.has(path)) return;
  const field = form.locator(`[data-field="${path}"]`);
  if (Array.isArray(value)) {
    // A list of plain text is one text area, a line per item; anything else is added item by item. Either is on the
    // form once it has rendered, which a loaded machine may take a moment for.
    await field.or(form.locator(`[data-add="${path}"]`)).first().waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
    if (await field.count()) return field.fill(value.join('\n'));
    // Items the form offers by default (a default document set, say) give way to the payload's, as a person would remove them.
    const remove = form.locator(`[data-remove="${path}"]`);
    while (await remove.count()) await remove.first().click();
    for (const [index, item] of value.entries()) {
      await form.locator(`[data-add="${path}"]`).click();
      await fill(page, form, `${path}.${index}`, item, fixed);
    }
    return;
  }
  if (typeof value === 'object') {
    // An optional group is added first; a required one is on the form already.
    const add = form.locator(`[data-add="${path}"]`);
    if (path && (await add.count())) await add.click();
    for (const [name, item] of Object.entries(value)) await fill(page, form, path ? `${path}.${name}` : name, item, fixed);
    return;
  }
  await field.first().waitFor({ state: 'attached', timeout: 5_000 }).catch(() => undefined);
  if ((await field.count()) !== 1) throw new Error(`the form has ${await field.count()} fields for ${path}; it offers: ${(await form.locator('[data-field]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-field')))).join(', ')}`);
  if (typeof value === 'boolean') return field.setChecked(value);
  if ((await field.getAttribute('aria-haspopup')) === 'listbox') {
    await field.click();
    return page.getByRole('option', { name: String(value), exact: true }).click();
  }
  if ((await field.getAttribute('type')) === 'datetime-local') {
    // The form reads the browser's local time, as a person types it.
    const local = await page.evaluate((iso) => {
      const date = new Date(iso);
      const pad = (part: number) => String(part).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    }, String(value));
    return field.fill(local);
  }
  return field.fill(String(value));
}
