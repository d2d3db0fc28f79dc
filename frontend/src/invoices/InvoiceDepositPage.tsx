import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { INVOICE_FORMAT } from '../api/upload';
import { UploadProgressBar } from '../forms/UploadProgressBar';
import { PageTitle } from '../layout/PageTitle';

/**
 * `/factures/deposer`: the deposit form. It says up front what the OPCO requires, so that nobody uploads a file only to
 * be told what was missing; the PDF goes up with a progress bar.
 */
export function InvoiceDepositPage({ invoiceApi }: { invoiceApi: InvoiceApi }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [dossierNumber, setDossierNumber] = useState(search.get('dossier') ?? '');
  const [number, setNumber] = useState('');
  const [invoiceDate, setInvoiceDate] = useState(new Date().toISOString().slice(0, 10));
  const [amount, setAmount] = useState('');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  async function deposit() {
    if (!file) {
      setError('Joignez la facture au format PDF.');
      return;
    }
    setError(undefined);
    setProgress(0);
    try {
      const invoice = await invoiceApi.deposit(
        dossierNumber.trim(),
        { number: number.trim(), invoiceDate, amount: amount.trim().replace(',', '.'), file },
        setProgress,
      );
      navigate(`/factures/${invoice.id}`);
    } catch (failure) {
      setProgress(undefined);
      setError(errorMessage(failure));
    }
  }

  return (
    <>
      <PageTitle>Déposer une facture</PageTitle>
      <h1>Déposer une facture</h1>
      <section className="request-panel" aria-labelledby="invoice-requirements">
        <h2 id="invoice-requirements">Avant de déposer</h2>
        <ul>
          <li>Le dossier doit être accordé.</li>
          <li>Le certificat de réalisation doit être joint au dossier.</li>
          <li>Sans subrogation, l'employeur facture (droit « gérer les factures ») ; avec subrogation, l'organisme de formation.</li>
          <li>Le numéro de facture ne doit jamais avoir servi pour une autre de vos factures.</li>
          <li>Le total facturé sur le dossier ne peut pas dépasser le montant accordé.</li>
          <li>Fichier : {INVOICE_FORMAT}</li>
        </ul>
      </section>
      <form
        className="upload-form"
        onSubmit={(event) => {
          event.preventDefault();
          void deposit();
        }}
      >
        <div className="field">
          <label htmlFor="deposit-dossier">Numéro de dossier</label>
          <input id="deposit-dossier" required inputMode="numeric" value={dossierNumber} onChange={(event) => setDossierNumber(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="deposit-number">Numéro de facture</label>
          <input id="deposit-number" required maxLength={30} value={number} onChange={(event) => setNumber(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="deposit-date">Date de la facture</label>
          <input id="deposit-date" type="date" required value={invoiceDate} onChange={(event) => setInvoiceDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="deposit-amount">Montant (€)</label>
          <input id="deposit-amount" required inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="deposit-file">Facture (PDF)</label>
          <input id="deposit-file" type="file" accept=".pdf,application/pdf" aria-required="true" onChange={(event) => setFile(event.target.files?.[0])} />
        </div>
        {progress !== undefined && <UploadProgressBar id="deposit-progress" percent={progress} />}
        {error && (
          <p role="alert" className="alert-error">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={progress !== undefined}>
            Déposer la facture
          </button>
          <Link to="/factures" className="button-plain">
            Annuler
          </Link>
        </div>
      </form>
    </>
  );
}
