import { describedBy, FieldFrame } from './FieldFrame';
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
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <input
        id={id}
        name={path}
        type="file"
        accept={accept}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}
