import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/problem';
import type { Termination, UploadProgress } from '../../api/upload';
import { fieldErrorItems } from '../../forms/ErrorSummary';
import { FileField } from '../../forms/FileField';
import { TextField } from '../../forms/TextField';
import { UploadProgressBar } from '../../forms/UploadProgressBar';
import { DialogFrame } from './DialogFrame';

export const TERMINATION_LABEL = 'Déclarer une rupture anticipée';

type Errors = Partial<Record<keyof Termination, string>>;

export interface TerminationDialogProps {
  onTerminate: (termination: Termination, onProgress: UploadProgress) => Promise<void>;
  onClose: () => void;
}

/** The early termination of a contract: its end date, the reason and the signed form, sent with a progress bar. */
export function TerminationDialog({ onTerminate, onClose }: TerminationDialogProps) {
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [progress, setProgress] = useState<number>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Errors = {};
    if (!endDate) missing.endDate = 'Indiquez la date de fin du contrat.';
    if (!reason.trim()) missing.reason = 'Indiquez le motif de la rupture.';
    if (!file) missing.file = 'Joignez le formulaire de rupture signé.';
    setErrors(missing);
    setFailure(undefined);
    if (!file || Object.keys(missing).length > 0) {
      return;
    }
    setProgress(0);
    try {
      await onTerminate({ endDate, reason: reason.trim(), file }, setProgress);
    } catch (error) {
      setErrors(Object.fromEntries(fieldErrorItems(error).map((item) => [item.path, item.message])));
      setFailure(errorMessage(error));
      setProgress(undefined);
    }
  }

  return (
    <DialogFrame name="terminate" title={TERMINATION_LABEL} onClose={onClose}>
      <p>
        Le contrat s'arrête avant son terme : seule la période réalisée est prise en charge. Le montant engagé qui n'a pas encore
        été facturé sera libéré et retournera à l'enveloppe de l'entreprise. Le formulaire signé sera joint au dossier.
      </p>
      {failure && (
        <p role="alert" className="alert-error">
          {failure}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField path="endDate" label="Date de fin du contrat" type="date" required value={endDate} error={errors.endDate}
          hint="Comprise entre le début et la fin prévue du contrat." onChange={setEndDate} />
        <TextField path="reason" label="Motif de la rupture" rows={4} required value={reason} error={errors.reason} onChange={setReason} />
        <FileField path="file" label="Formulaire de rupture signé" accept=".pdf,.png,.jpg,.jpeg" required error={errors.file}
          hint="PDF, PNG ou JPEG, 20 Mo au plus." onChange={setFile} />
        {progress !== undefined && <UploadProgressBar id="termination-progress" percent={progress} />}
        <div className="button-row">
          <button type="submit" className="button-danger" disabled={progress !== undefined}>
            Déclarer la rupture
          </button>
          <button type="button" className="button-plain" onClick={onClose}>
            Fermer sans rien faire
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
