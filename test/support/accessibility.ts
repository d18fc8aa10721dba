import { Page } from 'playwright-core';

/** axe-core's serious and critical violations on the page as it is now (rule id and the first offending element). */
export async function seriousViolations(page: Page): Promise<{ rule: string; impact: string; target: string }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact ?? '', target: violation.nodes[0]?.target.join(' ') ?? '' }));
}
