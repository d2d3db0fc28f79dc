import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { DossierApi } from '../api/dossiers';
import { axeViolations } from '../test/axe';
import { dossier, dossierDocument, fakeDossierApi, manager, summary } from '../test/dossierFixtures';
import { DossierDetailPage } from './detail/DossierDetailPage';
import { DossiersPage } from './DossiersPage';
import { DossierWizardPage } from './wizard/DossierWizardPage';

function renderAt(path: string, dossierApi: DossierApi) {
  const props = { dossierApi, loadMe: () => Promise.resolve(manager) };
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/dossiers" element={<DossiersPage {...props} />} />
        <Route path="/dossiers/nouveau" element={<DossierWizardPage {...props} />} />
        <Route path="/dossiers/:number" element={<DossierDetailPage {...props} />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('dossier screens accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('list', async () => {
    renderAt('/dossiers', fakeDossierApi({ list: () => Promise.resolve({ items: [summary()], nextCursor: 'next' }) }));
    await screen.findByRole('button', { name: 'Afficher plus' });

    expect(await axeViolations()).toEqual([]);
  });

  it('wizard', async () => {
    renderAt('/dossiers/nouveau', fakeDossierApi());
    await screen.findByRole('heading', { level: 2 });

    expect(await axeViolations()).toEqual([]);
  });

  it('detail', async () => {
    const shown = dossier({
      status: 'AWAITING_DOCUMENTS',
      allowedActions: ['HAND_BACK_DOCUMENTS', 'REQUEST_CANCELLATION'],
      documentRequest: { types: ['QUOTE'], dueDate: '2026-12-15', message: 'Le devis signé.', requestedAt: '2026-11-22T09:00:00Z' },
    });
    renderAt('/dossiers/100000001', fakeDossierApi({ get: () => Promise.resolve(shown), history: () => Promise.resolve([]) }));
    (await screen.findByRole('button', { name: "Demander l'annulation" })).click();
    await screen.findByRole('dialog');

    expect(await axeViolations()).toEqual([]);
  });

  it('detail with documents, the upload form and a replacement open', async () => {
    const shown = dossier({
      status: 'AWAITING_DOCUMENTS',
      allowedActions: ['HAND_BACK_DOCUMENTS', 'ATTACH_DOCUMENT'],
      documents: [
        dossierDocument({ sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }),
        dossierDocument({ id: 'c2', fileName: 'devis-ancien.pdf', superseded: true }),
      ],
      documentRequest: { types: ['QUOTE', 'CALENDAR'], dueDate: '2026-12-15', message: 'Le devis signé.', requestedAt: '2026-11-22T09:00:00Z' },
    });
    renderAt('/dossiers/100000001', fakeDossierApi({ get: () => Promise.resolve(shown), history: () => Promise.resolve([]) }));
    await screen.findByRole('combobox', { name: 'Type de pièce (obligatoire)' });
    screen.getByRole('button', { name: 'Remplacer devis.pdf' }).click();
    await screen.findByRole('form', { name: 'Remplacer devis.pdf' });
    screen.getByRole('button', { name: 'Joindre la pièce' }).click();
    await screen.findByText('Choisissez le fichier à joindre.');

    expect(await axeViolations()).toEqual([]);
  });
});
