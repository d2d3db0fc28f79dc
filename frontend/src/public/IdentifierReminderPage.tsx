import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/problem';
import { ErrorSummary, fieldErrorItems, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';

export interface IdentifierReminderRequest {
  siret: string;
  lastName: string;
  firstName?: string;
}

export interface IdentifierReminderPageProps {
  /** Sends the request; resolves with the server's message (always the same, whatever exists). */
  requestReminder: (request: IdentifierReminderRequest) => Promise<string>;
}

/** "Identifiant oublié", reachable without logging in. */
export function IdentifierReminderPage({ requestReminder }: IdentifierReminderPageProps) {
  const [siret, setSiret] = useState('');
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);

  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: SummaryItem[] = [];
    if (!/^\s*\d[\d\s]{12,}\d\s*$/.test(siret)) found.push({ path: 'siret', message: 'Saisissez les 14 chiffres du SIRET de votre établissement.' });
    if (!lastName.trim()) found.push({ path: 'lastName', message: 'Indiquez votre nom.' });
    setErrors(found);
    setFailure(null);
    if (found.length > 0) return;
    try {
      setAnswer(await requestReminder({ siret: siret.replace(/\s/g, ''), lastName, firstName: firstName || undefined }));
    } catch (error) {
      const items = fieldErrorItems(error);
      setErrors(items);
      setFailure(items.length > 0 ? null : errorMessage(error));
    }
  }

  return (
    <main className="public-page">
      <PageTitle>Identifiant oublié</PageTitle>
      <h1>Identifiant oublié</h1>
      {answer ? (
        <>
          <p role="status" className="alert-success">
            {answer}
          </p>
          <p>
            <a href="/">Retour à la connexion</a>
          </p>
        </>
      ) : (
        <>
          <p>
            Indiquez le SIRET de votre établissement et votre nom : si un compte correspond, son identifiant de connexion est
            envoyé à l’adresse e-mail de contact enregistrée.
          </p>
          {(errors.length > 0 || failure) && (
            <ErrorSummary
              title={failure ? 'La demande n’a pas abouti' : 'Corrigez les champs suivants'}
              detail={failure ?? undefined}
              items={errors}
              onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
            />
          )}
          <form onSubmit={submit} noValidate>
            <TextField path="siret" label="SIRET de l’établissement" inputMode="numeric" required value={siret}
              onChange={setSiret} error={errorOf('siret')} hint="14 chiffres, par exemple 812 345 676 00009." />
            <TextField path="lastName" label="Nom" autoComplete="family-name" required value={lastName}
              onChange={setLastName} error={errorOf('lastName')} />
            <TextField path="firstName" label="Prénom" autoComplete="given-name" value={firstName} onChange={setFirstName} />
            <button type="submit">Recevoir mon identifiant</button>
          </form>
          <p>
            <a href="/">Retour à la connexion</a>
          </p>
        </>
      )}
    </main>
  );
}
