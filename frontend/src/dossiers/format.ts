const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const moneyFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** An ISO date (`2027-01-12`) as a French date. */
export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? dateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : '—';
}

export function formatDateTime(instant: string): string {
  return dateTimeFormat.format(new Date(instant));
}

/** A decimal string in euros (`"1250.00"`) in French. */
export function formatMoney(amount: string | null | undefined): string {
  return amount ? moneyFormat.format(Number(amount)) : '—';
}
