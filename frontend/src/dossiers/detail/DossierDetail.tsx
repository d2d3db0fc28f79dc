import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentUpload, Termination, UploadProgress } from '../../api/upload';
import { DossierContentSummary } from '../DossierContentSummary';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { documentTypeLabels, fundingSchemeLabels, pendingRequestLabels, stateExplanations } from '../labels';
import { StateBadge } from '../StateBadge';
import type { Dossier, DossierCommand, DossierDocument, HistoryEntry } from '../types';
import { DossierActions } from './DossierActions';
import { DossierDocuments } from './DossierDocuments';
import { DossierTimeline } from './DossierTimeline';

export interface DossierDetailProps {
  dossier: Dossier;
  history: HistoryEntry[];
  establishmentName?: string;
  onRun: (command: DossierCommand) => Promise<void>;
  onDelete: () => Promise<void>;
  onAttach: (upload: DocumentUpload, onProgress: UploadProgress) => Promise<void>;
  onTerminate: (termination: Termination, onProgress: UploadProgress) => Promise<void>;
  onDownload: (document: DossierDocument) => Promise<Blob>;
  /** The dossier's message thread, shown after its documents. */
  messages?: ReactNode;
}

/** One dossier: its state and what happens next, the actions allowed now, requests, content, documents, history. */
export function DossierDetail(props: DossierDetailProps) {
  const { dossier, history, establishmentName, onRun, onDelete, onAttach, onTerminate, onDownload, messages } = props;
  const request = dossier.documentRequest;
  const pending = dossier.pendingRequest;
  return (
    <>
      <h1>
        Dossier n° <span className="dossier-number">{dossier.number}</span>
      </h1>
      <section aria-labelledby="etat-dossier" className="state-panel">
        <h2 id="etat-dossier" className="visually-hidden">
          État du dossier
        </h2>
        <p>
          <StateBadge state={dossier.status} />
        </p>
        <p>{stateExplanations[dossier.status]}</p>
        {dossier.grantedAmount && <p>Montant accordé : {formatMoney(dossier.grantedAmount)}</p>}
        {/* Invoicing (issue 7): whoever may not settle the balance (not staff) is offered the deposit form. */}
        {dossier.status === 'GRANTED' && !dossier.allowedActions.includes('CLOSE_BALANCE') && (
          <p>
            <Link to={`/factures/deposer?dossier=${dossier.number}`}>Déposer une facture sur ce dossier</Link>
          </p>
        )}
        {dossier.refusalReason && <p>Motif du refus : « {dossier.refusalReason} »</p>}
        {dossier.termination && (
          <p>
            Contrat rompu le {formatDate(dossier.termination.endDate)}, motif : « {dossier.termination.reason} »
          </p>
        )}
      </section>
      <DossierActions dossier={dossier} onRun={onRun} onDelete={onDelete} onTerminate={onTerminate} />
      {request && (
        <section aria-labelledby="pieces-demandees" className="request-panel">
          <h2 id="pieces-demandees">Pièces demandées par l'OPCO</h2>
          <p>
            À fournir au plus tard le <strong>{formatDate(request.dueDate)}</strong> (demande du{' '}
            {formatDateTime(request.requestedAt)}).
          </p>
          <ul>
            {request.types.map((type) => (
              <li key={type}>{documentTypeLabels[type]}</li>
            ))}
          </ul>
          <p>« {request.message} »</p>
        </section>
      )}
      {pending && (
        <section aria-labelledby="demande-en-attente" className="request-panel">
          <h2 id="demande-en-attente">{pendingRequestLabels[pending.kind]} en attente</h2>
          <p>
            Envoyée le {formatDateTime(pending.requestedAt)} : « {pending.message} »
          </p>
        </section>
      )}
      <section aria-labelledby="informations">
        <h2 id="informations">Informations</h2>
        <dl className="summary-list">
          <div>
            <dt>Dispositif</dt>
            <dd>{fundingSchemeLabels[dossier.scheme]}</dd>
          </div>
          <div>
            <dt>Établissement</dt>
            <dd>{establishmentName ?? '—'}</dd>
          </div>
          <div>
            <dt>Créé le</dt>
            <dd>{formatDateTime(dossier.createdAt)}</dd>
          </div>
          <div>
            <dt>Dernière modification</dt>
            <dd>{formatDateTime(dossier.updatedAt)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="contenu-demande">
        <h2 id="contenu-demande">Contenu de la demande</h2>
        <DossierContentSummary scheme={dossier.scheme} content={dossier.content} />
      </section>
      <DossierDocuments dossier={dossier} onAttach={onAttach} onDownload={onDownload} />
      {messages}
      <section aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        <DossierTimeline history={history} />
      </section>
    </>
  );
}
