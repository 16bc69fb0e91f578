import type { Request } from 'express';

/** Maximum length of a recorded label, in characters. Longer labels are cut. */
export const maxLabelLength = 200;

/**
 * Returns the facilitator's label for this session, read from
 * `req.session.facilitator.label`, or undefined when there is none.
 * The facilitator view owns that value, so every step checks its type.
 */
export function sessionLabelOf(req: Request): string | undefined {
  const session = req.session as unknown as Record<string, unknown> | undefined;
  const facilitator = session?.facilitator;
  if (typeof facilitator !== 'object' || facilitator === null) return undefined;

  const label = (facilitator as Record<string, unknown>).label;
  if (typeof label !== 'string') return undefined;
  const trimmed = label.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, maxLabelLength);
}
