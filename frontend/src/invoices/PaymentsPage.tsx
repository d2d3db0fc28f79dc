import { useState } from 'react';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { saveFile } from '../dossiers/detail/saveFile';
import { formatDateTime, formatMoney } from '../dossiers/format';
import { PageTitle } from '../layout/PageTitle';

/**
 * `/reglements`, "Règlements": the payments to the caller, most recent first, each with its remittance advice. Staff
 * see every payment, and above them the validated invoices they may pay: one payment per payee.
 */
export function PaymentsPage({ invoiceApi, staff }: { invoiceApi: InvoiceApi; staff: boolean }) {
  const [payments, setPayments] = useLoad(() => invoiceApi.payments(), [invoiceApi]);
  const [validated, setValidated] = useLoad(
    () => (staff ? invoiceApi.invoices({ status: 'VALIDATED' }) : Promise.resolve(undefined)),
    [invoiceApi, staff],
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});

  async function pay() {
    try {
      const payment = await invoiceApi.pay(selected);
      setOutcome({ done: `Règlement de ${formatMoney(payment.amount)} à ${payment.payeeName} créé.` });
      setSelected([]);
      setPayments(await invoiceApi.payments());
      setValidated(await invoiceApi.invoices({ status: 'VALIDATED' }));
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    }
  }

  return (
    <>
      <PageTitle>Règlements</PageTitle>
      <h1>Règlements</h1>
      {outcome.done && (
        <p role="status" className="alert-success">
          {outcome.done}
        </p>
      )}
      {outcome.error && (
        <p role="alert" className="alert-error">
          {outcome.error}
        </p>
      )}
      {staff && validated.status === 'loaded' && validated.value && (
        <section aria-labelledby="to-pay">
          <h2 id="to-pay">Factures validées à régler</h2>
          {validated.value.items.length === 0 ? (
            <p className="empty-state">Aucune facture validée n'attend de règlement.</p>
          ) : (
            <fieldset>
              <legend>Choisissez les factures d'un même bénéficiaire</legend>
              {validated.value.items.map((invoice) => (
                <div className="checkbox" key={invoice.id}>
                  <input
                    id={`pay-${invoice.id}`}
                    type="checkbox"
                    checked={selected.includes(invoice.id)}
                    onChange={(event) =>
                      setSelected(event.target.checked ? [...selected, invoice.id] : selected.filter((id) => id !== invoice.id))
                    }
                  />
                  <label htmlFor={`pay-${invoice.id}`}>
                    {invoice.number} — dossier {invoice.dossierNumber} —{' '}
                    {invoice.issuer.kind === 'TRAINING_BODY' ? `organisme ${invoice.issuer.siret}` : 'employeur'} —{' '}
                    {formatMoney(invoice.amount)}
                  </label>
                </div>
              ))}
              <div className="button-row">
                <button type="button" className="button-primary" disabled={selected.length === 0} onClick={() => void pay()}>
                  Créer le règlement
                </button>
              </div>
            </fieldset>
          )}
        </section>
      )}
      <h2>{staff ? 'Règlements effectués' : 'Vos règlements'}</h2>
      {payments.status === 'loading' && <p role="status">Chargement des règlements…</p>}
      {payments.status === 'failed' && (
        <p role="alert" className="alert-error">
          {payments.message}
        </p>
      )}
      {payments.status === 'loaded' && payments.value.items.length === 0 && <p className="empty-state">Aucun règlement pour l'instant.</p>}
      {payments.status === 'loaded' && payments.value.items.length > 0 && (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">Règlements</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Bénéficiaire</th>
                <th scope="col">Factures</th>
                <th scope="col">Montant</th>
                <th scope="col">Avis de paiement</th>
              </tr>
            </thead>
            <tbody>
              {payments.value.items.map((payment) => (
                <tr key={payment.id}>
                  <td>{formatDateTime(payment.orderedAt)}</td>
                  <td>{payment.payeeName}</td>
                  <td>{payment.invoiceCount}</td>
                  <td>{formatMoney(payment.amount)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        void invoiceApi
                          .remittanceAdvice(payment.id)
                          .then((blob) => saveFile(blob, `avis-de-paiement-${payment.orderedAt.slice(0, 10)}.pdf`))
                          .catch((error: unknown) => setOutcome({ error: errorMessage(error) }))
                      }
                    >
                      Télécharger l'avis (PDF)
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
