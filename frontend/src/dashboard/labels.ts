import type { Right, Role } from '../api/me';

export const roleLabels: Record<Role, string> = {
  employer: 'Employeur',
  'training-body': 'Organisme de formation',
  'opco-staff': 'Gestionnaire OPCO',
  partner: 'Partenaire',
};

export const rightLabels: Record<Right, string> = {
  VIEW_DOSSIERS: 'Consulter les dossiers',
  MANAGE_DOSSIERS: 'Gérer les dossiers',
  MANAGE_INVOICES: 'Gérer les factures',
  MANAGE_EMPLOYEES: 'Gérer les salariés',
  VIEW_REPORTING: 'Consulter les statistiques',
  MANAGE_COMPANY: "Gérer l'entreprise",
  ADMIN: "Administrer l'établissement",
};
