import { useState, type FormEvent } from 'react';
import type { InvoiceApi } from '../api/invoices';
import { errorMessage } from '../api/problem';
import { BANK_FIELD_NAMES, BankDetailsFields, EMPTY_BANK_DETAILS, missingBankDetails } from '../forms/BankDetailsFields';
import { ErrorSummary, fieldErrorItems, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';

const NAMES = { ...BANK_FIELD_NAMES, siret: 'SIRET' };

/**
 * `/instruction/organismes/rib` (staff): registers the RIB a training body sent the OPCO, which becomes the account its
 * invoices under subrogation are paid on. Passerelle keeps no register of training bodies, hence no proof workflow.
 */
export function TrainingBodyBankAccountPage({ invoiceApi }: { invoiceApi: InvoiceApi }) {
  const [siret, setSiret] = useState('');
  const [details, setDetails] = useState(EMPTY_BANK_DETAILS);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorOf = (path: string) => errors.find((item) => item.path === path)?.message;

  async function register(event: FormEvent) {
    event.preventDefault();
    const missing = missingBankDetails(details);
    if (!/^\d{14}$/.test(siret.replace(/\s/g, ''))) {
      missing.unshift({ path: 'siret', where: 'SIRET', message: "Saisissez les 14 chiffres du SIRET de l'organisme de formation." });
    }
    setErrors(missing);
    setFailure(undefined);
    setDone(undefined);
    if (missing.length > 0) {
      return;
    }
    setBusy(true);
    try {
      const account = await invoiceApi.registerTrainingBodyAccount(siret.replace(/\s/g, ''), details);
      setDone(`Le compte ${account.iban} (${account.holder}) est désormais celui sur lequel l'organisme ${account.siret} est réglé.`);
      setSiret('');
      setDetails(EMPTY_BANK_DETAILS);
    } catch (error) {
      const fields = fieldErrorItems(error, NAMES);
      setErrors(fields);
      setFailure(fields.length > 0 ? undefined : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>RIB d'un organisme de formation</PageTitle>
      <h1>RIB d'un organisme de formation</h1>
      <p>
        Saisissez le RIB que l'organisme de formation vous a transmis, après l'avoir vérifié. Il remplace son compte actif :
        les prochains règlements de ses factures en subrogation y seront versés.
      </p>
      {done && (
        <p role="status" className="alert-success">
          {done}
        </p>
      )}
      {(failure || errors.length > 0) && (
        <ErrorSummary
          title="Le compte bancaire n'a pas été enregistré"
          detail={failure}
          items={errors}
          onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
        />
      )}
      <form onSubmit={(event) => void register(event)} noValidate>
        <TextField path="siret" label="SIRET de l'organisme de formation" inputMode="numeric" required value={siret}
          onChange={setSiret} error={errorOf('siret')} hint="14 chiffres." />
        <BankDetailsFields values={details} onChange={setDetails} errorOf={errorOf} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            Enregistrer le compte
          </button>
        </div>
      </form>
    </>
  );
}
