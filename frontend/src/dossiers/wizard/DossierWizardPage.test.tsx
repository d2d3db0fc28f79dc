import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../api/dossiers';
import { ApiError } from '../../api/problem';
import { dossier, fakeDossierApi, LYON, manager } from '../../test/dossierFixtures';
import type { DossierContent } from '../types';
import { DossierWizardPage } from './DossierWizardPage';

function Landing() {
  const location = useLocation();
  return <p>{`Arrivé sur ${location.pathname} : ${(location.state as { flash?: string } | null)?.flash ?? ''}`}</p>;
}

function renderWizard(dossierApi: DossierApi, path: string) {
  const page = <DossierWizardPage dossierApi={dossierApi} loadMe={() => Promise.resolve(manager)} />;
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/dossiers/nouveau" element={page} />
        <Route path="/dossiers/:number/modifier" element={page} />
        <Route path="/dossiers" element={<Landing />} />
        <Route path="/dossiers/:number" element={<Landing />} />
      </Routes>
    </MemoryRouter>,
  );
}

const savedEcho = (current: Parameters<DossierApi['save']>[0], content: DossierContent) =>
  Promise.resolve({ ...current, content, version: current.version + 1 });

describe('DossierWizardPage', () => {
  it('creates the draft at the first step, shows its number, saves at each step and goes back without saving', async () => {
    const user = userEvent.setup();
    const create = vi.fn(() => Promise.resolve(dossier({ number: '123456789' })));
    const save = vi.fn(savedEcho);
    renderWizard(fakeDossierApi({ create, save }), '/dossiers/nouveau');

    expect(await screen.findByRole('heading', { level: 2, name: 'Étape 1 sur 7 : Dispositif et établissement' })).toBeInTheDocument();
    const establishment = screen.getByRole('combobox', { name: 'Établissement (obligatoire)' });
    expect(within(establishment).queryByText(/Villeurbanne/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez un dispositif.');
    expect(create).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Dispositif (obligatoire)' }), 'CONTRAT_PRO');
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Brouillon n° 123456789' })).toBeInTheDocument();
    expect(create).toHaveBeenCalledWith({ establishmentId: LYON, scheme: 'CONTRAT_PRO' }, expect.any(String));
    expect(screen.getByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' })).toBeInTheDocument();
    expect(screen.getByText(/Ce brouillon n'a pas encore été transmis à l'OPCO/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Intitulé de la formation'), 'Soudure TIG');
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Étape 3 sur 7 : Organisme de formation' })).toBeInTheDocument();
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0][0]).toMatchObject({ number: '123456789', version: 1 });
    expect(save.mock.calls[0][1].training).toEqual({ title: 'Soudure TIG' });

    await user.click(screen.getByRole('button', { name: 'Étape précédente' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' })).toHaveFocus();
    expect(screen.getByLabelText('Intitulé de la formation')).toHaveValue('Soudure TIG');
    expect(save).toHaveBeenCalledOnce();
  });

  it('saves and goes back to the list with "Enregistrer et quitter", sending amounts as decimal strings', async () => {
    const user = userEvent.setup();
    const save = vi.fn(savedEcho);
    renderWizard(fakeDossierApi({ get: () => Promise.resolve(dossier()), save }), '/dossiers/100000001/modifier');
    await screen.findByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' });

    await user.click(screen.getByRole('button', { name: /Coûts/ }));
    await user.type(await screen.findByLabelText('Montant demandé à l’OPCO'), '1 250,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et quitter' }));

    expect(await screen.findByText(/Arrivé sur \/dossiers : Le brouillon n° 100000001 est enregistré/)).toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ version: 2 }), expect.objectContaining({ amountRequested: '1250.50' }));
  });

  it('shows the errors of a refused submission at their fields, with a summary linking to them', async () => {
    const user = userEvent.setup();
    const run = vi.fn(() =>
      Promise.reject(
        new ApiError(422, 'Le dossier est incomplet.', 'DOSSIER_INVALID', [
          { field: 'content.training.startDate', code: 'REQUIRED', message: 'La date de début est obligatoire.' },
          { field: 'content.trainees[0].lastName', code: 'REQUIRED', message: 'Le nom du stagiaire est obligatoire.' },
        ]),
      ),
    );
    const draft = dossier({ content: { trainees: [{ firstName: 'Léa' }] } });
    renderWizard(fakeDossierApi({ get: () => Promise.resolve(draft), save: vi.fn(savedEcho), run }), '/dossiers/100000001/modifier');
    await screen.findByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' });

    await user.click(screen.getByRole('button', { name: /Récapitulatif/ }));
    await user.click(await screen.findByRole('button', { name: 'Envoyer' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Le dossier n'a pas pu être envoyé");
    expect(summary).toHaveTextContent('Le dossier est incomplet.');
    expect(summary).toHaveFocus();
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ version: 3 }), { action: 'SUBMIT' });

    await user.click(within(summary).getByRole('link', { name: 'Formation : La date de début est obligatoire.' }));
    const startDate = screen.getByLabelText('Date de début');
    expect(startDate).toHaveFocus();
    expect(startDate).toHaveAttribute('aria-invalid', 'true');
    expect(startDate).toHaveAccessibleDescription('La date de début est obligatoire.');

    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: 'Stagiaires : Le nom du stagiaire est obligatoire.' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Étape 4 sur 7 : Stagiaires' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nom')).toHaveFocus();
    expect(screen.getByLabelText('Nom')).toHaveAccessibleDescription('Le nom du stagiaire est obligatoire.');
  });

  it('does not offer to edit a dossier that is no longer a draft', async () => {
    renderWizard(
      fakeDossierApi({ get: () => Promise.resolve(dossier({ status: 'SUBMITTED', allowedActions: ['UNLOCK'] })) }),
      '/dossiers/100000001/modifier',
    );

    expect(await screen.findByText(/Ce dossier ne peut plus être modifié ici/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Étape suivante' })).not.toBeInTheDocument();
  });

  it('enrols a trainee from the employee register, found without accents, and saves what the register says', async () => {
    const user = userEvent.setup();
    const lea = {
      id: 'b0000000-0000-4000-8000-000000000001',
      lastName: 'Martin',
      firstName: 'Léa',
      birthDate: '1991-04-12',
      category: 'WORKER' as const,
      contractType: 'PERMANENT' as const,
    };
    const employees = vi.fn(() => Promise.resolve({ items: [lea], nextCursor: null }));
    const save = vi.fn(savedEcho);
    renderWizard(fakeDossierApi({ get: () => Promise.resolve(dossier()), save, employees }), '/dossiers/100000001/modifier');
    await screen.findByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' });
    await user.click(screen.getByRole('button', { name: /Stagiaires/ }));

    await user.type(await screen.findByLabelText('Nom ou prénom du salarié'), 'lea{Enter}');
    expect(employees).toHaveBeenCalledWith(LYON, 'lea', undefined);
    await user.click(await screen.findByRole('button', { name: 'Ajouter Léa Martin comme stagiaire' }));

    const trainee = screen.getByRole('group', { name: 'Stagiaire 1' });
    expect(trainee).toHaveTextContent("Léa Martin, salarié(e) de l'entreprise, né(e) le 12/04/1991 — Ouvrier, CDI");
    expect(screen.getByRole('button', { name: 'Léa Martin est déjà stagiaire' })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Étape 4 sur 7 : Stagiaires' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer et quitter' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({
        trainees: [{ employeeId: lea.id, lastName: 'Martin', firstName: 'Léa', birthDate: '1991-04-12', category: 'WORKER', contractType: 'PERMANENT' }],
      }),
    );
  });

  it('says so when nobody in the register matches, and keeps manual entry open', async () => {
    const user = userEvent.setup();
    const employees = vi.fn(() => Promise.resolve({ items: [], nextCursor: null }));
    renderWizard(fakeDossierApi({ get: () => Promise.resolve(dossier()), save: vi.fn(savedEcho), employees }), '/dossiers/100000001/modifier');
    await screen.findByRole('heading', { level: 2, name: 'Étape 2 sur 7 : Formation' });
    await user.click(screen.getByRole('button', { name: /Stagiaires/ }));

    await user.type(await screen.findByLabelText('Nom ou prénom du salarié'), 'Zorglub');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));

    expect(await screen.findByText(/Aucun salarié ne correspond/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter un stagiaire' })).toBeEnabled();
  });
});
