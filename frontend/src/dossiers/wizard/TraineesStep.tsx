import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { categoryLabels, contractTypeLabels, options } from '../labels';
import type { DossierContent, Trainee } from '../types';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface TraineesStepProps {
  content: DossierContent;
  errors: FieldErrors;
  onChange: (content: DossierContent) => void;
}

/** Step 4: the trainees, entered one by one. */
export function TraineesStep({ content, errors, onChange }: TraineesStepProps) {
  const trainees = content.trainees ?? [];
  const setTrainees = (next: Trainee[]) => onChange({ ...content, trainees: next });
  const set = (index: number, patch: Partial<Trainee>) =>
    setTrainees(trainees.map((trainee, at) => (at === index ? { ...trainee, ...patch } : trainee)));

  return (
    <>
      {errorAt(errors, 'content.trainees') && <p className="field-error">{errorAt(errors, 'content.trainees')}</p>}
      {trainees.length === 0 && <p className="empty-state">Aucun stagiaire pour l'instant.</p>}
      {trainees.map((trainee, index) => {
        const path = (field: string) => `content.trainees[${index}].${field}`;
        return (
          <fieldset key={index}>
            <legend>Stagiaire {index + 1}</legend>
            <TextField
              path={path('lastName')}
              label="Nom"
              value={trainee.lastName ?? ''}
              error={errorAt(errors, path('lastName'))}
              onChange={(lastName) => set(index, { lastName: lastName || null })}
            />
            <TextField
              path={path('firstName')}
              label="Prénom"
              value={trainee.firstName ?? ''}
              error={errorAt(errors, path('firstName'))}
              onChange={(firstName) => set(index, { firstName: firstName || null })}
            />
            <TextField
              path={path('birthDate')}
              label="Date de naissance"
              type="date"
              value={trainee.birthDate ?? ''}
              error={errorAt(errors, path('birthDate'))}
              onChange={(birthDate) => set(index, { birthDate: birthDate || null })}
            />
            <SelectField
              path={path('category')}
              label="Catégorie socioprofessionnelle"
              value={trainee.category ?? ''}
              placeholder="Non précisée"
              options={options(categoryLabels)}
              error={errorAt(errors, path('category'))}
              onChange={(category) => set(index, { category: (category || null) as Trainee['category'] })}
            />
            <SelectField
              path={path('contractType')}
              label="Contrat de travail"
              value={trainee.contractType ?? ''}
              placeholder="Non précisé"
              options={options(contractTypeLabels)}
              error={errorAt(errors, path('contractType'))}
              onChange={(contractType) => set(index, { contractType: (contractType || null) as Trainee['contractType'] })}
            />
            <button
              type="button"
              className="button-danger"
              onClick={() => setTrainees(trainees.filter((_, at) => at !== index))}
            >
              Retirer le stagiaire {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button-plain" onClick={() => setTrainees([...trainees, {}])}>
        Ajouter un stagiaire
      </button>
    </>
  );
}
