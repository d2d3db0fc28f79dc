import type { LinkedEstablishment, Me } from '../api/me';

/** Establishments on which the user may start a dossier: right MANAGE_DOSSIERS and not closed. */
export function establishmentsForNewDossiers(me: Me): LinkedEstablishment[] {
  return me.establishments.filter((establishment) => !establishment.closed && establishment.rights.includes('MANAGE_DOSSIERS'));
}

export function establishmentNames(me: Me | undefined): Map<string, string> {
  return new Map((me?.establishments ?? []).map((establishment) => [establishment.id, establishment.name]));
}
