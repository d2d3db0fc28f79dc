import type { ReactNode } from 'react';
import { formatDateTime } from './format';
import { documentTypeLabels } from './labels';
import type { DossierDocument } from './types';

export interface DocumentListProps {
  documents: DossierDocument[];
  /** What can be done with each document, shown under it. */
  actions?: (document: DossierDocument) => ReactNode;
}

/** The documents attached to the dossier, current versions first; superseded ones are marked as such. */
export function DocumentList({ documents, actions }: DocumentListProps) {
  if (documents.length === 0) {
    return <p className="empty-state">Aucune pièce justificative n'est jointe.</p>;
  }
  const sorted = [...documents].sort((a, b) => Number(a.superseded) - Number(b.superseded));
  return (
    <ul className="document-list">
      {sorted.map((document) => (
        <li key={document.id}>
          <strong>{documentTypeLabels[document.type]}</strong> : <span className="document-name">{document.fileName}</span>{' '}
          (version {document.version}, jointe le {formatDateTime(document.attachedAt)})
          {document.superseded && <span className="muted"> — remplacée</span>}
          {document.sha256 && (
            <span className="muted">
              {' '}
              — empreinte SHA-256 <code title={document.sha256}>{document.sha256.slice(0, 12)}…</code>
            </span>
          )}
          {actions?.(document)}
        </li>
      ))}
    </ul>
  );
}
