import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { formatDate } from '../format';
import { categoryLabels, contractTypeLabels, options } from '../labels';
import type { DossierContent, Employee, Trainee } from '../types';
import { EmployeePicker, type EmployeePickerProps } from './EmployeePicker';
import { errorAt, type FieldErrors } from './fieldErrors';

export interface TraineesStepProps {
  content: DossierContent;
  errors: FieldErrors;
  onChange: (content: DossierContent) => void;
  searchEmployees: EmployeePickerProps['search'];
}

/** The register's data is copied into the trainee, so that the dossier reads the same after the register changes. */
function traineeOf(employee: Employee): Trainee {
  const { id, lastName, firstName, birthDate, category, contractType } = employee;
  return { employeeId: id, lastName, firstName, birthDate, category, contractType };
}

/** Step 4: the trainees, chosen from the company's employee register or entered one by one. */
export function TraineesStep({ content, errors, onChange, searchEmployees }: TraineesStepProps) {
  const trainees = content.trainees ?? [];
  const setTrainees = (next: Trainee[]) => onChange({ ...content, trainees: next });
  const set = (index: number, patch: Partial<Trainee>) =>
    setTrainees(trainees.map((trainee, at) => (at === index ? { ...trainee, ...patch } : trainee)));
  const remove = (index: number) => (
    <button type="button" className="button-danger" onClick={() => setTrainees(trainees.filter((_, at) => at !== index))}>
      Retirer le stagiaire {index + 1}
    </button>
  );

  return (
    <>
      <EmployeePicker
        search={searchEmployees}
        chosen={trainees.flatMap((trainee) => (trainee.employeeId ? [trainee.employeeId] : []))}
        onChoose={(employee) => setTrainees([...trainees, traineeOf(employee)])}
      />
      <h3>Stagiaires du dossier</h3>
      {errorAt(errors, 'content.trainees') && <p className="field-error">{errorAt(errors, 'content.trainees')}</p>}
      {trainees.length === 0 && <p className="empty-state">Aucun stagiaire pour l'instant.</p>}
      {trainees.map((trainee, index) => {
        const path = (field: string) => `content.trainees[${index}].${field}`;
        if (trainee.employeeId) {
          return (
            <fieldset key={trainee.employeeId}>
              <legend>Stagiaire {index + 1}</legend>
              <p>
                <strong>
                  {trainee.firstName ?? ''} {trainee.lastName ?? 'Salarié du registre'}
                </strong>
                , salarié(e) de l'entreprise, né(e) le {formatDate(trainee.birthDate)}
                {trainee.category && ` — ${categoryLabels[trainee.category]}`}
                {trainee.contractType && `, ${contractTypeLabels[trainee.contractType]}`}
              </p>
              {remove(index)}
            </fieldset>
          );
        }
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
            {remove(index)}
          </fieldset>
        );
      })}
      <p className="field-hint">Une personne absente du registre, par exemple un apprenti pas encore embauché ?</p>
      <button type="button" className="button-plain" onClick={() => setTrainees([...trainees, {}])}>
        Ajouter un stagiaire
      </button>
    </>
  );
}
