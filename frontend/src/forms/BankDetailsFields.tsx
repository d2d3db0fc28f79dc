import type { SummaryItem } from './ErrorSummary';
import { TextField } from './TextField';

export interface BankDetails {
  iban: string;
  bic: string;
  holder: string;
}

export const EMPTY_BANK_DETAILS: BankDetails = { iban: '', bic: '', holder: '' };

/** The names the error summary gives the fields of a RIB. */
export const BANK_FIELD_NAMES: Record<string, string> = { iban: 'IBAN', bic: 'BIC', holder: 'Titulaire' };

/** What is missing from the IBAN, BIC and holder of a RIB, as summary items. */
export function missingBankDetails({ iban, bic, holder }: BankDetails): SummaryItem[] {
  const missing: SummaryItem[] = [];
  if (!iban.trim()) missing.push({ path: 'iban', where: 'IBAN', message: 'Saisissez l’IBAN du compte, tel qu’il figure sur le RIB.' });
  if (!bic.trim()) missing.push({ path: 'bic', where: 'BIC', message: 'Saisissez le BIC du compte, tel qu’il figure sur le RIB.' });
  if (!holder.trim()) missing.push({ path: 'holder', where: 'Titulaire', message: 'Saisissez le titulaire du compte.' });
  return missing;
}

export interface BankDetailsFieldsProps {
  values: BankDetails;
  onChange: (values: BankDetails) => void;
  errorOf: (path: string) => string | undefined;
}

/** The IBAN, BIC and holder of a RIB, whoever enters them. */
export function BankDetailsFields({ values, onChange, errorOf }: BankDetailsFieldsProps) {
  const set = (field: keyof BankDetails) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <>
      <TextField path="iban" label="IBAN" value={values.iban} onChange={set('iban')} error={errorOf('iban')} required
        hint="27 caractères pour un compte en France, par exemple FR76 3000 6000 0112 3456 7890 189." />
      <TextField path="bic" label="BIC" value={values.bic} onChange={set('bic')} error={errorOf('bic')} required hint="8 ou 11 caractères." />
      <TextField path="holder" label="Titulaire du compte" value={values.holder} onChange={set('holder')} error={errorOf('holder')} required />
    </>
  );
}
