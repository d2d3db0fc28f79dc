import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/problem';
import { ErrorSummary, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import type { ChangeRequestCommand, Establishment } from './types';

interface Draft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  siret: string;
}

const EMPTY: Draft = { name: '', street: '', postalCode: '', city: '', siret: '' };

/** What changes: only the fields filled in; an address goes whole. */
function commandOf(draft: Draft): ChangeRequestCommand {
  const address = [draft.street, draft.postalCode, draft.city].some((part) => part.trim())
    ? { street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim() }
    : null;
  return { name: draft.name.trim() || null, address, siret: draft.siret.replace(/\s/g, '') || null };
}

function missing(draft: Draft): SummaryItem[] {
  const command = commandOf(draft);
  if (!command.name && !command.address && !command.siret) {
    return [{ path: 'name', message: 'Indiquez au moins ce qui change : le nom, l’adresse ou le SIRET.' }];
  }
  if (command.address && !(command.address.street && command.address.postalCode && command.address.city)) {
    return [{ path: 'address', message: 'Une nouvelle adresse se donne en entier : voie, code postal et commune.' }];
  }
  return [];
}

/**
 * The change request form. Staff decide on it; until they do, the establishment is locked, which the detail page
 * says. A new SIRET is for a move within the same company.
 */
export function ChangeRequestForm({
  establishment,
  onSubmit,
}: {
  establishment: Establishment;
  onSubmit: (change: ChangeRequestCommand) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const errorOf = (path: string) => errors.find((item) => item.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = missing(draft);
    setErrors(invalid);
    setFailure(undefined);
    if (invalid.length > 0) {
      return;
    }
    setBusy(true);
    try {
      await onSubmit(commandOf(draft));
      setDraft(EMPTY);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors.map((field) => ({ path: field.field, message: field.message })) : []);
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form aria-labelledby="titre-modification" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="titre-modification">Demander une modification</h2>
      <p>
        Remplissez seulement ce qui change. Un conseiller de l'OPCO vérifiera votre demande ; d'ici là, les données de{' '}
        {establishment.name} ne pourront plus être modifiées.
      </p>
      {(failure || errors.length > 0) && (
        <ErrorSummary
          title="La demande n'a pas été envoyée"
          detail={failure}
          items={errors}
          onSelect={(path) => document.getElementById(fieldId(path === 'address' ? 'street' : path))?.focus()}
        />
      )}
      <TextField path="name" label="Nouveau nom" value={draft.name} onChange={set('name')} error={errorOf('name')} />
      <fieldset>
        <legend>Nouvelle adresse</legend>
        {errorOf('address') && <p className="field-error">{errorOf('address')}</p>}
        <TextField path="street" label="Voie" value={draft.street} onChange={set('street')} autoComplete="address-line1" />
        <TextField
          path="postalCode"
          label="Code postal"
          value={draft.postalCode}
          onChange={set('postalCode')}
          inputMode="numeric"
          autoComplete="postal-code"
        />
        <TextField path="city" label="Commune" value={draft.city} onChange={set('city')} autoComplete="address-level2" />
      </fieldset>
      <TextField
        path="siret"
        label="Nouveau SIRET"
        hint="Seulement après un déménagement : 14 chiffres, de la même entreprise (même SIREN)."
        value={draft.siret}
        onChange={set('siret')}
        inputMode="numeric"
        error={errorOf('siret')}
      />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Envoi…' : 'Envoyer la demande'}
        </button>
      </div>
    </form>
  );
}
