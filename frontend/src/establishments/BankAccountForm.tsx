import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/problem';
import { ErrorSummary, type SummaryItem } from '../forms/ErrorSummary';
import { FileField } from '../forms/FileField';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import type { BankAccountForm as BankAccountValues } from './types';

const WHERE: Record<string, string> = { iban: 'IBAN', bic: 'BIC', holder: 'Titulaire', file: 'RIB' };

/** Adds a bank account: the RIB's IBAN, BIC and holder, and the RIB itself as proof, checked by staff. */
export function BankAccountForm({ onSubmit }: { onSubmit: (values: BankAccountValues) => Promise<void> }) {
  const [iban, setIban] = useState('');
  const [bic, setBic] = useState('');
  const [holder, setHolder] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorOf = (path: string) => errors.find((item) => item.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: SummaryItem[] = [];
    if (!iban.trim()) missing.push({ path: 'iban', where: 'IBAN', message: 'Saisissez l’IBAN du compte, tel qu’il figure sur votre RIB.' });
    if (!bic.trim()) missing.push({ path: 'bic', where: 'BIC', message: 'Saisissez le BIC du compte, tel qu’il figure sur votre RIB.' });
    if (!holder.trim()) missing.push({ path: 'holder', where: 'Titulaire', message: 'Saisissez le titulaire du compte.' });
    if (!file) missing.push({ path: 'file', where: 'RIB', message: 'Joignez votre RIB (PDF, PNG ou JPEG).' });
    setErrors(missing);
    setFailure(undefined);
    if (missing.length > 0 || !file) {
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ iban, bic, holder, file });
      setIban('');
      setBic('');
      setHolder('');
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      setErrors(fields.map((field) => ({ path: field.field, where: WHERE[field.field], message: field.message })));
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
      <TextField path="iban" label="IBAN" value={iban} onChange={setIban} error={errorOf('iban')} required
        hint="27 caractères pour un compte en France, par exemple FR76 3000 6000 0112 3456 7890 189." />
      <TextField path="bic" label="BIC" value={bic} onChange={setBic} error={errorOf('bic')} required hint="8 ou 11 caractères." />
      <TextField path="holder" label="Titulaire du compte" value={holder} onChange={setHolder} error={errorOf('holder')} required />
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
