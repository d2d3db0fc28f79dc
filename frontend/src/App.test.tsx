import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import type { Role } from './api/me';
import { fakeDossierApi } from './test/dossierFixtures';
import { fakeEstablishmentApi } from './test/establishmentFixtures';
import { fakeNotificationApi } from './test/notificationFixtures';
import { fakeUserApi } from './test/userFixtures';
import { fakeInvoiceApi } from './test/invoiceFixtures';
import { emilie } from './test/fixtures';

function renderAppAt(path: string, onLogout = () => {}, roles: Role[] = ['employer']) {
  window.history.pushState({}, '', path);
  const dossierApi = fakeDossierApi({
    list: () => Promise.resolve({ items: [], nextCursor: null }),
    queue: () => Promise.resolve({ items: [], nextCursor: null }),
  });
  render(
    <App
      displayName="Émilie Durand"
      roles={roles}
      onLogout={onLogout}
      loadMe={() => Promise.resolve(emilie)}
      dossierApi={dossierApi}
      accountApi={{
        pending: () => Promise.resolve({ items: [], nextCursor: null }),
        approve: () => Promise.reject(new Error('no decision in these tests')),
        reject: () => Promise.reject(new Error('no decision in these tests')),
      }}
      establishmentApi={fakeEstablishmentApi({ list: () => Promise.resolve({ items: [], nextCursor: null }) })}
      userApi={fakeUserApi()}
      notificationApi={fakeNotificationApi({ unreadCount: () => Promise.resolve(2) })}
      invoiceApi={fakeInvoiceApi({ invoices: () => Promise.resolve({ items: [], nextCursor: null }) })}
    />,
  );
}

describe('App', () => {
  beforeEach(() => window.history.pushState({}, '', '/'));

  it('has a header with the user name, the main navigation and a main landmark', async () => {
    renderAppAt('/');

    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Passerelle');
    expect(header).toHaveTextContent('Émilie Durand');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tableau de bord', '/'],
      ['Dossiers', '/dossiers'],
      ['Mes établissements', '/etablissements'],
      ['Utilisateurs', '/utilisateurs'],
      ['Mon profil', '/profil'],
      ['Mes comptes', '/comptes'],
      ['Factures', '/factures'],
      ['Règlements', '/reglements'],
    ]);
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu');
    expect(await screen.findByRole('heading', { name: 'Bonjour Émilie Durand' })).toBeInTheDocument();
  });

  it("shows the instruction queue to OPCO staff only", async () => {
    renderAppAt('/instruction', () => {}, ['opco-staff']);

    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: "File d'instruction" })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText("Aucun dossier n'attend d'être pris en instruction.")).toBeInTheDocument();
  });

  it("opens the training bodies' RIB form from the staff navigation", () => {
    renderAppAt('/instruction/organismes/rib', () => {}, ['opco-staff']);

    expect(screen.getByRole('link', { name: 'RIB des organismes' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: "RIB d'un organisme de formation" })).toBeInTheDocument();
  });

  it('hides the instruction queue from employers', () => {
    renderAppAt('/instruction');

    expect(screen.queryByRole('link', { name: "File d'instruction" })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
  });

  it('opens the invoices from the navigation', async () => {
    renderAppAt('/factures');

    expect(screen.getByRole('heading', { level: 1, name: 'Factures' })).toBeInTheDocument();
    expect(await screen.findByText('Aucune facture.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Factures' })).toHaveAttribute('aria-current', 'page');
  });

  it('logs out from the header', () => {
    const onLogout = vi.fn();
    renderAppAt('/dossiers', onLogout);

    screen.getByRole('button', { name: 'Se déconnecter' }).click();

    expect(onLogout).toHaveBeenCalledOnce();
  });
});
