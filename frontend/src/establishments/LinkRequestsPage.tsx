import { useState, type FormEvent } from 'react';
import type { EstablishmentApi } from '../api/establishments';
import { ApiError, errorMessage } from '../api/problem';
import { formatDateTime } from '../dossiers/format';
import { FlashMessage } from '../dossiers/FlashMessage';
import { ErrorSummary, type SummaryItem } from '../forms/ErrorSummary';
import { fieldId } from '../forms/fieldId';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';
import { linkRequestStatusLabels } from './labels';
import { ListState, MoreButton, usePagedList } from './usePagedList';

/** `/etablissements/rattachement`: ask to be linked to another establishment by its SIRET, and follow my requests. */
export function LinkRequestsPage({ establishmentApi }: { establishmentApi: EstablishmentApi }) {
  const requests = usePagedList((cursor) => establishmentApi.myLinkRequests(cursor), [establishmentApi]);
  const [siret, setSiret] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFlash(null);
    setFailure(undefined);
    if (!siret.trim()) {
      setErrors([{ path: 'siret', message: "Saisissez le SIRET (14 chiffres) de l'établissement." }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const filed = await establishmentApi.fileLinkRequest(siret, message);
      requests.replace((request) => request.id !== filed.id, [filed]);
      setSiret('');
      setMessage('');
      setFlash(`Votre demande de rattachement à ${filed.establishment.name} est envoyée. Un conseiller de l'OPCO va l'examiner.`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      setErrors(fields.map((field) => ({ path: field.field, message: field.message })));
      setFailure(fields.length > 0 ? undefined : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>Demander un rattachement</PageTitle>
      <h1>Demander un rattachement à un établissement</h1>
      <FlashMessage message={flash} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>
          Indiquez le SIRET de l'établissement auquel vous souhaitez accéder. Un conseiller de l'OPCO vérifiera votre demande et
          choisira vos habilitations.
        </p>
        {(failure || errors.length > 0) && (
          <ErrorSummary
            title="La demande n'a pas été envoyée"
            detail={failure}
            items={errors}
            onSelect={(path) => document.getElementById(fieldId(path))?.focus()}
          />
        )}
        <TextField
          path="siret"
          label="SIRET de l'établissement"
          hint="14 chiffres, les espaces sont acceptés."
          value={siret}
          onChange={setSiret}
          inputMode="numeric"
          error={errors.find((item) => item.path === 'siret')?.message}
          required
        />
        <TextField
          path="message"
          label="Message pour l'OPCO (facultatif)"
          hint="Par exemple votre fonction dans cet établissement."
          value={message}
          onChange={setMessage}
          rows={3}
        />
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? 'Envoi…' : 'Envoyer la demande'}
          </button>
        </div>
      </form>
      <h2>Mes demandes</h2>
      <ListState paged={requests} what="la liste de vos demandes" empty="Vous n'avez encore fait aucune demande de rattachement." />
      {requests.list.status === 'loaded' && requests.list.value.items.length > 0 && (
        <ul className="request-list">
          {requests.list.value.items.map((request) => (
            <li key={request.id}>
              <strong>{request.establishment.name}</strong> ({request.establishment.siret}) — demandée le{' '}
              {formatDateTime(request.filedAt)} — <span className="badge badge-state">{linkRequestStatusLabels[request.status]}</span>
              {request.decisionReason && <p>Motif : {request.decisionReason}</p>}
            </li>
          ))}
        </ul>
      )}
      <MoreButton paged={requests} />
    </>
  );
}
