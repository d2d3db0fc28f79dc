import { describedBy, FieldFrame } from './FieldFrame';
import { fieldId } from './fieldId';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  path: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  placeholder?: string;
  error?: string;
  required?: boolean;
}

/** A labelled select, with an empty first choice when a placeholder is given. */
export function SelectField({ path, label, value, options, onChange, placeholder, error, required }: SelectFieldProps) {
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} required={required} error={error}>
      <select
        id={id}
        name={path}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
