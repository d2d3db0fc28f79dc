import { fieldId } from './fieldId';

export interface FileFieldProps {
  path: string;
  label: string;
  onChange: (file: File | null) => void;
  error?: string;
  hint?: string;
  accept?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/** A labelled file input for one file, uncontrolled since browsers let no script set its value. */
export function FileField({ path, label, onChange, error, hint, accept, required, autoFocus }: FileFieldProps) {
  const id = fieldId(path);
  const describedBy = [hint && `${id}-aide`, error && `${id}-erreur`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <>
            {' '}
            <span className="field-required">(obligatoire)</span>
          </>
        )}
      </label>
      {hint && (
        <p id={`${id}-aide`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={path}
        type="file"
        accept={accept}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
