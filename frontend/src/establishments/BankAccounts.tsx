import type { BankAccount, Establishment } from './types';
import { bankAccountStatusLabels } from './labels';

export interface BankAccountsProps {
  establishment: Establishment;
  onDownloadProof: (account: BankAccount) => void;
  onDeactivate: (account: BankAccount) => void;
  onValidate: (account: BankAccount) => void;
  onReject: (account: BankAccount) => void;
}

/** The establishment's bank accounts, newest first, each with the buttons the caller may use on it now. */
export function BankAccounts({ establishment, onDownloadProof, onDeactivate, onValidate, onReject }: BankAccountsProps) {
  const allowed = (action: Establishment['allowedActions'][number]) => establishment.allowedActions.includes(action);
  if (establishment.bankAccounts.length === 0) {
    return <p className="empty-state">Aucun compte bancaire n'est enregistré : l'OPCO ne peut pas encore payer cet établissement.</p>;
  }
  return (
    <table>
      <caption>Comptes bancaires</caption>
      <thead>
        <tr>
          <th scope="col">IBAN</th>
          <th scope="col">BIC</th>
          <th scope="col">Titulaire</th>
          <th scope="col">État</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {establishment.bankAccounts.map((account) => (
          <tr key={account.id}>
            <td>{account.iban}</td>
            <td>{account.bic}</td>
            <td>{account.holder}</td>
            <td>
              {bankAccountStatusLabels[account.status]}
              {account.rejectionReason && <> — motif : {account.rejectionReason}</>}
            </td>
            <td>
              <div className="button-row">
                {account.proof && (
                  <button type="button" className="button-plain" onClick={() => onDownloadProof(account)}>
                    Télécharger le RIB
                  </button>
                )}
                {account.status === 'ACTIVE' && allowed('DEACTIVATE_BANK_ACCOUNT') && (
                  <button type="button" className="button-plain" onClick={() => onDeactivate(account)}>
                    Désactiver
                  </button>
                )}
                {account.status === 'PENDING_VALIDATION' && allowed('VALIDATE_BANK_ACCOUNT') && (
                  <button type="button" onClick={() => onValidate(account)}>
                    Valider
                  </button>
                )}
                {account.status === 'PENDING_VALIDATION' && allowed('REJECT_BANK_ACCOUNT') && (
                  <button type="button" className="button-plain" onClick={() => onReject(account)}>
                    Refuser
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
