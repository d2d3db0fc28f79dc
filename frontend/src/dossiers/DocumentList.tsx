import { formatDateTime } from './format';
import { documentTypeLabels } from './labels';
import type { Dossier } from './types';

/** The documents attached to the dossier, current versions first; superseded ones are marked as such. */
export function DocumentList({ documents }: { documents: Dossier['documents'] }) {
  if (documents.length === 0) {
    return <p className="empty-state">Aucune pièce justificative n'est jointe.</p>;
  }
  const sorted = [...documents].sort((a, b) => Number(a.superseded) - Number(b.superseded));
  return (
    <ul>
      {sorted.map((document) => (
        <li key={document.id}>
          <strong>{documentTypeLabels[document.type]}</strong> : {document.fileName} (version {document.version}, jointe le{' '}
          {formatDateTime(document.attachedAt)}){document.superseded && <span className="muted"> — remplacée</span>}
        </li>
      ))}
    </ul>
  );
}
