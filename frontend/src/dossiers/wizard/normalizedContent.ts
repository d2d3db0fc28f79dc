import type { DossierContent } from '../types';

/** "1 250,5" → "1250.50"; anything else is sent as typed, for the API to point out at its field. */
export function money(typed: string | null | undefined): string | null {
  if (!typed) {
    return null;
  }
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  return /^[0-9]+(\.[0-9]{1,2})?$/.test(compact) ? Number(compact).toFixed(2) : typed;
}

export function normalizedContent(content: DossierContent): DossierContent {
  const costs = content.costs ?? {};
  return {
    ...content,
    costs: { teaching: money(costs.teaching), related: money(costs.related), salaries: money(costs.salaries) },
    amountRequested: money(content.amountRequested),
  };
}
