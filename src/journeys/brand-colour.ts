/** WCAG 2.2 contrast checks for a council's brand colour behind white header text. */

/** Minimum contrast ratio for normal text at WCAG 2.2 level AA (success criterion 1.4.3). */
export const minimumContrast = 4.5;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour, as WCAG 2.2 defines it. */
export function relativeLuminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(red!) + 0.7152 * channel(green!) + 0.0722 * channel(blue!);
}

/** Contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** Returns the problem with a brand colour, or undefined when white text on it meets AA. */
export function brandColourProblem(colour: string): string | undefined {
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) {
    return `the brand colour '${colour}' is not a #rrggbb colour`;
  }
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio < minimumContrast) {
    return `white text on the brand colour '${colour}' has a contrast ratio of ${ratio.toFixed(2)}:1, below the ${minimumContrast}:1 that WCAG 2.2 AA requires`;
  }
  return undefined;
}
