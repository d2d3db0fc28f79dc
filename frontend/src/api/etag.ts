import type { Dossier } from '../dossiers/types';

/** The strong ETag of the dossier as read, sent back as `If-Match` with every change. */
export function etag(dossier: Dossier): string {
  return `"${dossier.version}"`;
}
