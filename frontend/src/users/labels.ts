import type { UserStatus } from '../api/users';

export const userStatusLabels: Record<UserStatus, string> = {
  PENDING_VERIFICATION: 'E-mail à vérifier',
  PENDING_APPROVAL: 'En attente de validation',
  ACTIVE: 'Actif',
  SUSPENDED: 'Suspendu',
  CLOSED: 'Clôturé',
  REJECTED: 'Refusé',
};
