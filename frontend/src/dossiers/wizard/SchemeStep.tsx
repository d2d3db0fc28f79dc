import type { LinkedEstablishment } from '../../api/me';
import { SelectField } from '../../forms/SelectField';
import { fundingSchemeLabels, options } from '../labels';
import type { FundingScheme } from '../types';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface SchemeChoice {
  establishmentId: string;
  scheme: FundingScheme | '';
}

export interface SchemeStepProps {
  choice: SchemeChoice;
  establishments: LinkedEstablishment[];
  locked: boolean;
  errors: FieldErrors;
  onChange: (choice: SchemeChoice) => void;
}

/** Step 1: the funding scheme and the establishment (one the user may create dossiers on); both are fixed once the draft exists. */
export function SchemeStep({ choice, establishments, locked, errors, onChange }: SchemeStepProps) {
  if (locked) {
    const establishment = establishments.find((candidate) => candidate.id === choice.establishmentId);
    return (
      <dl className="summary-list">
        <div>
          <dt>Dispositif</dt>
          <dd>{choice.scheme && fundingSchemeLabels[choice.scheme]}</dd>
        </div>
        <div>
          <dt>Établissement</dt>
          <dd>{establishment ? `${establishment.name} (SIRET ${establishment.siret})` : '—'}</dd>
        </div>
      </dl>
    );
  }
  return (
    <>
      <SelectField
        path="scheme"
        label="Dispositif"
        required
        value={choice.scheme}
        placeholder="Choisissez un dispositif"
        options={options(fundingSchemeLabels)}
        error={errorAt(errors, 'scheme')}
        onChange={(scheme) => onChange({ ...choice, scheme: scheme as FundingScheme | '' })}
      />
      <SelectField
        path="establishmentId"
        label="Établissement"
        required
        value={choice.establishmentId}
        placeholder="Choisissez un établissement"
        options={establishments.map((establishment) => ({
          value: establishment.id,
          label: `${establishment.name} (SIRET ${establishment.siret})`,
        }))}
        error={errorAt(errors, 'establishmentId')}
        onChange={(establishmentId) => onChange({ ...choice, establishmentId })}
      />
    </>
  );
}
