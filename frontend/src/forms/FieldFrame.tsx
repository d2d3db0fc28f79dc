import type { ReactNode } from 'react';

export interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** The ids of the hint and error of a field, for its control's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-aide`, error && `${id}-erreur`].filter(Boolean).join(' ') || undefined;
}

/** What every form field shares: its label, "(obligatoire)" when required, its hint, and its error above the control. */
export function FieldFrame({ id, label, required, hint, error, children }: FieldFrameProps) {
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
      {children}
    </div>
  );
}
