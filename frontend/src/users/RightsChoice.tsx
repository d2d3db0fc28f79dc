import type { Right } from '../api/me';
import { rightLabels } from '../dashboard/labels';

export const ALL_RIGHTS: Right[] = [
  'VIEW_DOSSIERS',
  'MANAGE_DOSSIERS',
  'MANAGE_INVOICES',
  'MANAGE_EMPLOYEES',
  'VIEW_REPORTING',
  'MANAGE_COMPANY',
  'ADMIN',
];

export interface RightsChoiceProps {
  legend: string;
  name: string;
  rights: Right[];
  onChange: (rights: Right[]) => void;
}

/** One checkbox per right, grouped under the establishment's name. */
export function RightsChoice({ legend, name, rights, onChange }: RightsChoiceProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {ALL_RIGHTS.map((right) => (
        <label key={right} className="checkbox">
          <input
            type="checkbox"
            name={`${name}-${right}`}
            checked={rights.includes(right)}
            onChange={(event) =>
              onChange(event.target.checked ? [...rights, right] : rights.filter((granted) => granted !== right))
            }
          />{' '}
          {rightLabels[right]}
        </label>
      ))}
    </fieldset>
  );
}
