import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Termination, UploadProgress } from '../../api/upload';
import type { CommandAction, Dossier, DossierCommand } from '../types';
import { money } from '../wizard/normalizedContent';
import { commandActions } from './actions';
import { CommandDialog, type DialogAnswer } from './CommandDialog';
import { TERMINATION_LABEL, TerminationDialog } from './TerminationDialog';

export interface DossierActionsProps {
  dossier: Dossier;
  onRun: (command: DossierCommand) => Promise<void>;
  onDelete: () => Promise<void>;
  onTerminate: (termination: Termination, onProgress: UploadProgress) => Promise<void>;
}

type Open = CommandAction | 'DELETE_DRAFT' | 'TERMINATE' | null;

/** Allowed actions with a form of their own rather than a command dialog. */
const OWN_FORMS = ['SAVE_DRAFT', 'DELETE_DRAFT', 'TERMINATE'] as const;

const DELETE_DEFINITION = {
  label: 'Supprimer le brouillon',
  form: 'confirm' as const,
  prompt: "Le brouillon et son numéro seront définitivement supprimés. L'OPCO n'en a jamais eu connaissance.",
  danger: true,
};

function commandOf(action: CommandAction, answer: DialogAnswer): DossierCommand {
  switch (action) {
    case 'CANCEL':
    case 'REFUSE':
    case 'DECLINE_REQUEST':
      return { action, reason: answer.text };
    case 'REQUEST_MODIFICATION':
    case 'REQUEST_CANCELLATION':
      return { action, message: answer.text };
    case 'GRANT':
      return { action, amount: money(answer.amount) ?? answer.amount };
    case 'REQUEST_DOCUMENTS':
      return { action, types: answer.types, dueDate: answer.dueDate, message: answer.text };
    default:
      return { action };
  }
}

/** Exactly the buttons the API allows in `allowedActions`; each opens a dialog asking for what it needs. */
export function DossierActions({ dossier, onRun, onDelete, onTerminate }: DossierActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const allowed = new Set(dossier.allowedActions);
  const commands = (Object.keys(commandActions) as CommandAction[]).filter((action) => allowed.has(action));

  if (commands.length === 0 && !OWN_FORMS.some((action) => allowed.has(action))) {
    return null;
  }

  function show(action: Open, button: HTMLButtonElement) {
    opener.current = button;
    setOpen(action);
  }

  function close() {
    setOpen(null);
    opener.current?.focus();
  }

  return (
    <section aria-labelledby="actions-possibles">
      <h2 id="actions-possibles">Actions possibles</h2>
      <div className="button-row">
        {allowed.has('SAVE_DRAFT') && (
          <Link to={`/dossiers/${dossier.number}/modifier`} className="button-primary">
            Modifier le brouillon
          </Link>
        )}
        {commands.map((action) => (
          <button
            key={action}
            type="button"
            className={commandActions[action].danger ? 'button-danger' : 'button-plain'}
            aria-expanded={open === action}
            onClick={(event) => show(action, event.currentTarget)}
          >
            {commandActions[action].label}
          </button>
        ))}
        {allowed.has('TERMINATE') && (
          <button
            type="button"
            className="button-danger"
            aria-expanded={open === 'TERMINATE'}
            onClick={(event) => show('TERMINATE', event.currentTarget)}
          >
            {TERMINATION_LABEL}
          </button>
        )}
        {allowed.has('DELETE_DRAFT') && (
          <button
            type="button"
            className="button-danger"
            aria-expanded={open === 'DELETE_DRAFT'}
            onClick={(event) => show('DELETE_DRAFT', event.currentTarget)}
          >
            {DELETE_DEFINITION.label}
          </button>
        )}
      </div>
      {open === 'DELETE_DRAFT' && (
        <CommandDialog name="delete_draft" definition={DELETE_DEFINITION} onConfirm={onDelete} onClose={close} />
      )}
      {open === 'TERMINATE' && (
        <TerminationDialog
          onTerminate={async (termination, onProgress) => {
            await onTerminate(termination, onProgress);
            setOpen(null);
          }}
          onClose={close}
        />
      )}
      {open && open !== 'DELETE_DRAFT' && open !== 'TERMINATE' && (
        <CommandDialog
          key={open}
          name={open.toLowerCase()}
          definition={commandActions[open]}
          initialAmount={dossier.content.amountRequested?.replace('.', ',')}
          onConfirm={async (answer) => {
            await onRun(commandOf(open, answer));
            setOpen(null);
          }}
          onClose={close}
        />
      )}
    </section>
  );
}
