import type { BankAccountStatus, EstablishmentStatus, LinkRequest } from './types';

export const establishmentStatusLabels: Record<EstablishmentStatus, string> = {
  ACTIVE: 'Actif',
  CHANGE_PENDING: 'Modification en attente',
  CLOSED: 'Fermé',
};

export const bankAccountStatusLabels: Record<BankAccountStatus, string> = {
  PENDING_VALIDATION: 'En attente de validation',
  ACTIVE: 'Actif — les paiements sont versés sur ce compte',
  DEACTIVATED: 'Désactivé',
  REJECTED: 'Refusé',
};

export const linkRequestStatusLabels: Record<LinkRequest['status'], string> = {
  PENDING: 'En attente',
  APPROVED: 'Acceptée',
  REJECTED: 'Refusée',
};
