import { useState, type FormEvent } from 'react';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { INVOICE_FORMAT } from '../api/upload';
import { FileField } from '../forms/FileField';
import { TextField } from '../forms/TextField';
import { UploadProgressBar } from '../forms/UploadProgressBar';
import type { Invoice } from './types';

export interface InvoiceResubmitFormProps {
  invoice: Invoice;
  invoiceApi: InvoiceApi;
  onResubmitted: (invoice: Invoice) => void;
}

/** The issuer's answer to "changes requested": staff's message, the amount (kept unless corrected) and a new PDF if needed. */
export function InvoiceResubmitForm({ invoice, invoiceApi, onResubmitted }: InvoiceResubmitFormProps) {
  const [amount, setAmount] = useState(invoice.amount.replace('.', ','));
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  async function resubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setProgress(0);
    try {
      onResubmitted(await invoiceApi.resubmit(invoice.id, { amount: amount.trim().replace(',', '.'), file }, setProgress));
    } catch (failure) {
      setError(errorMessage(failure));
    }
    setProgress(undefined);
  }

  return (
    <section className="request-panel" aria-labelledby="invoice-resubmit">
      <h2 id="invoice-resubmit">Corriger et renvoyer la facture</h2>
      {invoice.staffComment && <p>Modifications demandées : « {invoice.staffComment} »</p>}
      <form className="upload-form" onSubmit={(event) => void resubmit(event)}>
        <TextField path="resubmit-amount" label="Montant (€)" inputMode="decimal" required value={amount} onChange={setAmount} />
        <FileField
          path="resubmit-file"
          label="Facture corrigée (PDF)"
          hint={`Facultatif : sans nouveau fichier, la facture déposée est conservée. ${INVOICE_FORMAT}`}
          accept=".pdf,application/pdf"
          onChange={(chosen) => setFile(chosen ?? undefined)}
        />
        {progress !== undefined && <UploadProgressBar id="resubmit-progress" percent={progress} />}
        {error && (
          <p role="alert" className="alert-error">
            {error}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={progress !== undefined}>
          Renvoyer la facture
        </button>
      </form>
    </section>
  );
}
