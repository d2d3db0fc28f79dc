import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe';
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

describe('establishment screens accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('list', async () => {
    const establishmentApi = fakeEstablishmentApi({
      list: () =>
        Promise.resolve({
          items: [{ id: LYON_ID, siret: '81234567600009', name: 'Lyon', city: 'Lyon', status: 'ACTIVE', closed: false }],
          nextCursor: null,
        }),
    });
    renderAt('/etablissements', <EstablishmentsPage establishmentApi={establishmentApi} staff={false} />);
    await screen.findByRole('link', { name: 'Lyon' });

    expect(await axeViolations()).toEqual([]);
  });

  it('detail with its bank accounts, the change form and the new bank account form', async () => {
    const shown = establishment({
      bankAccounts: [bankAccount(), bankAccount({ id: 'ba2', status: 'REJECTED', rejectionReason: 'RIB illisible.' })],
    });
    renderAt(
      `/etablissements/${LYON_ID}`,
      <EstablishmentDetailPage establishmentApi={fakeEstablishmentApi({ get: () => Promise.resolve(shown) })} />,
      '/etablissements/:id',
    );
    await screen.findByRole('form', { name: 'Demander une modification' });
    await screen.findByRole('form', { name: 'Ajouter un compte bancaire' });

    expect(await axeViolations()).toEqual([]);
  });

  it('link requests', async () => {
    const establishmentApi = fakeEstablishmentApi({
      myLinkRequests: () => Promise.resolve({ items: [linkRequest({ status: 'REJECTED', decisionReason: 'Autre entreprise.' })], nextCursor: null }),
    });
    renderAt('/etablissements/rattachement', <LinkRequestsPage establishmentApi={establishmentApi} />);
    await screen.findByText('Motif : Autre entreprise.');

    expect(await axeViolations()).toEqual([]);
  });

  it("staff's bank account queue", async () => {
    const establishmentApi = fakeEstablishmentApi({
      bankAccountQueue: () => Promise.resolve(pendingBankAccountQueue()),
    });
    renderAt('/instruction/rib', <StaffBankAccountsPage establishmentApi={establishmentApi} />);
    await screen.findByRole('button', { name: 'Télécharger le RIB' });

    expect(await axeViolations()).toEqual([]);
  });

  it("staff's link request queue", async () => {
    const establishmentApi = fakeEstablishmentApi({
      linkRequestQueue: () => Promise.resolve({ items: [linkRequest()], nextCursor: null }),
    });
    renderAt('/instruction/rattachements', <StaffLinkRequestsPage establishmentApi={establishmentApi} />);
    await screen.findByRole('button', { name: 'Accepter le rattachement' });

    expect(await axeViolations()).toEqual([]);
  });
});
