import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeNode = AxeResults['violations'][number]['nodes'][number];

/**
 * govuk-frontend puts aria-expanded on radios and checkboxes that reveal a
 * question. ARIA does not allow it on those roles, but GOV.UK keeps it
 * because screen readers announce it (alphagov/govuk-frontend issue 979), so
 * only that attribute on those inputs is accepted.
 */
function isGovukConditionalReveal(ruleId: string, node: AxeNode): boolean {
  const onRevealInput =
    /class="govuk-(radios|checkboxes)__input"/.test(node.html) && node.html.includes('aria-controls=');
  const onlyExpanded = node.any.every((check) =>
    (check.data as string[] | null)?.every((attribute) => attribute.startsWith('aria-expanded=')),
  );
  return ruleId === 'aria-allowed-attr' && onRevealInput && onlyExpanded;
}

/** Runs axe with the WCAG 2.2 AA tags and fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const violations = results.violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !isGovukConditionalReveal(violation.id, node))
      .map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
