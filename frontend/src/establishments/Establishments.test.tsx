import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { EstablishmentApi } from '../api/establishments';
import { ApiError } from '../api/problem';
import { bankAccount, establishment, fakeEstablishmentApi, LYON_ID, linkRequest, pendingBankAccountQueue } from '../test/establishmentFixtures';
import { EstablishmentDetailPage } from './EstablishmentDetailPage';
import { EstablishmentsPage } from './EstablishmentsPage';
import { LinkRequestsPage } from './LinkRequestsPage';
import { StaffBankAccountsPage, StaffLinkRequestsPage } from './StaffQueuesPages';

function renderAt(path: string, element: React.ReactNode, route = path) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={route} element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

function renderDetail(establishmentApi: EstablishmentApi) {
  renderAt(`/etablissements/${LYON_ID}`, <EstablishmentDetailPage establishmentApi={establishmentApi} />, '/etablissements/:id');
}

describe('EstablishmentsPage', () => {
  it('lists my establishments, a closed one marked closed, each linking to its page', async () => {
    const establishmentApi = fakeEstablishmentApi({
      list: () =>
        Promise.resolve({
          items: [
            { id: LYON_ID, siret: '81234567600009', name: 'Lyon', city: 'Lyon', status: 'ACTIVE', closed: false },
            { id: 'x', siret: '81234567600017', name: 'Villeurbanne', city: 'Villeurbanne', status: 'CLOSED', closed: true },
          ],
          nextCursor: null,
        }),
    });

    renderAt('/etablissements', <EstablishmentsPage establishmentApi={establishmentApi} staff={false} />);

    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]).getByRole('link', { name: 'Lyon' })).toHaveAttribute('href', `/etablissements/${LYON_ID}`);
    expect(rows[2]).toHaveTextContent('Fermé');
    expect(screen.getByRole('link', { name: 'Demander un rattachement' })).toHaveAttribute('href', '/etablissements/rattachement');
  });

  it('says what to do when no establishment is linked yet', async () => {
    renderAt(
      '/etablissements',
      <EstablishmentsPage establishmentApi={fakeEstablishmentApi({ list: () => Promise.resolve({ items: [], nextCursor: null }) })} staff={false} />,
    );

    expect(await screen.findByText(/Aucun établissement n'est encore rattaché à votre compte/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lets staff search by name or SIRET', async () => {
    const list = vi.fn(() => Promise.resolve({ items: [], nextCursor: null }));
    renderAt('/etablissements', <EstablishmentsPage establishmentApi={fakeEstablishmentApi({ list })} staff />);

    await userEvent.type(screen.getByLabelText('Nom ou SIRET'), 'atelier');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    expect(list).toHaveBeenLastCalledWith('atelier', undefined);
    expect(await screen.findByText('Aucun établissement ne correspond à cette recherche.')).toBeInTheDocument();
  });
});

describe('EstablishmentDetailPage', () => {
  it('shows the address, the contacts, the bank accounts and why the establishment is locked', async () => {
    const locked = establishment({
      status: 'CHANGE_PENDING',
      lockReason: 'Une demande de modification envoyée le 20 novembre 2026 attend la décision d’un conseiller de l’OPCO.',
      pendingChange: {
        id: 'c1',
        status: 'PENDING',
        name: 'Boulangerie Durand — Lyon Centre',
        address: null,
        siret: null,
        requestedBy: 'Émilie Durand',
        requestedAt: '2026-11-20T10:00:00Z',
        decisionReason: null,
      },
      allowedActions: [],
    });
    renderDetail(fakeEstablishmentApi({ get: () => Promise.resolve(locked) }));

    expect(await screen.findByRole('heading', { level: 1, name: /Boulangerie Durand — Lyon/ })).toHaveTextContent(
      'Modification en attente',
    );
    expect(screen.getByRole('note', { name: "Pourquoi l'établissement est verrouillé" })).toHaveTextContent(
      'attend la décision d’un conseiller',
    );
    expect(screen.getByText('25 quai Perrache, 69002 Lyon')).toBeInTheDocument();
    expect(screen.getByText('rh@boulangerie-durand.example')).toBeInTheDocument();
    expect(screen.getByText('Boulangerie Durand — Lyon Centre')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Demander une modification' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ajouter un compte bancaire' })).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /FR7630006000011234567890189/ })).toHaveTextContent('Actif');
  });

  it('sends only what changes and says the request is on its way', async () => {
    const requestChange = vi.fn(() => Promise.resolve(establishment({ status: 'CHANGE_PENDING', allowedActions: [] })));
    renderDetail(fakeEstablishmentApi({ get: () => Promise.resolve(establishment()), requestChange }));

    await userEvent.type(await screen.findByLabelText('Nouveau nom'), 'Boulangerie Durand — Lyon Centre');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    expect(requestChange).toHaveBeenCalledWith(expect.objectContaining({ version: 3 }), {
      name: 'Boulangerie Durand — Lyon Centre',
      address: null,
      siret: null,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Votre demande de modification est envoyée.');
  });

  it('asks for a whole address before sending anything', async () => {
    const requestChange = vi.fn();
    renderDetail(fakeEstablishmentApi({ get: () => Promise.resolve(establishment()), requestChange }));

    await userEvent.type(await screen.findByLabelText('Voie'), '2 place Bellecour');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Une nouvelle adresse se donne en entier');
    expect(requestChange).not.toHaveBeenCalled();
  });

  it("names the IBAN's typo at the field, in French", async () => {
    const proposeBankAccount = vi.fn(() =>
      Promise.reject(
        new ApiError(422, 'Certaines valeurs saisies ne sont pas valides.', 'INVALID_CONTENT', [
          { field: 'iban', code: 'INVALID_IBAN', message: 'L’IBAN « FR76… » est invalide : vérifiez les caractères saisis.' },
        ]),
      ),
    );
    renderDetail(fakeEstablishmentApi({ get: () => Promise.resolve(establishment()), proposeBankAccount }));

    await userEvent.type(await screen.findByLabelText(/^IBAN/), 'FR76 3000 6000 0112 3456 7890 188');
    await userEvent.type(screen.getByLabelText(/^BIC/), 'AGRIFRPP882');
    await userEvent.type(screen.getByLabelText(/^Titulaire du compte/), 'BOULANGERIE DURAND');
    await userEvent.upload(screen.getByLabelText(/^RIB/), new File(['%PDF-1.4'], 'rib.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le compte' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Le compte bancaire n'a pas été ajouté");
    expect(within(summary).getByRole('link', { name: /IBAN : L’IBAN « FR76… » est invalide/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/^IBAN/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets the manager deactivate the active account, and masks nothing it was not given', async () => {
    const deactivateBankAccount = vi.fn(() =>
      Promise.resolve(establishment({ bankAccounts: [bankAccount({ status: 'DEACTIVATED' })], allowedActions: ['REQUEST_CHANGE'] })),
    );
    renderDetail(fakeEstablishmentApi({ get: () => Promise.resolve(establishment()), deactivateBankAccount }));

    await userEvent.click(await screen.findByRole('button', { name: 'Désactiver' }));

    expect(deactivateBankAccount).toHaveBeenCalledOnce();
    expect(await screen.findByRole('row', { name: /FR7630006000011234567890189/ })).toHaveTextContent('Désactivé');
  });

  it('lets staff close the establishment with a reason', async () => {
    const close = vi.fn(() => Promise.resolve(establishment({ status: 'CLOSED', closed: true, allowedActions: ['REOPEN'] })));
    renderDetail(
      fakeEstablishmentApi({ get: () => Promise.resolve(establishment({ allowedActions: ['CLOSE'] })), close }),
    );

    await userEvent.click(await screen.findByRole('button', { name: "Fermer l'établissement" }));
    expect(await screen.findByText(/Indiquez le motif/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Motif de la fermeture/), 'Cessation d’activité');
    await userEvent.click(screen.getByRole('button', { name: "Fermer l'établissement" }));

    expect(close).toHaveBeenCalledWith(expect.objectContaining({ id: LYON_ID }), 'Cessation d’activité');
    expect(await screen.findByRole('button', { name: "Rouvrir l'établissement" })).toBeInTheDocument();
  });
});

describe('LinkRequestsPage', () => {
  it('files a request by SIRET and lists it with my earlier ones and their reasons', async () => {
    const fileLinkRequest = vi.fn(() => Promise.resolve(linkRequest()));
    const establishmentApi = fakeEstablishmentApi({
      myLinkRequests: () =>
        Promise.resolve({
          items: [linkRequest({ id: 'old', status: 'REJECTED', decisionReason: 'Site d’une autre entreprise.' })],
          nextCursor: null,
        }),
      fileLinkRequest,
    });
    renderAt('/etablissements/rattachement', <LinkRequestsPage establishmentApi={establishmentApi} />);

    expect(await screen.findByText('Motif : Site d’une autre entreprise.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/SIRET de l'établissement/), '908 765 431 00022');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    expect(fileLinkRequest).toHaveBeenCalledWith('908 765 431 00022', '');
    expect(await screen.findByRole('status')).toHaveTextContent('Votre demande de rattachement à Atelier Petit — Saint-Nazaire est envoyée.');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('tells what to do when no member establishment has the SIRET', async () => {
    const detail = 'Aucun établissement adhérent de l’OPCO ne porte le SIRET « 90876543100048 ». (…) doit d’abord adhérer à l’OPCO.';
    const establishmentApi = fakeEstablishmentApi({
      myLinkRequests: () => Promise.resolve({ items: [], nextCursor: null }),
      fileLinkRequest: () => Promise.reject(new ApiError(422, detail, 'UNKNOWN_SIRET')),
    });
    renderAt('/etablissements/rattachement', <LinkRequestsPage establishmentApi={establishmentApi} />);

    expect(await screen.findByText("Vous n'avez encore fait aucune demande de rattachement.")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/SIRET de l'établissement/), '90876543100048');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('doit d’abord adhérer à l’OPCO');
  });
});

describe('staff queues', () => {
  it('downloads the proof and validates a bank account, which leaves the queue', async () => {
    const proof = vi.fn(() => Promise.resolve(new Blob(['%PDF'], { type: 'application/pdf' })));
    const validateBankAccount = vi.fn(() => Promise.resolve(establishment()));
    URL.createObjectURL = vi.fn(() => 'blob:rib');
    URL.revokeObjectURL = vi.fn();
    const establishmentApi = fakeEstablishmentApi({
      bankAccountQueue: () => Promise.resolve(pendingBankAccountQueue()),
      proof,
      validateBankAccount,
    });
    renderAt('/instruction/rib', <StaffBankAccountsPage establishmentApi={establishmentApi} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Télécharger le RIB' }));
    expect(proof).toHaveBeenCalledWith(LYON_ID, 'ba1');
    await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

    expect(validateBankAccount).toHaveBeenCalledWith(LYON_ID, 'ba1');
    expect(await screen.findByText("Aucun compte bancaire n'attend de vérification.")).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Le compte FR7630006000011234567890189 est validé.');
  });

  it('approves a link request with the rights staff tick', async () => {
    const approveLinkRequest = vi.fn(() => Promise.resolve(linkRequest({ status: 'APPROVED' })));
    const establishmentApi = fakeEstablishmentApi({
      linkRequestQueue: () => Promise.resolve({ items: [linkRequest()], nextCursor: null }),
      approveLinkRequest,
    });
    renderAt('/instruction/rattachements', <StaffLinkRequestsPage establishmentApi={establishmentApi} />);

    await userEvent.click(await screen.findByLabelText('Gérer les dossiers'));
    await userEvent.click(screen.getByRole('button', { name: 'Accepter le rattachement' }));

    expect(approveLinkRequest).toHaveBeenCalledWith(expect.objectContaining({ id: linkRequest().id }), [
      'VIEW_DOSSIERS',
      'MANAGE_DOSSIERS',
    ]);
    expect(await screen.findByText("Aucune demande de rattachement n'attend de décision.")).toBeInTheDocument();
  });
});
