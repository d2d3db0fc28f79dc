import { useState, type FormEvent } from 'react';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { formatMoney } from '../dossiers/format';
import { TextField } from '../forms/TextField';
import { EnvelopeCard, YearSelect } from './FundingAccountsPage';
import type { FundingAccounts, FundingEnvelope } from './types';

interface EnvelopeAmountFormProps {
  envelope: FundingEnvelope;
  onSet: (amount: string) => Promise<FundingAccounts>;
}

/** Staff set one envelope's amount; the server refuses less than what the envelope already commits. */
function EnvelopeAmountForm({ envelope, onSet }: EnvelopeAmountFormProps) {
  const [amount, setAmount] = useState(envelope.amount.replace('.', ','));
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const accounts = await onSet(amount.trim().replace(/\s/g, '').replace(',', '.'));
      const set = accounts.envelopes.find((shown) => shown.source === envelope.source);
      setOutcome({ done: `Montant enregistré : ${formatMoney(set?.amount ?? envelope.amount)}.` });
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <TextField
        path={`envelope-amount-${envelope.source}`}
        label="Nouveau montant de l'enveloppe (€)"
        hint={`Au moins le montant engagé, ${formatMoney(envelope.committed)}.`}
        inputMode="decimal"
        required
        value={amount}
        onChange={setAmount}
      />
      {outcome.error && (
        <p role="alert" className="alert-error">
          Le montant n'a pas été modifié : {outcome.error}
        </p>
      )}
      {outcome.done && <p role="status">{outcome.done}</p>}
      <button type="submit" className="button-secondary" disabled={busy}>
        Enregistrer le montant
      </button>
    </form>
  );
}

/**
 * The "Comptes de financement" section of an establishment's page, for staff: the company's envelopes of a year, each
 * with its figures and a form to set its amount.
 */
export function StaffFundingAccounts({ invoiceApi, establishmentId }: { invoiceApi: InvoiceApi; establishmentId: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [accounts, setAccounts] = useLoad(() => invoiceApi.fundingAccounts(establishmentId, year), [invoiceApi, establishmentId, year]);

  async function setEnvelope(envelope: FundingEnvelope, amount: string) {
    const changed = await invoiceApi.setEnvelope(establishmentId, year, envelope.source, amount);
    setAccounts(changed);
    return changed;
  }

  return (
    <section aria-labelledby="titre-financement">
      <h2 id="titre-financement">Comptes de financement</h2>
      <p>
        Une enveloppe par source de financement et par année, pour toute l'entreprise. Son montant ne peut pas descendre sous ce
        qu'elle engage déjà.
      </p>
      <div className="filters">
        <YearSelect year={year} onChange={setYear} />
      </div>
      {accounts.status === 'loading' && <p role="status">Chargement des comptes…</p>}
      {accounts.status === 'failed' && (
        <p role="alert" className="alert-error">
          {accounts.message}
        </p>
      )}
      {accounts.status === 'loaded' && (
        <div className="establishment-list">
          {accounts.value.envelopes.map((envelope) => (
            <EnvelopeCard key={`${year}-${envelope.source}`} envelope={envelope} level={3}>
              <EnvelopeAmountForm envelope={envelope} onSet={(amount) => setEnvelope(envelope, amount)} />
            </EnvelopeCard>
          ))}
        </div>
      )}
    </section>
  );
}
