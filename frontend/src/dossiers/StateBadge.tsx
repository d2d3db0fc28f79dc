import { stateLabels } from './labels';
import type { DossierState } from './types';

/** The dossier's state in French; a draft also says, in words, that the OPCO has not received it. */
export function StateBadge({ state }: { state: DossierState }) {
  return (
    <span className={`badge badge-state state-${state.toLowerCase().replace(/_/g, '-')}`}>
      {stateLabels[state]}
      {state === 'DRAFT' && <span className="badge-note"> · non transmis à l'OPCO</span>}
    </span>
  );
}
