import { TextField } from '../../forms/TextField';
import type { DossierContent, TrainingBody } from '../types';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface TrainingBodyStepProps {
  content: DossierContent;
  errors: FieldErrors;
  onChange: (content: DossierContent) => void;
}

/** Step 3: the training body (organisme de formation), needed for an external training. */
export function TrainingBodyStep({ content, errors, onChange }: TrainingBodyStepProps) {
  const body = content.trainingBody ?? {};
  const set = (patch: Partial<TrainingBody>) => onChange({ ...content, trainingBody: { ...body, ...patch } });
  return (
    <>
      {content.training?.external === false && (
        <p className="field-hint">La formation est interne : vous pouvez passer cette étape.</p>
      )}
      <TextField
        path="content.trainingBody.name"
        label="Raison sociale"
        value={body.name ?? ''}
        error={errorAt(errors, 'content.trainingBody.name')}
        onChange={(name) => set({ name: name || null })}
      />
      <TextField
        path="content.trainingBody.siret"
        label="SIRET"
        hint="14 chiffres."
        inputMode="numeric"
        value={body.siret ?? ''}
        error={errorAt(errors, 'content.trainingBody.siret')}
        onChange={(siret) => set({ siret: siret.replace(/\s/g, '') || null })}
      />
      <TextField
        path="content.trainingBody.nda"
        label="Numéro de déclaration d'activité (NDA)"
        hint="11 chiffres."
        inputMode="numeric"
        value={body.nda ?? ''}
        error={errorAt(errors, 'content.trainingBody.nda')}
        onChange={(nda) => set({ nda: nda.replace(/\s/g, '') || null })}
      />
    </>
  );
}
