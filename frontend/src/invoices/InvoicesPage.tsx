import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { formatDate, formatMoney } from '../dossiers/format';
import { PageTitle } from '../layout/PageTitle';
import { INVOICE_STATUS_LABELS, type InvoicePage, type InvoiceStatus } from './types';

/**
 * `/factures`: the invoices the caller may see, most recently changed first, filtered by status and dossier. Staff
 * start on the invoices waiting for them ("à traiter"); employers and training bodies on all of theirs.
 */
export function InvoicesPage({ invoiceApi, staff }: { invoiceApi: InvoiceApi; staff: boolean }) {
  const [status, setStatus] = useState<InvoiceStatus | ''>(staff ? 'SUBMITTED' : '');
  const [dossierNumber, setDossierNumber] = useState('');
  const [applied, setApplied] = useState({ status, dossierNumber });
  const [page, setPage] = useLoad(
    () => invoiceApi.invoices({ status: applied.status || undefined, dossierNumber: applied.dossierNumber.trim() || undefined }),
    [invoiceApi, applied],
  );
  const [more, setMore] = useState<string>();

  async function showMore(current: InvoicePage) {
    try {
      const next = await invoiceApi.invoices(
        { status: applied.status || undefined, dossierNumber: applied.dossierNumber.trim() || undefined },
        current.nextCursor ?? undefined,
      );
      setPage({ items: [...current.items, ...next.items], nextCursor: next.nextCursor });
    } catch (error) {
      setMore(errorMessage(error));
    }
  }

  return (
    <>
      <PageTitle>Factures</PageTitle>
      <div className="page-header">
        <h1>Factures</h1>
        {!staff && (
          <Link className="button-primary" to="/factures/deposer">
            Déposer une facture
          </Link>
        )}
      </div>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied({ status, dossierNumber });
        }}
      >
        <div className="field">
          <label htmlFor="invoice-status">État</label>
          <select id="invoice-status" value={status} onChange={(event) => setStatus(event.target.value as InvoiceStatus | '')}>
            <option value="">Tous</option>
            {Object.entries(INVOICE_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invoice-dossier">Numéro de dossier</label>
          <input id="invoice-dossier" inputMode="numeric" value={dossierNumber} onChange={(event) => setDossierNumber(event.target.value)} />
        </div>
        <div className="button-row">
          <button type="submit" className="button-secondary">
            Filtrer
          </button>
        </div>
      </form>
      {page.status === 'loading' && <p role="status">Chargement des factures…</p>}
      {page.status === 'failed' && (
        <p role="alert" className="alert-error">
          {page.message}
        </p>
      )}
      {page.status === 'loaded' && page.value.items.length === 0 && <p className="empty-state">Aucune facture.</p>}
      {page.status === 'loaded' && page.value.items.length > 0 && (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">Factures</caption>
            <thead>
              <tr>
                <th scope="col">Facture</th>
                <th scope="col">Dossier</th>
                <th scope="col">Émetteur</th>
                <th scope="col">Date</th>
                <th scope="col">Montant</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {page.value.items.map((invoice) => (
                <tr key={invoice.id}>
                  <td>
                    <Link to={`/factures/${invoice.id}`}>{invoice.number}</Link>
                  </td>
                  <td>
                    {invoice.dossierNumber} — {invoice.dossierTitle}
                  </td>
                  <td>{invoice.issuer.kind === 'TRAINING_BODY' ? `Organisme ${invoice.issuer.siret}` : 'Employeur'}</td>
                  <td>{formatDate(invoice.invoiceDate)}</td>
                  <td>{formatMoney(invoice.amount)}</td>
                  <td>
                    <span className="badge">{INVOICE_STATUS_LABELS[invoice.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <p role="alert" className="alert-error">
          {more}
        </p>
      )}
      {page.status === 'loaded' && page.value.nextCursor && (
        <div className="button-row">
          <button type="button" className="button-plain" onClick={() => void showMore(page.value)}>
            Afficher plus
          </button>
        </div>
      )}
    </>
  );
}
