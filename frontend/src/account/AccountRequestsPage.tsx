import { useState } from 'react';
import type { Right } from '../api/me';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { rightLabels } from '../dashboard/labels';
import { FlashMessage } from '../dossiers/FlashMessage';
import { PageTitle } from '../layout/PageTitle';
import type { AccountRequest, AccountRequestsApi } from './accountApi';

const RIGHTS = (Object.keys(rightLabels) as Right[]).map((right) => ({ right, label: rightLabels[right] }));

/** `/demandes-de-compte`: staff approve each waiting account with rights per establishment, or reject it with a reason. */
export function AccountRequestsPage({ accountApi }: { accountApi: AccountRequestsApi }) {
  const [queue, setQueue] = useLoad(() => accountApi.pending(), [accountApi]);
  const [flash, setFlash] = useState<string | null>(null);
  const [more, setMore] = useState<string | null>(null);

  function decided(request: AccountRequest, message: string) {
    if (queue.status === 'loaded') {
      setQueue({ ...queue.value, items: queue.value.items.filter((item) => item.accountId !== request.accountId) });
    }
    setFlash(message);
  }

  async function showMore() {
    if (queue.status !== 'loaded' || !queue.value.nextCursor) {
      return;
    }
    try {
      const next = await accountApi.pending(queue.value.nextCursor);
      setQueue({ items: [...queue.value.items, ...next.items], nextCursor: next.nextCursor });
    } catch (error) {
      setMore(errorMessage(error));
    }
  }

  return (
    <>
      <PageTitle>Demandes de compte</PageTitle>
      <h1>Demandes de compte</h1>
      <p>Les comptes créés en ligne dont l'adresse e-mail est confirmée, du plus ancien au plus récent.</p>
      <FlashMessage message={flash} />
      {queue.status === 'loading' && <p role="status">Chargement des demandes…</p>}
      {queue.status === 'failed' && (
        <div role="alert" className="alert-error">
          <p>Les demandes de compte n'ont pas pu être chargées.</p>
          <p>{queue.message}</p>
        </div>
      )}
      {queue.status === 'loaded' && queue.value.items.length === 0 && <p>Aucune demande de compte n'attend de décision.</p>}
      {queue.status === 'loaded' &&
        queue.value.items.map((request) => (
          <AccountRequestCard key={request.accountId} request={request} accountApi={accountApi} onDecided={decided} />
        ))}
      {more && (
        <p role="alert" className="alert-error">
          {more}
        </p>
      )}
      {queue.status === 'loaded' && queue.value.nextCursor && (
        <div className="button-row">
          <button type="button" className="button-plain" onClick={() => void showMore()}>
            Afficher plus
          </button>
        </div>
      )}
    </>
  );
}

interface CardProps {
  request: AccountRequest;
  accountApi: AccountRequestsApi;
  onDecided: (request: AccountRequest, message: string) => void;
}

function AccountRequestCard({ request, accountApi, onDecided }: CardProps) {
  const name = `${request.firstName} ${request.lastName}`;
  const [rights, setRights] = useState<Record<string, Right[]>>(
    Object.fromEntries(request.establishments.map((establishment) => [establishment.id, []])),
  );
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `demande-${request.accountId}`;

  function toggle(establishmentId: string, right: Right, checked: boolean) {
    const current = rights[establishmentId] ?? [];
    setRights({ ...rights, [establishmentId]: checked ? [...current, right] : current.filter((held) => held !== right) });
  }

  async function decide(action: () => Promise<AccountRequest>, message: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDecided(request, message);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const approve = () => {
    if (!Object.values(rights).some((granted) => granted.length > 0)) {
      setError('Cochez au moins une habilitation sur un établissement pour valider le compte.');
      return;
    }
    void decide(
      () => accountApi.approve(request, {
        establishments: Object.entries(rights).map(([establishmentId, granted]) => ({ establishmentId, rights: granted })),
      }),
      `Le compte de ${name} est validé.`,
    );
  };

  const reject = () => {
    if (!reason.trim()) {
      setError('Indiquez le motif du refus : il sera montré au demandeur.');
      return;
    }
    void decide(() => accountApi.reject(request, reason), `La demande de ${name} est refusée.`);
  };

  return (
    <section aria-labelledby={headingId} className="account-request">
      <h2 id={headingId}>{name}</h2>
      <p>
        {request.email}
        {request.phone && <> · {request.phone}</>} · inscrit le {new Date(request.registeredAt).toLocaleDateString('fr-FR')}
      </p>
      {error && (
        <p role="alert" className="alert-error">
          {error}
        </p>
      )}
      {request.establishments.map((establishment) => (
        <fieldset key={establishment.id}>
          <legend>
            Habilitations sur {establishment.name} (SIRET {establishment.siret})
            {establishment.closed && ' — établissement fermé'}
          </legend>
          <p className="field-hint">
            {establishment.emailAmongContacts
              ? 'L’adresse e-mail figure parmi les contacts de l’établissement.'
              : 'L’adresse e-mail ne figure pas parmi les contacts de l’établissement.'}{' '}
            Ne rien cocher : le compte n'est pas rattaché à cet établissement.
          </p>
          {RIGHTS.map(({ right, label }) => (
            <label key={right} className="checkbox">
              <input
                type="checkbox"
                checked={(rights[establishment.id] ?? []).includes(right)}
                onChange={(event) => toggle(establishment.id, right, event.target.checked)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={approve}>
          Valider le compte de {name}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`motif-${request.accountId}`}>Motif du refus</label>
        <textarea id={`motif-${request.accountId}`} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" className="button-plain" disabled={busy} onClick={reject}>
          Refuser la demande de {name}
        </button>
      </div>
    </section>
  );
}
