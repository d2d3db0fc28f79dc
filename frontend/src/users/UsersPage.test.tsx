import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/me';
import { ApiError } from '../api/problem';
import { companyAdmin, renderUserPageAt } from '../test/renderUserPages';
import { fakeUserApi, GRENOBLE_ID, LYON_ID, userDetail, userSummary } from '../test/userFixtures';
import { EstablishmentUsers } from './EstablishmentUsers';

/** A member of the OPCO's staff, who administers no establishment. */
const staffMe: Me = { ...companyAdmin, roles: ['opco-staff'], establishments: [] };

describe('UsersPage', () => {
  it('lists each colleague with status and rights in French, and pages on', async () => {
    const list = vi
      .fn()
      .mockResolvedValueOnce({ items: [userSummary()], nextCursor: 'suite' })
      .mockResolvedValueOnce({ items: [userSummary({ id: 'b', lastName: 'Petit', status: 'SUSPENDED' })], nextCursor: null });
    renderUserPageAt('/utilisateurs', fakeUserApi({ list }));

    const row = (await screen.findAllByRole('row')).find((r) => r.textContent?.includes('Martin'))!;
    expect(within(row).getByRole('link', { name: 'Léa Martin' })).toHaveAttribute('href', `/utilisateurs/${userSummary().id}`);
    expect(row).toHaveTextContent('Actif');
    expect(row).toHaveTextContent('Démo Industrie – Lyon : Consulter les dossiers');

    await userEvent.click(screen.getByRole('button', { name: 'Afficher plus d’utilisateurs' }));
    expect(await screen.findByText('Suspendu')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith('', '', 'suite');
    expect(screen.queryByRole('button', { name: 'Afficher plus d’utilisateurs' })).not.toBeInTheDocument();
  });

  it('says what to do when there is nobody yet', async () => {
    renderUserPageAt('/utilisateurs', fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }) }));

    expect(await screen.findByText(/Aucun utilisateur pour l’instant/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inviter un utilisateur' })).toHaveAttribute('href', '/utilisateurs/nouveau');
  });

  it('lets staff search every account, and invite only training bodies’ users', async () => {
    const list = vi.fn().mockResolvedValue({
      items: [userSummary(), userSummary({ id: 'tb', lastName: 'Roux', firstName: 'Inès', establishments: [], trainingBodySiret: '55208131700034' })],
      nextCursor: null,
    });
    renderUserPageAt('/utilisateurs', fakeUserApi({ list }), staffMe);

    expect(await screen.findByText(/Tous les comptes de Passerelle/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Léa Martin' })).toBeInTheDocument();
    const trainingBodyRow = (await screen.findAllByRole('row')).find((r) => r.textContent?.includes('Roux'))!;
    expect(trainingBodyRow).toHaveTextContent('Organisme de formation (SIRET 55208131700034)');
    expect(screen.queryByRole('link', { name: 'Inviter un utilisateur' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inviter un utilisateur d’organisme de formation' })).toHaveAttribute(
      'href',
      '/utilisateurs/nouveau',
    );
    expect(screen.queryByLabelText('Établissement')).not.toBeInTheDocument();

    list.mockResolvedValueOnce({ items: [], nextCursor: null });
    await userEvent.type(screen.getByLabelText('Nom ou e-mail'), 'inconnu');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('Aucun compte ne correspond à cette recherche.')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith('inconnu', '');
  });

  it('tells an employer who administers nothing whom to ask, without offering to invite', async () => {
    const viewer: Me = {
      ...companyAdmin,
      establishments: companyAdmin.establishments.map((establishment) => ({ ...establishment, rights: ['VIEW_DOSSIERS'] })),
    };
    renderUserPageAt('/utilisateurs', fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }) }), viewer);

    expect(await screen.findByText(/Vous n’administrez aucun établissement/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Inviter un utilisateur' })).not.toBeInTheDocument();
  });
});

describe('InviteUserPage', () => {
  it('invites with the rights ticked per establishment and opens the new account', async () => {
    const invite = vi.fn(() => Promise.resolve(userDetail({ invitationEmailSent: true })));
    const userApi = fakeUserApi({
      list: () => Promise.resolve({ items: [], nextCursor: null }),
      invite,
      get: () => Promise.resolve(userDetail()),
    });
    renderUserPageAt('/utilisateurs/nouveau', userApi);

    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'lea.martin@demo.fr');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Martin');
    await userEvent.type(screen.getByLabelText(/^Prénom/), 'Léa');
    const grenoble = await screen.findByRole('group', { name: 'Démo Industrie – Grenoble' });
    await userEvent.click(within(grenoble).getByLabelText('Gérer les dossiers'));
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));

    expect(invite).toHaveBeenCalledWith({
      email: 'lea.martin@demo.fr',
      lastName: 'Martin',
      firstName: 'Léa',
      establishments: [{ establishmentId: GRENOBLE_ID, rights: ['MANAGE_DOSSIERS'] }],
    });
    expect(await screen.findByText(/un e-mail lui demande de choisir son mot de passe/)).toBeInTheDocument();
  });

  it('creates in the image of a colleague, and shows the refusal of an email already in use', async () => {
    const invite = vi.fn(() =>
      Promise.reject(new ApiError(409, 'Un compte Passerelle existe déjà pour l’adresse lea@demo.fr.', 'EMAIL_ALREADY_REGISTERED')),
    );
    renderUserPageAt(
      '/utilisateurs/nouveau',
      fakeUserApi({ list: () => Promise.resolve({ items: [userSummary()], nextCursor: null }), invite }),
    );

    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'lea@demo.fr');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Copie');
    await userEvent.type(screen.getByLabelText(/^Prénom/), 'Camille');
    await userEvent.click(screen.getByLabelText(/Créer à l’image de/));
    await screen.findByRole('option', { name: /Léa Martin/ });
    await userEvent.selectOptions(screen.getByLabelText(/Compte modèle/), userSummary().id);
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));

    expect(invite).toHaveBeenCalledWith({ email: 'lea@demo.fr', lastName: 'Copie', firstName: 'Camille', inImageOf: userSummary().id });
    expect(await screen.findByRole('alert')).toHaveTextContent('existe déjà');
  });

  it('lists what is missing before sending anything', async () => {
    const invite = vi.fn();
    renderUserPageAt('/utilisateurs/nouveau', fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }), invite }));

    await userEvent.click(await screen.findByRole('button', { name: 'Inviter' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Indiquez l’adresse e-mail du nouvel utilisateur.');
    expect(summary).toHaveTextContent('Cochez au moins une habilitation sur un établissement.');
    expect(invite).not.toHaveBeenCalled();
  });
});

