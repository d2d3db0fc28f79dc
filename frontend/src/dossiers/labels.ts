import type { DocumentType, DossierAction, DossierState, FundingScheme, Trainee, Training } from './types';

export const stateLabels: Record<DossierState, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Transmis',
  IN_REVIEW: 'En instruction',
  AWAITING_DOCUMENTS: 'Pièces demandées',
  GRANTED: 'Accordé',
  REFUSED: 'Refusé',
  CANCELLED: 'Annulé',
  TERMINATED: 'Rompu',
  CLOSED: 'Soldé',
};

/** What the state means for the employer and what happens next, shown on the dossier page. */
export const stateExplanations: Record<DossierState, string> = {
  DRAFT: "Ce brouillon n'a pas encore été transmis à l'OPCO. Complétez-le puis envoyez-le pour qu'il soit instruit.",
  SUBMITTED:
    "Le dossier a été transmis à l'OPCO. Un gestionnaire va le prendre en instruction ; d'ici là, vous pouvez encore le reprendre en brouillon pour le modifier.",
  IN_REVIEW:
    "Un gestionnaire de l'OPCO instruit le dossier. Il n'est plus modifiable : vous pouvez demander une modification ou une annulation.",
  AWAITING_DOCUMENTS:
    "L'OPCO attend des pièces justificatives. Déposez-les avant la date limite, puis renvoyez le dossier à l'instruction.",
  GRANTED: "La prise en charge est accordée. Vous pourrez facturer dans la limite du montant accordé.",
  REFUSED: "La prise en charge a été refusée. Le motif figure dans l'historique du dossier.",
  CANCELLED: "Le dossier est annulé. Il ne sera pas financé et n'appelle plus aucune action.",
  TERMINATED: 'Le contrat a été rompu avant son terme. Seule la période réalisée sera prise en charge.',
  CLOSED: 'Le dossier est soldé : tous les règlements ont été effectués.',
};

export const fundingSchemeLabels: Record<FundingScheme, string> = {
  PLAN: 'Plan de développement des compétences',
  CONTRAT_PRO: 'Contrat de professionnalisation',
  APPRENTISSAGE: 'Apprentissage',
  PRO_A: 'Reconversion ou promotion par alternance (Pro-A)',
  ACTION_COLLECTIVE: 'Action collective',
};

export const dossierStates = Object.keys(stateLabels) as DossierState[];
export const fundingSchemes = Object.keys(fundingSchemeLabels) as FundingScheme[];

export const modalityLabels: Record<NonNullable<Training['modality']>, string> = {
  IN_PERSON: 'En présentiel',
  REMOTE: 'À distance',
  MIXED: 'Mixte (présentiel et distance)',
};

export const categoryLabels: Record<NonNullable<Trainee['category']>, string> = {
  WORKER: 'Ouvrier',
  CLERK: 'Employé',
  SUPERVISOR: 'Technicien ou agent de maîtrise',
  EXECUTIVE: 'Cadre',
};

export const contractTypeLabels: Record<NonNullable<Trainee['contractType']>, string> = {
  PERMANENT: 'CDI',
  FIXED_TERM: 'CDD',
  APPRENTICESHIP: "Contrat d'apprentissage",
  PROFESSIONALISATION: 'Contrat de professionnalisation',
};

export const documentTypeLabels: Record<DocumentType, string> = {
  PROGRAMME: 'Programme de formation',
  QUOTE: 'Devis',
  CALENDAR: 'Calendrier',
  CERTIFICATE_OF_COMPLETION: 'Certificat de réalisation',
  ATTENDANCE: "Feuille d'émargement",
  CERFA: 'Cerfa',
  OTHER: 'Autre pièce',
  LETTER: 'Courrier',
};

export const documentTypes = Object.keys(documentTypeLabels) as DocumentType[];

export const pendingRequestLabels: Record<'MODIFICATION' | 'CANCELLATION', string> = {
  MODIFICATION: 'Demande de modification',
  CANCELLATION: "Demande d'annulation",
};

/** Schemes that come with an employment contract (contrat de professionnalisation, apprentissage). */
export const CONTRACT_SCHEMES: readonly FundingScheme[] = ['CONTRAT_PRO', 'APPRENTISSAGE'];

export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** How each command reads in the dossier's history. */
export const historyLabels: Record<DossierAction, string> = {
  SAVE_DRAFT: 'Brouillon enregistré',
  DELETE_DRAFT: 'Brouillon supprimé',
  SUBMIT: "Demande transmise à l'OPCO",
  UNLOCK: 'Repris en brouillon',
  CANCEL: 'Dossier annulé',
  TAKE_INTO_REVIEW: 'Pris en instruction',
  REQUEST_DOCUMENTS: 'Pièces demandées',
  HAND_BACK_DOCUMENTS: "Renvoyé à l'instruction",
  REQUEST_MODIFICATION: 'Modification demandée',
  REQUEST_CANCELLATION: 'Annulation demandée',
  ACCEPT_MODIFICATION: 'Demande de modification acceptée',
  ACCEPT_CANCELLATION: "Demande d'annulation acceptée",
  DECLINE_REQUEST: 'Demande refusée',
  GRANT: 'Prise en charge accordée',
  REFUSE: 'Prise en charge refusée',
  TERMINATE: 'Contrat rompu',
  CLOSE_BALANCE: 'Dossier soldé',
  ATTACH_DOCUMENT: 'Pièce jointe',
  REMOVE_DOCUMENT: 'Pièce retirée',
};
