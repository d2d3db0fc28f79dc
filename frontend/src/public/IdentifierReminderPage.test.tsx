import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IdentifierReminderPage } from './IdentifierReminderPage';
import { isPublicPath } from '../account/PublicApp';

describe('IdentifierReminderPage', () => {
  it('sends the SIRET without spaces and the name, then shows the server’s answer', async () => {
    const requestReminder = vi.fn(() => Promise.resolve('Si un compte actif correspond à ce SIRET et à ce nom…'));
    render(<IdentifierReminderPage requestReminder={requestReminder} />);

    await userEvent.type(screen.getByLabelText(/SIRET/), '812 345 676 00009');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Durand');
    await userEvent.click(screen.getByRole('button', { name: 'Recevoir mon identifiant' }));

    expect(requestReminder).toHaveBeenCalledWith({ siret: '81234567600009', lastName: 'Durand', firstName: undefined });
    expect(await screen.findByRole('status')).toHaveTextContent('Si un compte actif correspond');
  });

  it('asks for what is missing without calling the server', async () => {
    const requestReminder = vi.fn();
    render(<IdentifierReminderPage requestReminder={requestReminder} />);

    await userEvent.click(screen.getByRole('button', { name: 'Recevoir mon identifiant' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Saisissez les 14 chiffres du SIRET');
    expect(requestReminder).not.toHaveBeenCalled();
  });

  it('is one of the pages reached without logging in', () => {
    expect(isPublicPath('/identifiant-oublie')).toBe(true);
    expect(isPublicPath('/dossiers')).toBe(false);
  });
});