describe('InviteUserPage for staff', () => {
  it('invites a training body’s user by the training body’s SIRET and opens the new account', async () => {
    const invited = userDetail({
      lastName: 'Roux',
      firstName: 'Inès',
      establishments: [],
      trainingBodySiret: '55208131700034',
      invitationEmailSent: true,
    });
    const invite = vi.fn(() => Promise.resolve(invited));
    const userApi = fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }), invite, get: () => Promise.resolve(invited) });
    renderUserPageAt('/utilisateurs/nouveau', userApi, staffMe);

    expect(await screen.findByRole('heading', { level: 1, name: 'Inviter un utilisateur d’organisme de formation' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Accès' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'ines.roux@formation.fr');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Roux');
    await userEvent.type(screen.getByLabelText(/^Prénom/), 'Inès');
    await userEvent.type(screen.getByLabelText(/SIRET de l’organisme de formation/), '552 081 317 00034');
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));

    expect(invite).toHaveBeenCalledWith({
      email: 'ines.roux@formation.fr',
      lastName: 'Roux',
      firstName: 'Inès',
      trainingBody: { siret: '552 081 317 00034' },
    });
    expect(await screen.findByText(/un e-mail lui demande de choisir son mot de passe/)).toBeInTheDocument();
    expect(screen.getByText('SIRET 55208131700034')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Habilitations par établissement' })).not.toBeInTheDocument();
  });

  it('asks for the SIRET, and shows the server’s refusal of it at the field', async () => {
    const invite = vi.fn(() =>
      Promise.reject(
        new ApiError(422, 'Certaines valeurs ne sont pas valides.', 'INVALID_CONTENT', [
          { field: 'trainingBody.siret', code: 'INVALID_SIRET', message: 'Ce SIRET n’est pas valide : vérifiez les 14 chiffres.' },
        ]),
      ),
    );
    renderUserPageAt('/utilisateurs/nouveau', fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }), invite }), staffMe);

    await screen.findByRole('heading', { level: 1, name: 'Inviter un utilisateur d’organisme de formation' });
    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'ines.roux@formation.fr');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Roux');
    await userEvent.type(screen.getByLabelText(/^Prénom/), 'Inès');
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Indiquez le SIRET de l’organisme de formation.');
    expect(invite).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/SIRET de l’organisme de formation/), '55208131700035');
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));

    const siret = screen.getByLabelText(/SIRET de l’organisme de formation/);
    await waitFor(() => expect(siret).toHaveAttribute('aria-invalid', 'true'));
    expect(siret).toHaveAccessibleDescription(/Ce SIRET n’est pas valide/);
  });
});

