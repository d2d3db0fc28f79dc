import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { CONTRACT_SCHEMES, modalityLabels, options } from '../labels';
import type { DossierContent, FundingScheme, Training } from '../types';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface TrainingStepProps {
  scheme: FundingScheme;
  content: DossierContent;
  errors: FieldErrors;
  onChange: (content: DossierContent) => void;
}

const EXTERNAL_OPTIONS = [
  { value: 'true', label: 'Un organisme de formation (formation externe)' },
  { value: 'false', label: "L'entreprise elle-même (formation interne)" },
];

/** Step 2: the training, and the employment contract for alternance schemes. */
export function TrainingStep({ scheme, content, errors, onChange }: TrainingStepProps) {
  const training = content.training ?? {};
  const contract = content.contract ?? {};
  const setTraining = (patch: Partial<Training>) => onChange({ ...content, training: { ...training, ...patch } });
  const setContract = (patch: Partial<NonNullable<DossierContent['contract']>>) =>
    onChange({ ...content, contract: { ...contract, ...patch } });
  const error = (path: string) => errorAt(errors, path);

  return (
    <>
      <TextField
        path="content.training.title"
        label="Intitulé de la formation"
        value={training.title ?? ''}
        error={error('content.training.title')}
        onChange={(title) => setTraining({ title: title || null })}
      />
      <TextField
        path="content.training.objectives"
        label="Objectifs"
        rows={4}
        value={training.objectives ?? ''}
        error={error('content.training.objectives')}
        onChange={(objectives) => setTraining({ objectives: objectives || null })}
      />
      <TextField
        path="content.training.startDate"
        label="Date de début"
        type="date"
        value={training.startDate ?? ''}
        error={error('content.training.startDate')}
        onChange={(startDate) => setTraining({ startDate: startDate || null })}
      />
      <TextField
        path="content.training.endDate"
        label="Date de fin"
        hint="Dernier jour de formation, inclus."
        type="date"
        value={training.endDate ?? ''}
        error={error('content.training.endDate')}
        onChange={(endDate) => setTraining({ endDate: endDate || null })}
      />
      <TextField
        path="content.training.hours"
        label="Durée en heures"
        inputMode="numeric"
        value={training.hours?.toString() ?? ''}
        error={error('content.training.hours')}
        onChange={(hours) => setTraining({ hours: /^[0-9]+$/.test(hours) ? Number(hours) : null })}
      />
      <SelectField
        path="content.training.modality"
        label="Modalité"
        value={training.modality ?? ''}
        placeholder="Non précisée"
        options={options(modalityLabels)}
        error={error('content.training.modality')}
        onChange={(modality) => setTraining({ modality: (modality || null) as Training['modality'] })}
      />
      <SelectField
        path="content.training.external"
        label="Qui dispense la formation ?"
        value={training.external == null ? '' : String(training.external)}
        placeholder="Non précisé"
        options={EXTERNAL_OPTIONS}
        error={error('content.training.external')}
        onChange={(external) => setTraining({ external: external === '' ? null : external === 'true' })}
      />
      {CONTRACT_SCHEMES.includes(scheme) && (
        <fieldset>
          <legend>Contrat de travail</legend>
          <TextField
            path="content.contract.startDate"
            label="Début du contrat"
            type="date"
            value={contract.startDate ?? ''}
            error={error('content.contract.startDate')}
            onChange={(startDate) => setContract({ startDate: startDate || null })}
          />
          <TextField
            path="content.contract.endDate"
            label="Fin du contrat"
            type="date"
            value={contract.endDate ?? ''}
            error={error('content.contract.endDate')}
            onChange={(endDate) => setContract({ endDate: endDate || null })}
          />
          <TextField
            path="content.contract.tutorName"
            label="Nom du tuteur ou maître d'apprentissage"
            value={contract.tutorName ?? ''}
            error={error('content.contract.tutorName')}
            onChange={(tutorName) => setContract({ tutorName: tutorName || null })}
          />
          <TextField
            path="content.contract.beneficiaryBirthDate"
            label="Date de naissance du bénéficiaire"
            type="date"
            value={contract.beneficiaryBirthDate ?? ''}
            error={error('content.contract.beneficiaryBirthDate')}
            onChange={(beneficiaryBirthDate) => setContract({ beneficiaryBirthDate: beneficiaryBirthDate || null })}
          />
        </fieldset>
      )}
    </>
  );
}
