import type { Me } from '../api/me';

export const emilie: Me = {
  subject: '5b0f1c8e-3d7a-4b65-9a52-1f0e2c3d4a5b',
  email: 'employeur@demo.passerelle.fr',
  displayName: 'Émilie Durand',
  roles: ['employer', 'training-body'],
  establishments: [
    {
      id: '0c7d3f6e-2a1b-4c5d-8e9f-0a1b2c3d4e5f',
      siret: '73282932000074',
      name: 'Boulangerie Durand — Lyon',
      closed: false,
      rights: ['VIEW_DOSSIERS', 'MANAGE_INVOICES'],
    },
    {
      id: '9f8e7d6c-5b4a-4321-8fed-cba987654321',
      siret: '73282932000082',
      name: 'Boulangerie Durand — Villeurbanne',
      closed: true,
      rights: [],
    },
  ],
  preferredEstablishmentId: null,
  accountStatus: 'ACTIVE',
  statusReason: null,
};
