import { useState, type FormEvent } from 'react';
import { changeErrorMessage } from '../api/problem';
import { TextField } from '../forms/TextField';

export interface ReasonFormProps {
  path: string;
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
}

/** A command that needs a reason the other side will read: the reason, then the button; a refusal is shown above. */
export function ReasonForm({ path, label, submitLabel, onSubmit }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Indiquez le motif : il sera communiqué à votre interlocuteur.');
      return;
    }
    setError(undefined);
    setFailure(undefined);
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      setReason('');
    } catch (refused) {
      setFailure(changeErrorMessage(refused));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="reason-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure && (
        <p role="alert" className="alert-error">
          {failure}
        </p>
      )}
      <TextField path={path} label={label} value={reason} onChange={setReason} error={error} rows={2} required />
      <button type="submit" className="button-plain" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
