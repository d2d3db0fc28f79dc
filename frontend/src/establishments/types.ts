import type { components } from '../api/schema';

export type Establishment = components['schemas']['Establishment'];
export type EstablishmentSummary = components['schemas']['EstablishmentSummary'];
export type EstablishmentPage = components['schemas']['EstablishmentPage'];
export type EstablishmentStatus = components['schemas']['EstablishmentStatus'];
export type ChangeRequest = NonNullable<Establishment['pendingChange']>;
export type ChangeRequestCommand = components['schemas']['ChangeRequestCommand'];
export type BankAccount = components['schemas']['BankAccount'];
export type BankAccountStatus = components['schemas']['BankAccountStatus'];
export type PendingChangePage = components['schemas']['PendingChangePage'];
export type PendingBankAccountPage = components['schemas']['PendingBankAccountPage'];
export type LinkRequest = components['schemas']['LinkRequest'];
export type LinkRequestPage = components['schemas']['LinkRequestPage'];
export type Right = components['schemas']['Right'];

/** What the user types to add a bank account: the RIB's details and the RIB itself. */
export interface BankAccountForm {
  iban: string;
  bic: string;
  holder: string;
  file: File;
}
