import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { AccountRequestsApi } from './account/accountApi';
import { AccountRequestsPage } from './account/AccountRequestsPage';
import { ActiveAccountOnly } from './account/ActiveAccountOnly';
import type { DossierApi } from './api/dossiers';
import type { EstablishmentApi } from './api/establishments';
import type { InvoiceApi } from './api/invoices';
import type { Me, Role } from './api/me';
import type { NotificationApi } from './api/notifications';
import type { UserApi } from './api/users';
import { EstablishmentUsers } from './users/EstablishmentUsers';
import { DashboardPage } from './dashboard/DashboardPage';
import { DossierDetailPage } from './dossiers/detail/DossierDetailPage';
import { DossiersPage } from './dossiers/DossiersPage';
import { StaffQueuePage } from './dossiers/StaffQueuePage';
import { DossierWizardPage } from './dossiers/wizard/DossierWizardPage';
import { EstablishmentDetailPage } from './establishments/EstablishmentDetailPage';
import { EstablishmentsPage } from './establishments/EstablishmentsPage';
import { LinkRequestsPage } from './establishments/LinkRequestsPage';
import {
  StaffBankAccountsPage,
  StaffEstablishmentChangesPage,
  StaffLinkRequestsPage,
} from './establishments/StaffQueuesPages';
import { FundingAccountsPage } from './invoices/FundingAccountsPage';
import { InvoiceDepositPage } from './invoices/InvoiceDepositPage';
import { InvoiceDetailPage } from './invoices/InvoiceDetailPage';
import { InvoicesPage } from './invoices/InvoicesPage';
import { PaymentsPage } from './invoices/PaymentsPage';
import { StaffFundingAccounts } from './invoices/StaffFundingAccounts';
import { TrainingBodyBankAccountPage } from './invoices/TrainingBodyBankAccountPage';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { NotificationPreferencesPage } from './notifications/NotificationPreferencesPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { ProfilePage } from './profile/ProfilePage';
import { InviteUserPage } from './users/InviteUserPage';
import { UserDetailPage } from './users/UserDetailPage';
import { UsersPage } from './users/UsersPage';

export interface AppProps {
  displayName: string;
  roles: Role[];
  onLogout: () => void;
  loadMe: () => Promise<Me>;
  dossierApi: DossierApi;
  accountApi: AccountRequestsApi;
  establishmentApi: EstablishmentApi;
  userApi: UserApi;
  notificationApi: NotificationApi;
  invoiceApi: InvoiceApi;
}

export function App({
  displayName,
  roles,
  onLogout,
  loadMe,
  dossierApi,
  accountApi,
  establishmentApi,
  userApi,
  notificationApi,
  invoiceApi,
}: AppProps) {
  const staff = roles.includes('opco-staff');
  return (
    <BrowserRouter>
      <Routes>
        <Route
          element={
            <ActiveAccountOnly loadMe={loadMe} displayName={displayName} onLogout={onLogout}>
              <AppLayout displayName={displayName} staff={staff} onLogout={onLogout} notificationApi={notificationApi} />
            </ActiveAccountOnly>
          }
        >
          <Route index element={<DashboardPage loadMe={loadMe} />} />
          <Route path="dossiers" element={<DossiersPage dossierApi={dossierApi} loadMe={loadMe} />} />
          <Route path="dossiers/nouveau" element={<DossierWizardPage dossierApi={dossierApi} loadMe={loadMe} />} />
          <Route path="dossiers/:number" element={<DossierDetailPage dossierApi={dossierApi} loadMe={loadMe} />} />
          <Route path="dossiers/:number/modifier" element={<DossierWizardPage dossierApi={dossierApi} loadMe={loadMe} />} />
          {staff && <Route path="instruction" element={<StaffQueuePage dossierApi={dossierApi} />} />}
          {staff && <Route path="demandes-de-compte" element={<AccountRequestsPage accountApi={accountApi} />} />}
          {/* Establishments, bank accounts and link requests (issue 5) */}
          <Route path="etablissements" element={<EstablishmentsPage establishmentApi={establishmentApi} staff={staff} />} />
          {!staff && (
            <Route path="etablissements/rattachement" element={<LinkRequestsPage establishmentApi={establishmentApi} />} />
          )}
          <Route
            path="etablissements/:id"
            element={
              <EstablishmentDetailPage
                establishmentApi={establishmentApi}
                usersSection={(establishment) => (
                  <>
                    <EstablishmentUsers establishmentId={establishment.id} userApi={userApi} />
                    {/* Issue 7: staff set the company's envelopes from any of its establishments. */}
                    {staff && <StaffFundingAccounts invoiceApi={invoiceApi} establishmentId={establishment.id} />}
                  </>
                )}
              />
            }
          />
          {staff && (
            <>
              <Route
                path="instruction/etablissements"
                element={<StaffEstablishmentChangesPage establishmentApi={establishmentApi} />}
              />
              <Route path="instruction/rattachements" element={<StaffLinkRequestsPage establishmentApi={establishmentApi} />} />
              <Route path="instruction/rib" element={<StaffBankAccountsPage establishmentApi={establishmentApi} />} />
            </>
          )}
          {/* Colleagues and profile (issue 5) */}
          <Route path="utilisateurs" element={<UsersPage userApi={userApi} loadMe={loadMe} />} />
          <Route path="utilisateurs/nouveau" element={<InviteUserPage userApi={userApi} loadMe={loadMe} />} />
          <Route path="utilisateurs/:id" element={<UserDetailPage userApi={userApi} loadMe={loadMe} />} />
          <Route path="profil" element={<ProfilePage userApi={userApi} />} />
          {/* Notifications (issue 6) */}
          <Route path="notifications" element={<NotificationsPage notificationApi={notificationApi} />} />
          <Route path="notifications/preferences" element={<NotificationPreferencesPage notificationApi={notificationApi} />} />
          {/* Funding accounts, invoices and payments (issue 7) */}
          {!staff && <Route path="comptes" element={<FundingAccountsPage invoiceApi={invoiceApi} loadMe={loadMe} />} />}
          <Route path="factures" element={<InvoicesPage invoiceApi={invoiceApi} staff={staff} />} />
          {!staff && <Route path="factures/deposer" element={<InvoiceDepositPage invoiceApi={invoiceApi} />} />}
          <Route path="factures/:id" element={<InvoiceDetailPage invoiceApi={invoiceApi} />} />
          <Route path="reglements" element={<PaymentsPage invoiceApi={invoiceApi} staff={staff} />} />
          {staff && <Route path="instruction/organismes/rib" element={<TrainingBodyBankAccountPage invoiceApi={invoiceApi} />} />}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
