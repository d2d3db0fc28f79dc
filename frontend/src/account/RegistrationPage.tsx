import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/problem';
import { ErrorSummary, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';
import type { Registered, RegistrationApi } from './accountApi';

const PASSWORD_RULES = '12 caractères au moins (une phrase de passe convient très bien), 128 au plus, sans reprendre votre adresse e-mail.';

const FIELD_LABELS: Record<string, string> = {
  email: 'Adresse e-mail',
  firstName: 'Prénom',
  lastName: 'Nom',
  phone: 'Téléphone',
  password: 'Mot de passe',
  establishments: 'Établissements',
};

function labelOf(path: string): string {
  const establishment = /^establishments\[(\d+)\]\.siret$/.exec(path);
  return establishment ? `SIRET de l'établissement ${Number(establishment[1]) + 1}` : (FIELD_LABELS[path] ?? path);
}

interface Failure {
  title: string;
  detail?: string;
  items: SummaryItem[];
}

/** `/inscription`, public: an employer creates their account for one or more establishments of their company. */
export function RegistrationPage({ registrationApi }: { registrationApi: RegistrationApi }) {
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '', phone: '', password: '' });
  const [sirets, setSirets] = useState<string[]>(['']);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [sending, setSending] = useState(false);
  const [registered, setRegistered] = useState<Registered | null>(null);

  const errorOf = (path: string) => failure?.items.find((item) => item.path === path)?.message;
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    try {
      setRegistered(
        await registrationApi.register({ ...form, establishments: sirets.map((siret) => ({ siret })) }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setFailure({
          title: 'Le compte n’a pas pu être créé',
          detail: error.message,
          items: error.fieldErrors.map((fieldError) => ({
            path: fieldError.field,
            message: fieldError.message,
            where: labelOf(fieldError.field),
          })),
        });
      } else {
        setFailure({ title: 'Le compte n’a pas pu être créé', detail: errorMessage(error), items: [] });
      }
    } finally {
      setSending(false);
    }
  }

  if (registered) {
    return (
      <>
        <PageTitle>Compte créé</PageTitle>
        <h1>Consultez votre boîte mail</h1>
        <div role="status" className="alert-success">
          <p>{registered.nextStep}</p>
        </div>
        <p>
          L'e-mail est adressé à <strong>{registered.email}</strong>. Une fois votre adresse confirmée, votre demande est
          examinée par l'OPCO ; vous pourrez suivre son avancement en vous connectant.
        </p>
        <p>
          <a href="/">Se connecter</a>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>Créer un compte</PageTitle>
      <h1>Créer un compte</h1>
      <p>
        Pour les entreprises adhérentes. Indiquez le SIRET de chaque établissement que vous souhaitez gérer. Déjà un
        compte ? <a href="/">Se connecter</a>
      </p>
      {failure && (
        <ErrorSummary
          title={failure.title}
          detail={failure.detail}
          items={failure.items}
          onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
        />
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField path="email" label="Adresse e-mail" type="email" autoComplete="email" required
          hint="Elle sera votre identifiant de connexion." value={form.email} onChange={set('email')} error={errorOf('email')} />
        <TextField path="firstName" label="Prénom" autoComplete="given-name" required value={form.firstName}
          onChange={set('firstName')} error={errorOf('firstName')} />
        <TextField path="lastName" label="Nom" autoComplete="family-name" required value={form.lastName}
          onChange={set('lastName')} error={errorOf('lastName')} />
        <TextField path="phone" label="Téléphone" type="tel" autoComplete="tel" required hint="Par exemple 06 12 34 56 78."
          value={form.phone} onChange={set('phone')} error={errorOf('phone')} />
        <TextField path="password" label="Mot de passe" type="password" autoComplete="new-password" required
          hint={PASSWORD_RULES} value={form.password} onChange={set('password')} error={errorOf('password')} />
        <fieldset>
          <legend>Établissements</legend>
          {errorOf('establishments') && (
            <p id={fieldId('establishments')} className="field-error" tabIndex={-1}>
              {errorOf('establishments')}
            </p>
          )}
          {sirets.map((siret, index) => (
            <div key={index} className="repeated-field">
              <TextField path={`establishments[${index}].siret`} label={`SIRET de l'établissement ${index + 1}`}
                inputMode="numeric" required hint="14 chiffres, inscrits sur vos documents URSSAF ou votre Kbis."
                value={siret} onChange={(value) => setSirets(sirets.map((old, at) => (at === index ? value : old)))}
                error={errorOf(`establishments[${index}].siret`)} />
              {sirets.length > 1 && (
                <button type="button" className="button-plain"
                  onClick={() => setSirets(sirets.filter((_, at) => at !== index))}>
                  Retirer l'établissement {index + 1}
                </button>
              )}
            </div>
          ))}
          <button type="button" className="button-plain" onClick={() => setSirets([...sirets, ''])}>
            Ajouter un établissement
          </button>
        </fieldset>
        <div className="button-row">
          <button type="submit" disabled={sending}>
            {sending ? 'Création en cours…' : 'Créer mon compte'}
          </button>
        </div>
      </form>
    </>
  );
}
