import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { saveFile } from '../dossiers/detail/saveFile';
import { formatDate, formatDateTime, formatMoney } from '../dossiers/format';
import { PageTitle } from '../layout/PageTitle';
import { InvoiceResubmitForm } from './InvoiceResubmitForm';
import { INVOICE_STATUS_LABELS, type Invoice } from './types';

/** `/factures/:id`: one invoice, its PDF, its history, and exactly the commands the server allows the caller now. */
export function InvoiceDetailPage({ invoiceApi }: { invoiceApi: InvoiceApi }) {
  const { id = '' } = useParams();
  const [invoice, setInvoice] = useLoad(() => invoiceApi.invoice(id), [invoiceApi, id]);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});

  async function run(command: () => Promise<Invoice>, done: string) {
    try {
      setInvoice(await command());
      setOutcome({ done });
      setText('');
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    }
  }

  if (invoice.status === 'loading') {
    return <p role="status">Chargement de la facture…</p>;
  }
  if (invoice.status === 'failed') {
    return (
      <p role="alert" className="alert-error">
        {invoice.message}
      </p>
    );
  }
  const current = invoice.value;
  const allowed = (action: Invoice['allowedActions'][number]) => current.allowedActions.includes(action);
  return (
    <>
      <PageTitle>{`Facture ${current.number}`}</PageTitle>
      <h1>Facture {current.number}</h1>
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
      <dl className="summary-list">
        <dt>État</dt>
        <dd>
          <span className="badge">{INVOICE_STATUS_LABELS[current.status]}</span>
        </dd>
        <dt>Dossier</dt>
        <dd>
          {current.dossierNumber} — {current.dossierTitle}
        </dd>
        <dt>Date</dt>
        <dd>{formatDate(current.invoiceDate)}</dd>
        <dt>Montant</dt>
        <dd>{formatMoney(current.amount)}</dd>
        {current.staffComment && (
          <>
            <dt>Commentaire de l'OPCO</dt>
            <dd>{current.staffComment}</dd>
          </>
        )}
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void invoiceApi.invoiceFile(current.id).then((blob) => saveFile(blob, current.fileName))}
        >
          Télécharger la facture (PDF)
        </button>
        {allowed('VALIDATE') && (
          <button type="button" className="button-primary" onClick={() => void run(() => invoiceApi.validate(current.id), 'Facture validée.')}>
            Valider
          </button>
        )}
        {allowed('WITHDRAW') && (
          <button type="button" className="button-danger" onClick={() => void run(() => invoiceApi.withdraw(current.id), 'Facture retirée.')}>
            Retirer la facture
          </button>
        )}
      </div>
      {allowed('RESUBMIT') && (
        <InvoiceResubmitForm
          invoice={current}
          invoiceApi={invoiceApi}
          onResubmitted={(resubmitted) => {
            setInvoice(resubmitted);
            setOutcome({ done: "Facture renvoyée à l'OPCO." });
          }}
        />
      )}
      {(allowed('REJECT') || allowed('REQUEST_CHANGES')) && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor="invoice-comment">Motif ou correction demandée (lu par l'émetteur)</label>
            <textarea id="invoice-comment" value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button-secondary"
              onClick={() => void run(() => invoiceApi.requestChanges(current.id, text), 'Correction demandée.')}
            >
              Demander une correction
            </button>
            <button type="button" className="button-danger" onClick={() => void run(() => invoiceApi.reject(current.id, text), 'Facture rejetée.')}>
              Rejeter
            </button>
          </div>
        </div>
      )}
      <h2>Historique</h2>
      <ol className="timeline">
        <li>Déposée le {formatDateTime(current.submittedAt)}</li>
        {current.history.map((entry) => (
          <li key={entry.at + entry.action}>
            {formatDateTime(entry.at)} : {entry.action === 'PAY' ? 'payée' : entry.to.toLowerCase()}
            {entry.reason && <span className="timeline-reason"> — {entry.reason}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
