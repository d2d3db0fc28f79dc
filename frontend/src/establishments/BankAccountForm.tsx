import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/problem';
import { ErrorSummary, fieldErrorItems, type SummaryItem } from '../forms/ErrorSummary';
import { FileField } from '../forms/FileField';
import { fieldId } from '../forms/fieldId';
import { BANK_FIELD_NAMES, BankDetailsFields, EMPTY_BANK_DETAILS, missingBankDetails } from '../forms/BankDetailsFields';
import type { BankAccountForm as BankAccountValues } from './types';

const WHERE: Record<string, string> = { ...BANK_FIELD_NAMES, file: 'RIB' };

/** Adds a bank account: the RIB's IBAN, BIC and holder, and the RIB itself as proof, checked by staff. */
export function BankAccountForm({ onSubmit }: { onSubmit: (values: BankAccountValues) => Promise<void> }) {
  const [details, setDetails] = useState(EMPTY_BANK_DETAILS);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorOf = (path: string) => errors.find((item) => item.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingBankDetails(details);
    if (!file) missing.push({ path: 'file', where: 'RIB', message: 'Joignez votre RIB (PDF, PNG ou JPEG).' });
    setErrors(missing);
    setFailure(undefined);
    if (missing.length > 0 || !file) {
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ ...details, file });
      setDetails(EMPTY_BANK_DETAILS);
    } catch (error) {
      const fields = fieldErrorItems(error, WHERE);
      setErrors(fields);
      setFailure(fields.length > 0 ? undefined : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form aria-labelledby="titre-rib" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="titre-rib">Ajouter un compte bancaire</h3>
      <p>Un conseiller de l'OPCO vérifiera le RIB avant que les paiements n'y soient versés.</p>
      {(failure || errors.length > 0) && (
        <ErrorSummary
          title="Le compte bancaire n'a pas été ajouté"
          detail={failure}
          items={errors}
          onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
        />
      )}
      <BankDetailsFields values={details} onChange={setDetails} errorOf={errorOf} />
      <FileField path="file" label="RIB" accept=".pdf,.png,.jpg,.jpeg" onChange={setFile} error={errorOf('file')} required
        hint="PDF, PNG ou JPEG, 20 Mo au plus. Le type est reconnu d'après le contenu du fichier." />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Envoi…' : 'Ajouter le compte'}
        </button>
      </div>
    </form>
  );
}
