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
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
      <select
        id={id}
        name={path}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-erreur` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
