import { useState, type FormEvent } from 'react';
import type { LinkedEstablishment } from '../api/me';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { dossierStates, fundingSchemeLabels, fundingSchemes, stateLabels } from './labels';
import { noFilters, type DossierFilters, type DossierState, type FundingScheme } from './types';

export interface DossierFilterFormProps {
  filters: DossierFilters;
  establishments: LinkedEstablishment[];
  onApply: (filters: DossierFilters) => void;
}

type FilterErrors = Partial<Record<'number' | 'startYear', string>>;

function validate(filters: DossierFilters): FilterErrors {
  const errors: FilterErrors = {};
  if (filters.number && !/^[0-9]{9}$/.test(filters.number)) {
    errors.number = 'Le numéro de dossier compte 9 chiffres.';
  }
  if (filters.startYear && !(/^[0-9]{4}$/.test(filters.startYear) && Number(filters.startYear) >= 2000 && Number(filters.startYear) <= 2100)) {
    errors.startYear = 'Indiquez une année entre 2000 et 2100.';
  }
  return errors;
}

/** The search form of the dossier list; it applies its filters only once they are valid. */
export function DossierFilterForm({ filters, establishments, onApply }: DossierFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<FilterErrors>({});
  const set = <K extends keyof DossierFilters>(key: K, value: DossierFilters[K]) => setDraft({ ...draft, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      onApply({ ...draft, number: draft.number.trim(), q: draft.q.trim() });
    }
  }

  function reset() {
    setDraft(noFilters);
    setErrors({});
    onApply(noFilters);
  }

  return (
    <form role="search" aria-label="Filtrer les dossiers" onSubmit={submit} noValidate>
      <div className="filters">
        {establishments.length > 0 && (
          <SelectField
            path="filtre.etablissement"
            label="Établissement"
            value={draft.establishmentId}
            placeholder="Tous"
            options={establishments.map((establishment) => ({ value: establishment.id, label: establishment.name }))}
            onChange={(value) => set('establishmentId', value)}
          />
        )}
        <TextField
          path="filtre.numero"
          label="Numéro"
          inputMode="numeric"
          value={draft.number}
          error={errors.number}
          onChange={(value) => set('number', value)}
        />
        <SelectField
          path="filtre.etat"
          label="État"
          value={draft.status}
          placeholder="Tous"
          options={dossierStates.map((state) => ({ value: state, label: stateLabels[state] }))}
          onChange={(value) => set('status', value as DossierState | '')}
        />
        <SelectField
          path="filtre.dispositif"
          label="Dispositif"
          value={draft.scheme}
          placeholder="Tous"
          options={fundingSchemes.map((scheme) => ({ value: scheme, label: fundingSchemeLabels[scheme] }))}
          onChange={(value) => set('scheme', value as FundingScheme | '')}
        />
        <TextField
          path="filtre.annee"
          label="Année de début"
          inputMode="numeric"
          value={draft.startYear}
          error={errors.startYear}
          onChange={(value) => set('startYear', value)}
        />
        <TextField path="filtre.recherche" label="Intitulé contient" value={draft.q} onChange={(value) => set('q', value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary">
          Filtrer
        </button>
        <button type="button" className="button-plain" onClick={reset}>
          Effacer les filtres
        </button>
      </div>
    </form>
  );
}
