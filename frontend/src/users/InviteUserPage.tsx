import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Me, Right } from '../api/me';
import { errorMessage } from '../api/problem';
import type { UserApi } from '../api/users';
import { useLoad } from '../api/useLoad';
import { ErrorSummary, fieldErrorItems, type SummaryItem } from '../forms/ErrorSummary';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { fieldId } from '../forms/fieldId';
import { PageTitle } from '../layout/PageTitle';
import { RightsChoice } from './RightsChoice';

export interface InviteUserPageProps {
  userApi: UserApi;
  loadMe: () => Promise<Me>;
}

type Mode = 'rights' | 'image' | 'trainingBody';

/**
 * Invite a colleague, with rights per establishment I administer, or "à l’image de" an existing account. Staff, who
 * administer no establishment, invite a training body's user instead: the training body is named by its SIRET.
 */
export function InviteUserPage({ userApi, loadMe }: InviteUserPageProps) {
  const navigate = useNavigate();
  const [me] = useLoad(loadMe, []);
  const staff = me.status === 'loaded' && me.value.roles.includes('opco-staff');
  const [colleagues] = useLoad(() => userApi.list('', ''), []);
  const [email, setEmail] = useState('');
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [chosenMode, setMode] = useState<Mode>('rights');
  const mode: Mode = staff ? 'trainingBody' : chosenMode;
  const [siret, setSiret] = useState('');
  const [model, setModel] = useState('');
  const [rights, setRights] = useState<Record<string, Right[]>>({});
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const administered = me.status === 'loaded' ? me.value.establishments.filter((e) => e.rights.includes('ADMIN')) : [];
  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;

  function check(): SummaryItem[] {
    const found: SummaryItem[] = [];
    if (!email.trim()) found.push({ path: 'email', message: 'Indiquez l’adresse e-mail du nouvel utilisateur.' });
    if (!lastName.trim()) found.push({ path: 'lastName', message: 'Indiquez son nom.' });
    if (!firstName.trim()) found.push({ path: 'firstName', message: 'Indiquez son prénom.' });
    if (mode === 'trainingBody' && !siret.trim()) {
      found.push({ path: 'trainingBody.siret', message: 'Indiquez le SIRET de l’organisme de formation.' });
    }
    if (mode === 'image' && !model) found.push({ path: 'inImageOf', message: 'Choisissez le compte à prendre pour modèle.' });
    if (mode === 'rights' && !Object.values(rights).some((granted) => granted.length > 0)) {
      found.push({ path: 'rights', message: 'Cochez au moins une habilitation sur un établissement.' });
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(null);
    if (found.length > 0) return;
    setSending(true);
    try {
      const invited = await userApi.invite({
        email,
        lastName,
        firstName,
        ...(mode === 'trainingBody'
          ? { trainingBody: { siret } }
          : mode === 'image'
          ? { inImageOf: model }
          : {
              establishments: Object.entries(rights)
                .filter(([, granted]) => granted.length > 0)
                .map(([establishmentId, granted]) => ({ establishmentId, rights: granted })),
            }),
      });
      const flash = invited.value.invitationEmailSent
        ? `${firstName} ${lastName} est invité(e) : un e-mail lui demande de choisir son mot de passe.`
        : `${firstName} ${lastName} est invité(e), mais l’e-mail d’invitation n’a pas pu partir : réessayez plus tard depuis la page de connexion (« Mot de passe oublié »).`;
      navigate(`/utilisateurs/${invited.value.id}`, { state: { flash } });
    } catch (error) {
      const items = fieldErrorItems(error);
      setErrors(items);
      setFailure(items.length > 0 ? null : errorMessage(error));
    } finally {
      setSending(false);
    }
  }

  const title = staff ? 'Inviter un utilisateur d’organisme de formation' : 'Inviter un utilisateur';
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {staff && (
        <p>
          Il verra les dossiers que l’organisme réalise en subrogation, déposera ses factures et suivra ses règlements.
          Un e-mail lui demandera de choisir son mot de passe.
        </p>
      )}
      {(errors.length > 0 || failure) && (
        <ErrorSummary
          title={failure ? 'L’invitation n’a pas abouti' : 'Corrigez les champs suivants'}
          detail={failure ?? undefined}
          items={errors}
          onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
        />
      )}
      <form onSubmit={submit} noValidate>
        <TextField path="email" label="Adresse e-mail" type="email" autoComplete="email" required value={email}
          onChange={setEmail} error={errorOf('email')} hint="Ce sera son identifiant de connexion ; il ne changera plus." />
        <TextField path="lastName" label="Nom" required value={lastName} onChange={setLastName} error={errorOf('lastName')} />
        <TextField path="firstName" label="Prénom" required value={firstName} onChange={setFirstName} error={errorOf('firstName')} />
        {mode === 'trainingBody' && (
          <TextField
            path="trainingBody.siret"
            label="SIRET de l’organisme de formation"
            inputMode="numeric"
            required
            value={siret}
            onChange={setSiret}
            error={errorOf('trainingBody.siret')}
            hint="14 chiffres, les espaces sont acceptés."
          />
        )}
        {!staff && (
          <fieldset>
            <legend>Accès</legend>
            <label className="radio">
              <input type="radio" name="mode" checked={mode === 'rights'} onChange={() => setMode('rights')} /> Choisir les
              habilitations par établissement
            </label>
            <label className="radio">
              <input type="radio" name="mode" checked={mode === 'image'} onChange={() => setMode('image')} /> Créer à l’image
              de…
            </label>
          </fieldset>
        )}
        {mode === 'image' && (
          <SelectField
            path="inImageOf"
            label="Compte modèle (mêmes établissements, mêmes habilitations)"
            placeholder="Choisissez un collègue"
            required
            value={model}
            onChange={setModel}
            error={errorOf('inImageOf')}
            options={
              colleagues.status === 'loaded'
                ? colleagues.value.items.map((user) => ({
                    value: user.id,
                    label: `${user.firstName} ${user.lastName} (${user.loginEmail})`,
                  }))
                : []
            }
          />
        )}
        {mode === 'rights' && (
          <div id={fieldId('rights')} tabIndex={-1}>
            {errorOf('rights') && <p className="field-error">{errorOf('rights')}</p>}
            {administered.map((establishment) => (
              <RightsChoice
                key={establishment.id}
                legend={establishment.name}
                name={`rights-${establishment.id}`}
                rights={rights[establishment.id] ?? []}
                onChange={(granted) => setRights({ ...rights, [establishment.id]: granted })}
              />
            ))}
          </div>
        )}
        <button type="submit" disabled={sending}>
          {sending ? 'Invitation en cours…' : 'Inviter'}
        </button>
      </form>
    </>
  );
}
