import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/problem';
import type { Profile, UserApi, Versioned } from '../api/users';
import { useLoad } from '../api/useLoad';
import { rightLabels } from '../dashboard/labels';
import { FlashMessage } from '../dossiers/FlashMessage';
import { ErrorSummary, fieldErrorItems, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';

export interface ProfilePageProps {
  userApi: Pick<UserApi, 'profile' | 'updateProfile'>;
}

/** "Mon profil": contact email, phone, preferred establishment; my establishments with my rights. */
export function ProfilePage({ userApi }: ProfilePageProps) {
  const [profile, setProfile] = useLoad(() => userApi.profile(), []);
  const [contactEmail, setContactEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [preferred, setPreferred] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    if (profile.status === 'loaded') fill(profile.value.value);
  }, [profile.status]);

  function fill(value: Profile) {
    setContactEmail(value.contactEmail);
    setPhone(value.phone ?? '');
    setPreferred(value.preferredEstablishmentId ?? '');
  }

  if (profile.status === 'loading') return <p role="status">Chargement de votre profil…</p>;
  if (profile.status === 'failed') {
    return (
      <p className="alert-error" role="alert">
        {profile.message}
      </p>
    );
  }
  const current: Versioned<Profile> = profile.value;
  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    setFailure(null);
    setFlash(null);
    try {
      const saved = await userApi.updateProfile(current, {
        contactEmail,
        phone: phone.trim() || null,
        preferredEstablishmentId: preferred || null,
      });
      setProfile(saved);
      fill(saved.value);
      setFlash('Votre profil est enregistré.');
    } catch (error) {
      const items = fieldErrorItems(error);
      setErrors(items);
      setFailure(items.length > 0 ? null : errorMessage(error));
    }
  }

  const value = current.value;
  return (
    <>
      <PageTitle>Mon profil</PageTitle>
      <h1>Mon profil</h1>
      <FlashMessage message={flash} />
      {(errors.length > 0 || failure) && (
        <ErrorSummary
          title={failure ? 'Votre profil n’a pas été enregistré' : 'Corrigez les champs suivants'}
          detail={failure ?? undefined}
          items={errors}
          onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
        />
      )}
      <dl>
        <dt>Nom</dt>
        <dd>
          {value.firstName} {value.lastName}
        </dd>
        <dt>Identifiant de connexion</dt>
        <dd>{value.loginEmail}</dd>
      </dl>
      <form onSubmit={submit} noValidate>
        <TextField path="contactEmail" label="E-mail de contact" type="email" autoComplete="email" required
          value={contactEmail} onChange={setContactEmail} error={errorOf('contactEmail')}
          hint="Passerelle vous écrit à cette adresse. Votre identifiant de connexion, lui, ne change pas." />
        <TextField path="phone" label="Téléphone" type="tel" autoComplete="tel" value={phone} onChange={setPhone}
          error={errorOf('phone')} hint="Par exemple 04 72 00 00 00. Laissez vide pour ne pas en donner." />
        {value.establishments.length > 0 && (
          <SelectField path="preferredEstablishmentId" label="Établissement préféré" placeholder="Aucun" value={preferred}
            onChange={setPreferred} error={errorOf('preferredEstablishmentId')}
            options={value.establishments.map((e) => ({ value: e.id, label: e.name }))} />
        )}
        <button type="submit">Enregistrer</button>
      </form>
      <h2>Mes établissements</h2>
      {value.establishments.length === 0 ? (
        <p>Votre compte n’est rattaché à aucun établissement.</p>
      ) : (
        <ul>
          {value.establishments.map((establishment) => (
            <li key={establishment.id}>
              <strong>{establishment.name}</strong> (SIRET {establishment.siret}){establishment.closed && ' — fermé'}
              <ul>
                {establishment.rights.map((right) => (
                  <li key={right}>{rightLabels[right]}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
