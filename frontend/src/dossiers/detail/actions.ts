import type { CommandAction } from '../types';

/** What a command asks for before it runs. */
export type ActionForm = 'confirm' | 'reason' | 'message' | 'amount' | 'documents';

export interface ActionDefinition {
  label: string;
  form: ActionForm;
  /** The question or explanation shown in the dialog. */
  prompt: string;
  fieldLabel?: string;
  danger?: boolean;
}

/**
 * The commands the contract has an endpoint for, in the order their buttons appear. TERMINATE has a dialog of its
 * own (TerminationDialog, multipart); REMOVE_DOCUMENT gets no button; ATTACH_DOCUMENT is the upload form of the
 * documents section.
 */
export const commandActions: Record<CommandAction, ActionDefinition> = {
  SUBMIT: { label: "Envoyer à l'OPCO", form: 'confirm', prompt: "Le dossier sera transmis à l'OPCO pour instruction." },
  TAKE_INTO_REVIEW: {
    label: 'Prendre en instruction',
    form: 'confirm',
    prompt: "L'employeur ne pourra plus reprendre le dossier en brouillon.",
  },
  REQUEST_DOCUMENTS: {
    label: 'Demander des pièces',
    form: 'documents',
    prompt: "Indiquez les pièces attendues, la date limite et un message pour l'employeur.",
    fieldLabel: "Message à l'employeur",
  },
  HAND_BACK_DOCUMENTS: {
    label: "Renvoyer à l'instruction",
    form: 'confirm',
    prompt: "Le dossier retournera à l'OPCO avec les pièces que vous avez jointes.",
  },
  GRANT: {
    label: 'Accorder la prise en charge',
    form: 'amount',
    prompt: 'Le montant accordé ne peut dépasser ni le montant demandé, ni le disponible pour engagement de l’enveloppe de l’entreprise.',
    fieldLabel: 'Montant accordé',
  },
  CLOSE_BALANCE: {
    label: 'Solder le dossier',
    form: 'confirm',
    prompt: 'Plus rien ne sera facturé sur ce dossier : le montant engagé non facturé retournera à l’enveloppe de l’entreprise.',
  },
  REFUSE: {
    label: 'Refuser la prise en charge',
    form: 'reason',
    prompt: "Le motif sera communiqué à l'employeur.",
    fieldLabel: 'Motif du refus',
    danger: true,
  },
  ACCEPT_MODIFICATION: {
    label: 'Accepter la demande de modification',
    form: 'confirm',
    prompt: "Le dossier redeviendra un brouillon que l'employeur pourra modifier puis renvoyer.",
  },
  ACCEPT_CANCELLATION: {
    label: "Accepter la demande d'annulation",
    form: 'confirm',
    prompt: 'Le dossier sera annulé et les sommes engagées non facturées seront libérées.',
    danger: true,
  },
  DECLINE_REQUEST: {
    label: 'Refuser la demande en attente',
    form: 'reason',
    prompt: "Le motif sera communiqué à l'employeur.",
    fieldLabel: 'Motif',
  },
  UNLOCK: {
    label: 'Reprendre en brouillon',
    form: 'confirm',
    prompt: "Le dossier ne sera plus transmis à l'OPCO tant que vous ne l'aurez pas renvoyé.",
  },
  REQUEST_MODIFICATION: {
    label: 'Demander une modification',
    form: 'message',
    prompt: "Le gestionnaire de l'OPCO acceptera ou refusera votre demande.",
    fieldLabel: 'Ce que vous souhaitez modifier',
  },
  REQUEST_CANCELLATION: {
    label: "Demander l'annulation",
    form: 'message',
    prompt: "Le gestionnaire de l'OPCO acceptera ou refusera votre demande.",
    fieldLabel: "Raison de l'annulation",
    danger: true,
  },
  CANCEL: {
    label: 'Annuler le dossier',
    form: 'reason',
    prompt: "Le dossier ne sera pas financé. Cette action est définitive.",
    fieldLabel: "Motif de l'annulation",
    danger: true,
  },
};
