import { useState } from 'react';
import { Link } from 'react-router-dom';
import { rightLabels } from '../dashboard/labels';
import type { EstablishmentApi } from '../api/establishments';
import { changeErrorMessage } from '../api/problem';
import { formatDateTime } from '../dossiers/format';
import { FlashMessage } from '../dossiers/FlashMessage';
import { saveFile } from '../dossiers/detail/saveFile';
import { PageTitle } from '../layout/PageTitle';
import { ReasonForm } from './ReasonForm';
import type { LinkRequest, Right } from './types';
import { ListState, MoreButton, usePagedList } from './usePagedList';

/** `/instruction/etablissements`: pending change requests, oldest first; staff decide on the establishment's page. */
export function StaffEstablishmentChangesPage({ establishmentApi }: { establishmentApi: EstablishmentApi }) {
  const paged = usePagedList((cursor) => establishmentApi.changeQueue(cursor), [establishmentApi]);
  return (
    <>
      <PageTitle>Modifications d'établissements</PageTitle>
      <h1>Modifications d'établissements à traiter</h1>
      <ListState paged={paged} what="la file des modifications" empty="Aucune demande de modification n'attend de décision." />
      {paged.list.status === 'loaded' && paged.list.value.items.length > 0 && (
        <table>
          <caption>Demandes de modification, de la plus ancienne à la plus récente</caption>
          <thead>
            <tr>
              <th scope="col">Établissement</th>
              <th scope="col">Changement demandé</th>
              <th scope="col">Demandé par</th>
            </tr>
          </thead>
          <tbody>
            {paged.list.value.items.map(({ establishment, change }) => (
              <tr key={change?.id}>
                <td>
                  <Link to={`/etablissements/${establishment.id}`}>{establishment.name}</Link> ({establishment.siret})
                </td>
                <td>
                  {[
                    change?.name && `nom : ${change.name}`,
                    change?.address && `adresse : ${change.address.street}, ${change.address.postalCode} ${change.address.city}`,
                    change?.siret && `SIRET : ${change.siret}`,
                  ]
                    .filter(Boolean)
                    .join(' ; ')}
                </td>
                <td>
                  {change?.requestedBy}, le {change && formatDateTime(change.requestedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton paged={paged} />
    </>
  );
}

/** `/instruction/rib`: bank accounts waiting for validation, with their proof to download, validated or refused here. */
export function StaffBankAccountsPage({ establishmentApi }: { establishmentApi: EstablishmentApi }) {
  const paged = usePagedList((cursor) => establishmentApi.bankAccountQueue(cursor), [establishmentApi]);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);

  async function decide(accountId: string, done: string, command: () => Promise<unknown>) {
    setFlash(null);
    setFailure(null);
    try {
      await command();
      paged.replace((item) => item.bankAccount.id !== accountId, []);
      setRejecting(null);
      setFlash(done);
    } catch (error) {
      setFailure(changeErrorMessage(error));
    }
  }

  return (
    <>
      <PageTitle>RIB à vérifier</PageTitle>
      <h1>Comptes bancaires à vérifier</h1>
      <FlashMessage message={flash} />
      {failure && (
        <p role="alert" className="alert-error">
          {failure}
        </p>
      )}
      <ListState paged={paged} what="la file des comptes bancaires" empty="Aucun compte bancaire n'attend de vérification." />
      {paged.list.status === 'loaded' && paged.list.value.items.length > 0 && (
        <table>
          <caption>Comptes bancaires à vérifier, du plus ancien au plus récent</caption>
          <thead>
            <tr>
              <th scope="col">Établissement</th>
              <th scope="col">IBAN</th>
              <th scope="col">BIC</th>
              <th scope="col">Titulaire</th>
              <th scope="col">Proposé le</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {paged.list.value.items.map(({ establishment, bankAccount }) => (
              <tr key={bankAccount.id}>
                <td>
                  <Link to={`/etablissements/${establishment.id}`}>{establishment.name}</Link> ({establishment.siret})
                </td>
                <td>{bankAccount.iban}</td>
                <td>{bankAccount.bic}</td>
                <td>{bankAccount.holder}</td>
                <td>{formatDateTime(bankAccount.proposedAt)}</td>
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button-plain"
                      onClick={() =>
                        void establishmentApi
                          .proof(establishment.id, bankAccount.id)
                          .then((blob) => saveFile(blob, `RIB-${establishment.siret}`))
                          .catch((error: unknown) => setFailure(changeErrorMessage(error)))
                      }
                    >
                      Télécharger le RIB
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void decide(bankAccount.id, `Le compte ${bankAccount.iban} est validé.`, () =>
                          establishmentApi.validateBankAccount(establishment.id, bankAccount.id),
                        )
                      }
                    >
                      Valider
                    </button>
                    <button type="button" className="button-plain" onClick={() => setRejecting(bankAccount.id)}>
                      Refuser
                    </button>
                  </div>
                  {rejecting === bankAccount.id && (
                    <ReasonForm
                      path={`motif-${bankAccount.id}`}
                      label="Motif du refus"
                      submitLabel="Refuser le compte"
                      onSubmit={(reason) =>
                        decide(bankAccount.id, `Le compte ${bankAccount.iban} est refusé.`, () =>
                          establishmentApi.rejectBankAccount(establishment.id, bankAccount.id, reason),
                        )
                      }
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton paged={paged} />
    </>
  );
}

const GRANTABLE: Right[] = ['VIEW_DOSSIERS', 'MANAGE_DOSSIERS', 'MANAGE_INVOICES', 'MANAGE_EMPLOYEES', 'VIEW_REPORTING', 'MANAGE_COMPANY', 'ADMIN'];

function LinkDecision({ request, onDecided, establishmentApi }: {
  request: LinkRequest;
  onDecided: (done: string) => void;
  establishmentApi: EstablishmentApi;
}) {
  const [rights, setRights] = useState<Right[]>(['VIEW_DOSSIERS']);
  const [failure, setFailure] = useState<string | null>(null);

  async function decide(done: string, command: () => Promise<unknown>) {
    setFailure(null);
    try {
      await command();
      onDecided(done);
    } catch (error) {
      setFailure(changeErrorMessage(error));
    }
  }

  return (
    <div>
      {failure && (
        <p role="alert" className="alert-error">
          {failure}
        </p>
      )}
      <fieldset>
        <legend>Habilitations à donner à {request.requesterName}</legend>
        {GRANTABLE.map((right) => (
          <label key={right} className="checkbox">
            <input
              type="checkbox"
              checked={rights.includes(right)}
              onChange={(event) => setRights(event.target.checked ? [...rights, right] : rights.filter((kept) => kept !== right))}
            />{' '}
            {rightLabels[right]}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          disabled={rights.length === 0}
          onClick={() =>
            void decide(`${request.requesterName} est rattaché(e) à ${request.establishment.name}.`, () =>
              establishmentApi.approveLinkRequest(request, rights),
            )
          }
        >
          Accepter le rattachement
        </button>
      </div>
      <ReasonForm
        path={`motif-${request.id}`}
        label="Motif du refus"
        submitLabel="Refuser le rattachement"
        onSubmit={(reason) =>
          decide(`La demande de ${request.requesterName} est refusée.`, () => establishmentApi.rejectLinkRequest(request, reason))
        }
      />
    </div>
  );
}

/** `/instruction/rattachements`: pending link requests, oldest first, approved with rights or refused with a reason. */
export function StaffLinkRequestsPage({ establishmentApi }: { establishmentApi: EstablishmentApi }) {
  const paged = usePagedList((cursor) => establishmentApi.linkRequestQueue(cursor), [establishmentApi]);
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <PageTitle>Demandes de rattachement</PageTitle>
      <h1>Demandes de rattachement à traiter</h1>
      <FlashMessage message={flash} />
      <ListState paged={paged} what="la file des demandes de rattachement" empty="Aucune demande de rattachement n'attend de décision." />
      {paged.list.status === 'loaded' && paged.list.value.items.length > 0 && (
        <ul className="request-list">
          {paged.list.value.items.map((request) => (
            <li key={request.id}>
              <h2>
                {request.requesterName} ({request.requesterEmail}) → {request.establishment.name} ({request.establishment.siret})
              </h2>
              <p>Demandée le {formatDateTime(request.filedAt)}</p>
              {request.message && <p>Message : {request.message}</p>}
              <LinkDecision
                request={request}
                establishmentApi={establishmentApi}
                onDecided={(done) => {
                  paged.replace((item) => item.id !== request.id, []);
                  setFlash(done);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <MoreButton paged={paged} />
    </>
  );
}
