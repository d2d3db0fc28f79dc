import { formatDateTime } from '../format';
import { historyLabels, stateLabels } from '../labels';
import type { HistoryEntry } from '../types';

/** What happened to the dossier, oldest first: who, when, the change of state and the reason given. */
export function DossierTimeline({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) {
    return <p className="empty-state">Aucun événement pour l'instant.</p>;
  }
  return (
    <ol className="timeline">
      {history.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — <strong>{historyLabels[entry.action]}</strong> par{' '}
          {entry.by}
          {entry.from !== entry.to && (
            <span className="muted">
              {' '}
              ({stateLabels[entry.from]} → {stateLabels[entry.to]})
            </span>
          )}
          {entry.reason && <p className="timeline-reason">« {entry.reason} »</p>}
        </li>
      ))}
    </ol>
  );
}