describe('UserDetailPage', () => {
  it('suspends only after confirmation with a reason, then offers what the new state allows', async () => {
    const run = vi.fn(() => Promise.resolve(userDetail({ status: 'SUSPENDED', allowedActions: ['REACTIVATE', 'CLOSE'] }, '"1"')));
    renderUserPageAt(`/utilisateurs/${userDetail().value.id}`, fakeUserApi({ get: () => Promise.resolve(userDetail()), run }));

    await userEvent.click(await screen.findByRole('button', { name: 'Suspendre' }));
    const confirm = screen.getByRole('button', { name: 'Confirmer la suspension' });
    expect(confirm).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/Motif/), 'Congé parental');
    await userEvent.click(confirm);

    expect(run).toHaveBeenCalledWith(userDetail(), { action: 'SUSPEND', reason: 'Congé parental' });
    expect(await screen.findByText(/Le compte est suspendu/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réactiver' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspendre' })).not.toBeInTheDocument();
  });

  it('edits the rights per establishment and hands ADMIN over', async () => {
    const run = vi.fn((user, _command) => Promise.resolve(user));
    renderUserPageAt(`/utilisateurs/${userDetail().value.id}`, fakeUserApi({ get: () => Promise.resolve(userDetail()), run }));

    const lyon = await screen.findByRole('group', { name: 'Démo Industrie – Lyon' });
    await userEvent.click(within(lyon).getByLabelText('Gérer les factures'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les habilitations sur Démo Industrie – Lyon' }));
    expect(run).toHaveBeenLastCalledWith(userDetail(), {
      action: 'CHANGE_RIGHTS',
      establishmentId: LYON_ID,
      rights: ['VIEW_DOSSIERS', 'MANAGE_INVOICES'],
    });

    await userEvent.selectOptions(screen.getByLabelText('Transmettre le droit ADMIN à Léa Martin'), GRENOBLE_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Transmettre le droit ADMIN' }));
    expect(run).toHaveBeenLastCalledWith(expect.anything(), { action: 'HAND_OVER_ADMIN', establishmentId: GRENOBLE_ID, keepMine: false });
  });

  it('shows the last-admin refusal in French', async () => {
    const me = userDetail({
      allowedActions: ['GIVE_UP_ADMIN', 'CHANGE_CONTACT_EMAIL'],
      establishments: [{ establishmentId: LYON_ID, siret: '81234567600009', name: 'Démo Industrie – Lyon', rights: ['ADMIN'] }],
    });
    const run = vi.fn(() =>
      Promise.reject(new ApiError(409, 'Ce compte est le dernier administrateur actif de l’un de ses établissements.', 'LAST_ADMIN')),
    );
    renderUserPageAt(`/utilisateurs/${me.value.id}`, fakeUserApi({ get: () => Promise.resolve(me), run }));

    await userEvent.click(await screen.findByRole('button', { name: 'Renoncer au droit ADMIN sur Démo Industrie – Lyon' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('dernier administrateur actif');
  });
});

describe('EstablishmentUsers', () => {
  it('lists who manages the establishment with their rights', async () => {
    const establishmentUsers = vi.fn(() => Promise.resolve([userSummary()]));

    render(<EstablishmentUsers establishmentId={LYON_ID} userApi={{ establishmentUsers }} />);

    expect(await screen.findByText('Léa Martin')).toBeInTheDocument();
    expect(screen.getByText('Consulter les dossiers')).toBeInTheDocument();
    expect(establishmentUsers).toHaveBeenCalledWith(LYON_ID);
  });

  it('says when nobody is linked', async () => {
    render(<EstablishmentUsers establishmentId={LYON_ID} userApi={{ establishmentUsers: () => Promise.resolve([]) }} />);

    expect(await screen.findByText('Aucun utilisateur n’est rattaché à cet établissement.')).toBeInTheDocument();
  });
});
