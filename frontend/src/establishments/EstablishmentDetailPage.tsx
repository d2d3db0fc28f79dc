import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { EstablishmentApi } from '../api/establishments';
import { changeErrorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { formatDateTime } from '../dossiers/format';
import { FlashMessage } from '../dossiers/FlashMessage';
import { saveFile } from '../dossiers/detail/saveFile';
import { PageTitle } from '../layout/PageTitle';
import { BankAccountForm } from './BankAccountForm';
import { BankAccounts } from './BankAccounts';
import { ChangeRequestForm } from './ChangeRequestForm';
import { establishmentStatusLabels } from './labels';
import { ReasonForm } from './ReasonForm';
import type { BankAccount, ChangeRequest, Establishment } from './types';

const PROOF_EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

export interface EstablishmentDetailPageProps {
  establishmentApi: EstablishmentApi;
  /** The users who manage the establishment, with their rights, shown after the contacts when given. */
  usersSection?: (establishment: Establishment) => ReactNode;
}

/** `/etablissements/:id`: the establishment's data, why it is locked if it is, its change requests and bank accounts. */
export function EstablishmentDetailPage({ establishmentApi, usersSection }: EstablishmentDetailPageProps) {
  const { id = '' } = useParams();
  const [loaded, setLoaded] = useLoad(() => establishmentApi.get(id), [establishmentApi, id]);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<BankAccount | null>(null);

  if (loaded.status === 'loading') {
    return <p role="status">Chargement de l'établissement…</p>;
  }
  if (loaded.status === 'failed') {
    return (
      <div role="alert" className="alert-error">
        <h1>Établissement introuvable</h1>
        <p>{loaded.message}</p>
      </div>
    );
  }
  const establishment = loaded.value;
  const allowed = (action: Establishment['allowedActions'][number]) => establishment.allowedActions.includes(action);
  const decided = establishment.changeRequests.filter(
    (request): request is ChangeRequest => request !== null && request.status !== 'PENDING',
  );

  /** For forms, which show their own errors. */
  async function run(done: string, command: () => Promise<Establishment>) {
    setFlash(null);
    setFailure(null);
    setLoaded(await command());
    setFlash(done);
  }
  /** For buttons: a refusal is shown at the top of the page. */
  async function act(done: string, command: () => Promise<Establishment>) {
    try {
      await run(done, command);
    } catch (error) {
      setFailure(changeErrorMessage(error).replace('Le dossier a été modifié', "L'établissement a été modifié"));
    }
  }

  return (
    <>
      <PageTitle>{establishment.name}</PageTitle>
      <h1>
        {establishment.name}{' '}
        <span className={`badge ${establishment.closed ? 'badge-closed' : 'badge-state'}`}>
          {establishmentStatusLabels[establishment.status]}
        </span>
      </h1>
      <FlashMessage message={flash} />
      {failure && (
        <p role="alert" className="alert-error">
          {failure}
        </p>
      )}
      {establishment.lockReason && (
        <div className="state-panel" role="note" aria-label="Pourquoi l'établissement est verrouillé">
          <p>{establishment.lockReason}</p>
        </div>
      )}
      <section aria-labelledby="titre-identite">
        <h2 id="titre-identite">Identité</h2>
        <dl>
          <div>
            <dt>SIRET</dt>
            <dd>{establishment.siret}</dd>
          </div>
          <div>
            <dt>Adresse</dt>
            <dd>
              {establishment.address?.street}, {establishment.address?.postalCode} {establishment.address?.city}
            </dd>
          </div>
          <div>
            <dt>Contacts</dt>
            <dd>{establishment.contacts.length === 0 ? 'Aucun contact connu' : establishment.contacts.join(', ')}</dd>
          </div>
        </dl>
      </section>
      {usersSection?.(establishment)}
      {establishment.pendingChange && (
        <section aria-labelledby="titre-demande">
          <h2 id="titre-demande">Modification demandée</h2>
          <dl>
            {establishment.pendingChange.name && (
              <div>
                <dt>Nouveau nom</dt>
                <dd>{establishment.pendingChange.name}</dd>
              </div>
            )}
            {establishment.pendingChange.address && (
              <div>
                <dt>Nouvelle adresse</dt>
                <dd>
                  {establishment.pendingChange.address.street}, {establishment.pendingChange.address.postalCode}{' '}
                  {establishment.pendingChange.address.city}
                </dd>
              </div>
            )}
            {establishment.pendingChange.siret && (
              <div>
                <dt>Nouveau SIRET</dt>
                <dd>{establishment.pendingChange.siret}</dd>
              </div>
            )}
            <div>
              <dt>Demandée par</dt>
              <dd>
                {establishment.pendingChange.requestedBy}, le {formatDateTime(establishment.pendingChange.requestedAt)}
              </dd>
            </div>
          </dl>
          {allowed('APPROVE_CHANGE') && (
            <div className="button-row">
              <button
                type="button"
                onClick={() => void act('La modification est appliquée.', () => establishmentApi.approveChange(establishment))}
              >
                Accepter la modification
              </button>
            </div>
          )}
          {allowed('REJECT_CHANGE') && (
            <ReasonForm
              path="motifRefusModification"
              label="Motif du refus"
              submitLabel="Refuser la modification"
              onSubmit={(reason) =>
                run('La demande de modification est refusée.', () => establishmentApi.rejectChange(establishment, reason))
              }
            />
          )}
        </section>
      )}
      {allowed('REQUEST_CHANGE') && (
        <ChangeRequestForm
          establishment={establishment}
          onSubmit={(change) =>
            run(
              "Votre demande de modification est envoyée. Un conseiller de l'OPCO va l'examiner.",
              () => establishmentApi.requestChange(establishment, change),
            )
          }
        />
      )}
      {decided.length > 0 && (
        <section aria-labelledby="titre-historique-demandes">
          <h2 id="titre-historique-demandes">Demandes de modification traitées</h2>
          <ul>
            {decided.map((request) => (
                <li key={request.id}>
                  {formatDateTime(request.requestedAt)} — {request.status === 'APPROVED' ? 'acceptée' : 'refusée'}
                  {request.decisionReason && <> (motif : {request.decisionReason})</>}
                </li>
              ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="titre-comptes">
        <h2 id="titre-comptes">Comptes bancaires</h2>
        {!establishment.bankDetailsShown && establishment.bankAccounts.length > 0 && (
          <p>Les IBAN sont masqués : seuls les utilisateurs habilités à gérer l'entreprise les voient en entier.</p>
        )}
        <BankAccounts
          establishment={establishment}
          onDownloadProof={(account) =>
            void establishmentApi
              .proof(establishment.id, account.id)
              .then((blob) => saveFile(blob, `RIB-${establishment.siret}.${PROOF_EXTENSIONS[blob.type] ?? 'pdf'}`))
              .catch((error: unknown) => setFailure(changeErrorMessage(error)))
          }
          onDeactivate={(account) =>
            void act('Le compte bancaire est désactivé.', () => establishmentApi.deactivateBankAccount(establishment, account))
          }
          onValidate={(account) =>
            void act('Le compte bancaire est validé : les paiements y seront versés.', () =>
              establishmentApi.validateBankAccount(establishment.id, account.id, establishment.version),
            )
          }
          onReject={setRejecting}
        />
        {rejecting && (
          <ReasonForm
            path="motifRefusCompte"
            label={`Motif du refus du compte ${rejecting.iban}`}
            submitLabel="Refuser le compte"
            onSubmit={async (reason) => {
              await run('Le compte bancaire est refusé.', () =>
                establishmentApi.rejectBankAccount(establishment.id, rejecting.id, reason, establishment.version),
              );
              setRejecting(null);
            }}
          />
        )}
        {allowed('ADD_BANK_ACCOUNT') && (
          <BankAccountForm
            onSubmit={(values) =>
              run('Le compte bancaire est enregistré. Il sera utilisé dès qu’un conseiller de l’OPCO l’aura validé.', () =>
                establishmentApi.proposeBankAccount(establishment, values),
              )
            }
          />
        )}
      </section>
      {(allowed('CLOSE') || allowed('REOPEN')) && (
        <section aria-labelledby="titre-fermeture">
          <h2 id="titre-fermeture">{allowed('CLOSE') ? "Fermer l'établissement" : "Rouvrir l'établissement"}</h2>
          {allowed('CLOSE') && (
            <ReasonForm
              path="motifFermeture"
              label="Motif de la fermeture"
              submitLabel="Fermer l'établissement"
              onSubmit={(reason) => run("L'établissement est fermé.", () => establishmentApi.close(establishment, reason))}
            />
          )}
          {allowed('REOPEN') && (
            <div className="button-row">
              <button type="button" onClick={() => void act("L'établissement est rouvert.", () => establishmentApi.reopen(establishment))}>
                Rouvrir l'établissement
              </button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
