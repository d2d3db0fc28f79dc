import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';
import { fieldId } from './fieldId';

export interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: InputHTMLAttributes<HTMLInputElement>['type'];
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  required?: boolean;
  autoComplete?: string;
  rows?: number;
}

/** A labelled input (a textarea when `rows` is given) whose error, if any, is shown above it and announced with it. */
export function TextField(props: TextFieldProps) {
  const { path, label, value, onChange, error, hint, type = 'text', inputMode, required, autoComplete, rows } = props;
  const id = fieldId(path);
  const common = {
    id,
    name: path,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
