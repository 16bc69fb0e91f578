import type { BranchOnlyIn, Difference, PageOnlyIn, VariantComparison } from './compare-variants.js';

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return oneLine.length > 100 ? `"${oneLine.slice(0, 97)}…"` : `"${oneLine}"`;
  }
  return JSON.stringify(value);
}

/** Describes a branch as "from → to when guard" or "from → to otherwise". */
export function describeBranch(branch: BranchOnlyIn): string {
  return `${branch.from} → ${branch.to} ${branch.guard ? `when ${branch.guard}` : 'otherwise'}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', `${title}:`, ...lines.map((line) => `  ${line}`)] : [];
}

function pageLines(pages: PageOnlyIn[]): string[] {
  return pages.map((page) => `${page.state}: ${page.title}`);
}

function differenceLines(differences: Difference[], a: string, b: string): string[] {
  return differences.flatMap((difference) => [
    difference.where,
    `  ${a}: ${show(difference.a)}`,
    `  ${b}: ${show(difference.b)}`,
  ]);
}

/** Formats a comparison as plain text for a terminal. */
export function formatComparisonText(comparison: VariantComparison): string {
  const [a, b] = comparison.councils;
  const lines = [`${comparison.journey.title}: ${a.name} and ${b.name}`];

  if (comparison.same) return [...lines, '', 'No differences.'].join('\n');
  lines.push(
    ...section(`Pages only ${a.name} has`, pageLines(comparison.pages.onlyA)),
    ...section(`Pages only ${b.name} has`, pageLines(comparison.pages.onlyB)),
    ...section(`Branches only ${a.name} has`, comparison.branches.onlyA.map(describeBranch)),
    ...section(`Branches only ${b.name} has`, comparison.branches.onlyB.map(describeBranch)),
    ...section('Questions that differ', differenceLines(comparison.questions, a.name, b.name)),
    ...section('Settings that differ', differenceLines(comparison.settings, a.name, b.name)),
    ...section('Words that differ', differenceLines(comparison.words, a.name, b.name)),
  );
  return lines.join('\n');
}
