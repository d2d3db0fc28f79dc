import { useState, type ReactNode } from 'react';
import type { InvoiceApi } from '../api/invoices';
import type { Me } from '../api/me';
import { useLoad } from '../api/useLoad';
import { formatMoney } from '../dossiers/format';
import { PageTitle } from '../layout/PageTitle';
import type { FundingEnvelope } from './types';

/** The share of the envelope a figure takes, 0 to 100, for the bar chart. */
function share(part: string, whole: string): number {
  const total = Number(whole);
  return total > 0 ? Math.max(0, Math.min(100, (Number(part) / total) * 100)) : 0;
}

/**
 * One envelope: the four figures, and a bar of its consumption (paid within committed within the envelope), drawn in
 * SVG with a text alternative that says the same figures.
 */
export function EnvelopeCard({ envelope, level = 2, children }: { envelope: FundingEnvelope; level?: 2 | 3; children?: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const committed = share(envelope.committed, envelope.amount);
  const paid = share(envelope.paid, envelope.amount);
  const description =
    `Sur ${formatMoney(envelope.amount)} : ${formatMoney(envelope.committed)} engagés, dont ${formatMoney(envelope.paid)} réglés ; ` +
    `${formatMoney(envelope.availableForCommitment)} disponibles pour engagement.`;
  return (
    <section className="establishment-card funding-card" aria-labelledby={`envelope-${envelope.source}`}>
      <Heading id={`envelope-${envelope.source}`}>{envelope.label}</Heading>
      <dl className="summary-list">
        <dt>Montant de l'enveloppe</dt>
        <dd>{formatMoney(envelope.amount)}</dd>
        <dt>Engagé</dt>
        <dd>{formatMoney(envelope.committed)}</dd>
        <dt>Facturé</dt>
        <dd>{formatMoney(envelope.invoiced)}</dd>
        <dt>Réglé</dt>
        <dd>{formatMoney(envelope.paid)}</dd>
        <dt>Disponible pour engagement</dt>
        <dd data-testid={`available-${envelope.source}`}>{formatMoney(envelope.availableForCommitment)}</dd>
        <dt>Solde disponible pour règlement</dt>
        <dd data-testid={`balance-${envelope.source}`}>{formatMoney(envelope.balanceForPayment)}</dd>
      </dl>
      <svg role="img" aria-label={description} viewBox="0 0 100 8" preserveAspectRatio="none" className="funding-bar">
        <rect x="0" y="0" width="100" height="8" fill="#e5e7eb" />
        <rect x="0" y="0" width={committed} height="8" fill="#93c5fd" />
        <rect x="0" y="0" width={paid} height="8" fill="#1d4ed8" />
      </svg>
      <p className="muted">Bleu foncé : réglé ; bleu clair : engagé non réglé ; gris : disponible.</p>
      {children}
    </section>
  );
}

/** The year whose envelopes are shown: last year, this year or next year. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  return (
    <div className="field">
      <label htmlFor="funding-year">Année</label>
      <select id="funding-year" value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {[-1, 0, 1].map((offset) => {
          const shown = new Date().getFullYear() + offset;
          return (
            <option key={shown} value={shown}>
              {shown}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** `/comptes`, "Mes comptes": the envelopes of the company behind one of the caller's establishments, year by year. */
export function FundingAccountsPage({ invoiceApi, loadMe }: { invoiceApi: InvoiceApi; loadMe: () => Promise<Me> }) {
  const [me] = useLoad(loadMe, [loadMe]);
  const [choice, setChoice] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear());
  const establishments = me.status === 'loaded' ? me.value.establishments : [];
  const establishmentId = choice ?? establishments[0]?.id;
  const [accounts] = useLoad(
    () => (establishmentId ? invoiceApi.fundingAccounts(establishmentId, year) : Promise.resolve(undefined)),
    [invoiceApi, establishmentId, year],
  );

  return (
    <>
      <PageTitle>Mes comptes</PageTitle>
      <h1>Mes comptes</h1>
      <p>
        Chaque année, votre entreprise dispose d'une enveloppe par source de financement. Un dossier accordé engage une part de
        l'enveloppe de son dispositif pour l'année de début de la formation ; les règlements la consomment.
      </p>
      <div className="filters">
        {establishments.length > 1 && (
          <div className="field">
            <label htmlFor="funding-establishment">Établissement</label>
            <select id="funding-establishment" value={establishmentId} onChange={(event) => setChoice(event.target.value)}>
              {establishments.map((establishment) => (
                <option key={establishment.id} value={establishment.id}>
                  {establishment.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <YearSelect year={year} onChange={setYear} />
      </div>
      {me.status === 'loaded' && !establishmentId && <p className="empty-state">Vous n'êtes rattaché à aucun établissement.</p>}
      {accounts.status === 'loading' && establishmentId && <p role="status">Chargement des comptes…</p>}
      {accounts.status === 'failed' && (
        <p role="alert" className="alert-error">
          {accounts.message}
        </p>
      )}
      {accounts.status === 'loaded' && accounts.value && (
        <>
          <p>
            {accounts.value.companyName} — année {accounts.value.year}
          </p>
          <div className="establishment-list">
            {accounts.value.envelopes.map((envelope) => (
              <EnvelopeCard key={envelope.source} envelope={envelope} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
