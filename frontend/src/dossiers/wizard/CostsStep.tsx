import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { Costs, DossierContent } from '../types';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface CostsStepProps {
  content: DossierContent;
  errors: FieldErrors;
  onChange: (content: DossierContent) => void;
}

const MONEY_HINT = 'En euros, par exemple 1250,00.';
const SUBROGATION_OPTIONS = [
  { value: 'true', label: "Oui, l'OPCO paie directement l'organisme de formation (subrogation)" },
  { value: 'false', label: "Non, l'entreprise paie l'organisme et se fait rembourser" },
];

/** Step 5: the costs and the amount asked for. */
export function CostsStep({ content, errors, onChange }: CostsStepProps) {
  const costs = content.costs ?? {};
  const setCosts = (patch: Partial<Costs>) => onChange({ ...content, costs: { ...costs, ...patch } });
  const money = (path: string, label: string, value: string | null | undefined, set: (value: string | null) => void) => (
    <TextField
      path={path}
      label={label}
      hint={MONEY_HINT}
      inputMode="decimal"
      value={value ?? ''}
      error={errorAt(errors, path)}
      onChange={(typed) => set(typed || null)}
    />
  );
  return (
    <>
      {money('content.costs.teaching', 'Coûts pédagogiques', costs.teaching, (teaching) => setCosts({ teaching }))}
      {money('content.costs.related', 'Frais annexes (transport, hébergement, repas)', costs.related, (related) =>
        setCosts({ related }),
      )}
      {money('content.costs.salaries', 'Salaires des stagiaires pendant la formation', costs.salaries, (salaries) =>
        setCosts({ salaries }),
      )}
      {money('content.amountRequested', 'Montant demandé à l’OPCO', content.amountRequested, (amountRequested) =>
        onChange({ ...content, amountRequested }),
      )}
      <SelectField
        path="content.subrogation"
        label="Paiement direct de l'organisme de formation"
        value={content.subrogation == null ? '' : String(content.subrogation)}
        placeholder="Non précisé"
        options={SUBROGATION_OPTIONS}
        error={errorAt(errors, 'content.subrogation')}
        onChange={(subrogation) => onChange({ ...content, subrogation: subrogation === '' ? null : subrogation === 'true' })}
      />
    </>
  );
}
