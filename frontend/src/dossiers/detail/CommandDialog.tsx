import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/problem';
import { fieldId } from '../../forms/fieldId';
import { TextField } from '../../forms/TextField';
import { documentTypeLabels, documentTypes } from '../labels';
import type { DocumentType } from '../types';
import type { ActionDefinition } from './actions';
import { DialogFrame } from './DialogFrame';

/** What the user typed in the dialog; only the parts its form asks for are filled. */
export interface DialogAnswer {
  text: string;
  amount: string;
  types: DocumentType[];
  dueDate: string;
}

export interface CommandDialogProps {
  name: string;
  definition: ActionDefinition;
  initialAmount?: string;
  onConfirm: (answer: DialogAnswer) => Promise<void>;
  onClose: () => void;
}

const DIALOG_FIELDS = ['reason', 'message', 'amount', 'types', 'dueDate'];

type Errors = Partial<Record<'reason' | 'message' | 'amount' | 'types' | 'dueDate', string>>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Asks for what a command needs (reason, message, amount, documents and due date), then confirms it. */
export function CommandDialog({ name, definition, initialAmount, onConfirm, onClose }: CommandDialogProps) {
  const [text, setText] = useState('');
  const [amount, setAmount] = useState(initialAmount ?? '');
  const [types, setTypes] = useState<DocumentType[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<{ detail: string; others: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  function missingFields(): Errors {
    const missing: Errors = {};
    const { form } = definition;
    if ((form === 'reason' || form === 'message' || form === 'documents') && !text.trim()) {
      missing[form === 'reason' ? 'reason' : 'message'] = 'Ce champ est obligatoire.';
    }
    if (form === 'amount' && !amount.trim()) {
      missing.amount = 'Indiquez le montant accordé.';
    }
    if (form === 'documents' && types.length === 0) {
      missing.types = 'Cochez au moins une pièce.';
    }
    if (form === 'documents' && !dueDate) {
      missing.dueDate = 'Indiquez la date limite.';
    }
    return missing;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields();
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      return;
    }
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm({ text: text.trim(), amount, types, dueDate });
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      const own = fieldErrors.filter((fieldError) => DIALOG_FIELDS.includes(fieldError.field));
      setErrors(Object.fromEntries(own.map((fieldError) => [fieldError.field, fieldError.message])));
      setFailure({
        detail: errorMessage(error),
        others: fieldErrors.filter((fieldError) => !own.includes(fieldError)).map((fieldError) => fieldError.message),
      });
      setBusy(false);
    }
  }

  const textPath = definition.form === 'reason' ? 'reason' : 'message';
  return (
    <DialogFrame name={name} title={definition.label} onClose={onClose}>
      <p>{definition.prompt}</p>
      {failure && (
        <div role="alert" className="alert-error">
          <p>{failure.detail}</p>
          {failure.others.length > 0 && (
            <ul>
              {failure.others.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        {definition.form === 'amount' && (
          <TextField
            path="amount"
            label={definition.fieldLabel ?? 'Montant'}
            hint="En euros, par exemple 1250,00."
            inputMode="decimal"
            required
            value={amount}
            error={errors.amount}
            onChange={setAmount}
          />
        )}
        {definition.form === 'documents' && (
          <>
            <fieldset
              aria-describedby={errors.types ? `${fieldId('types')}-erreur` : undefined}
              className={errors.types ? 'field-invalid' : undefined}
            >
              <legend>Pièces demandées (obligatoire)</legend>
              {errors.types && (
                <p id={`${fieldId('types')}-erreur`} className="field-error">
                  {errors.types}
                </p>
              )}
              {documentTypes.map((type) => (
                <div key={type} className="checkbox">
                  <input
                    id={fieldId(`types.${type}`)}
                    type="checkbox"
                    checked={types.includes(type)}
                    onChange={(event) =>
                      setTypes(event.target.checked ? [...types, type] : types.filter((chosen) => chosen !== type))
                    }
                  />
                  <label htmlFor={fieldId(`types.${type}`)}>{documentTypeLabels[type]}</label>
                </div>
              ))}
            </fieldset>
            <TextField
              path="dueDate"
              label="Date limite"
              type="date"
              required
              value={dueDate}
              error={errors.dueDate}
              hint={`Au plus tôt aujourd'hui (${today().split('-').reverse().join('/')}).`}
              onChange={setDueDate}
            />
          </>
        )}
        {definition.fieldLabel && definition.form !== 'amount' && (
          <TextField
            path={textPath}
            label={definition.fieldLabel}
            rows={4}
            required
            value={text}
            error={errors[textPath]}
            onChange={setText}
          />
        )}
        <div className="button-row">
          <button type="submit" className={definition.danger ? 'button-danger' : 'button-primary'} disabled={busy}>
            {definition.label}
          </button>
          <button type="button" className="button-plain" onClick={onClose}>
            Fermer sans rien faire
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
