import { useEffect, useRef } from 'react';
import { ApiError } from '../api/problem';
import { fieldId } from './fieldId';

export interface SummaryItem {
  path: string;
  message: string;
  where?: string;
}

export interface ErrorSummaryProps {
  title: string;
  detail?: string;
  items: SummaryItem[];
  onSelect: (path: string) => void;
}

/** The list of errors at the top of a form, focused when it appears, each linking to its field. */
export function ErrorSummary({ title, detail, items, onSelect }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [title, detail, items]);

  return (
    <div ref={ref} className="alert-error error-summary" role="alert" tabIndex={-1} aria-labelledby="resume-erreurs">
      <h2 id="resume-erreurs">{title}</h2>
      {detail && <p>{detail}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={`${item.path}-${item.message}`}>
              <a
                href={`#${fieldId(item.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect(item.path);
                }}
              >
                {item.where ? `${item.where} : ${item.message}` : item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A refusal's per-field errors as summary items, named after `names` if given; none when the refusal is not about fields. */
export function fieldErrorItems(error: unknown, names: Record<string, string> = {}): SummaryItem[] {
  return error instanceof ApiError
    ? error.fieldErrors.map((fieldError) => ({ path: fieldError.field, where: names[fieldError.field], message: fieldError.message }))
    : [];
}
