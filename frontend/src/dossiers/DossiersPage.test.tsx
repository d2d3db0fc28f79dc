import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../api/dossiers';
import { fakeDossierApi, LYON, manager, summary } from '../test/dossierFixtures';
import { DossiersPage } from './DossiersPage';
import { noFilters } from './types';

function renderList(dossierApi: DossierApi, path = '/dossiers') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/dossiers" element={<DossiersPage dossierApi={dossierApi} loadMe={() => Promise.resolve(manager)} />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('DossiersPage', () => {
  it('shows each dossier with its state badge in French, a draft saying it is not sent yet', async () => {
    const dossierApi = fakeDossierApi({
      list: () =>
        Promise.resolve({
          items: [
            summary({ number: '100000001', status: 'DRAFT' }),
            summary({ number: '100000002', status: 'AWAITING_DOCUMENTS', scheme: 'CONTRAT_PRO', title: null }),
            summary({ number: '100000003', status: 'CLOSED' }),
          ],
          nextCursor: null,
        }),
    });

    renderList(dossierApi);

    const rows = await screen.findAllByRole('row');
    const draft = rows.find((row) => row.textContent?.includes('100000001'))!;
    expect(within(draft).getByText('Brouillon')).toBeInTheDocument();
    expect(draft).toHaveTextContent("non transmis à l'OPCO");
    expect(within(draft).getByRole('link', { name: '100000001' })).toHaveAttribute('href', '/dossiers/100000001');
    expect(draft).toHaveTextContent('Boulangerie Durand — Lyon');
    expect(draft).toHaveTextContent('Plan de développement des compétences');
    const awaiting = rows.find((row) => row.textContent?.includes('100000002'))!;
    expect(awaiting).toHaveTextContent('Pièces demandées');
    expect(awaiting).toHaveTextContent('Sans intitulé');
    expect(awaiting).toHaveTextContent('Contrat de professionnalisation');
    expect(rows.find((row) => row.textContent?.includes('100000003'))).toHaveTextContent('Soldé');
  });

  it('says so when there is no dossier yet, and offers a new request', async () => {
    renderList(fakeDossierApi({ list: () => Promise.resolve({ items: [], nextCursor: null }) }));

    expect(await screen.findByText("Aucun dossier pour l'instant. Commencez par « Nouvelle demande ».")).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Nouvelle demande' })).toHaveAttribute('href', '/dossiers/nouveau');
  });

  it('lists the drafts under "Brouillons" with their own empty state', async () => {
    const list = vi.fn(() => Promise.resolve({ items: [], nextCursor: null }));
    renderList(fakeDossierApi({ list }), '/dossiers?etat=DRAFT');

    expect(await screen.findByText("Vous n'avez aucun brouillon en cours.")).toBeInTheDocument();
    expect(list).toHaveBeenCalledWith({ ...noFilters, status: 'DRAFT' });
    expect(await screen.findByRole('link', { name: 'Brouillons' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters, then shows more with the next cursor', async () => {
    const user = userEvent.setup();
    const list = vi.fn((_filters: unknown, cursor?: string) =>
      Promise.resolve(
        cursor
          ? { items: [summary({ number: '100000009' })], nextCursor: null }
          : { items: [summary({ number: '100000008' })], nextCursor: 'page-2' },
      ),
    );
    renderList(fakeDossierApi({ list }));
    await screen.findByRole('link', { name: '100000008' });
    await screen.findByRole('option', { name: 'Boulangerie Durand — Lyon' });

    await user.selectOptions(screen.getByLabelText('Établissement'), LYON);
    await user.selectOptions(screen.getByLabelText('État'), 'GRANTED');
    await user.type(screen.getByLabelText('Année de début'), '2027');
    await user.type(screen.getByLabelText('Intitulé contient'), 'soudure');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    const filters = { ...noFilters, establishmentId: LYON, status: 'GRANTED', startYear: '2027', q: 'soudure' };
    await vi.waitFor(() => expect(list).toHaveBeenLastCalledWith(filters));
    await user.click(await screen.findByRole('button', { name: 'Afficher plus' }));

    expect(await screen.findByRole('link', { name: '100000009' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '100000008' })).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(filters, 'page-2');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
  });

  it('refuses a malformed number at the field', async () => {
    const user = userEvent.setup();
    const list = vi.fn(() => Promise.resolve({ items: [], nextCursor: null }));
    renderList(fakeDossierApi({ list }));

    await user.type(screen.getByLabelText('Numéro'), '12');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    expect(screen.getByLabelText('Numéro')).toHaveAccessibleDescription('Le numéro de dossier compte 9 chiffres.');
    expect(list).toHaveBeenCalledTimes(1);
  });
});
