import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type Dossier = Schemas['Dossier'];
export type DossierSummary = Schemas['DossierSummary'];
export type DossierPage = Schemas['DossierPage'];
export type DossierContent = Schemas['DossierContent'];
export type DossierState = Schemas['DossierStatus'];
export type DossierAction = Schemas['DossierAction'];
export type FundingScheme = Schemas['FundingScheme'];
export type DocumentType = Schemas['DocumentType'];
export type DossierDocument = Schemas['DossierDocument'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type NewDossier = Schemas['NewDossier'];
export type Training = Schemas['Training'];
export type TrainingBody = Schemas['TrainingBody'];
export type Trainee = Schemas['Trainee'];
export type Costs = Schemas['Costs'];
export type Employee = Schemas['Employee'];
export type EmployeePage = Schemas['EmployeePage'];
export type DossierMessage = Schemas['DossierMessage'];
export type MessagePage = Schemas['MessagePage'];
export type MessageAttachment = Schemas['MessageAttachment'];
export type MessageSide = Schemas['MessageSide'];

/** The list's filters, as typed in the form; empty strings mean "any". */
export interface DossierFilters {
  establishmentId: string;
  number: string;
  status: DossierState | '';
  scheme: FundingScheme | '';
  startYear: string;
  q: string;
}

export const noFilters: DossierFilters = { establishmentId: '', number: '', status: '', scheme: '', startYear: '', q: '' };

/** A command on a dossier with what it needs, one per endpoint of the contract. */
export type DossierCommand =
  | { action: 'SUBMIT' | 'UNLOCK' | 'TAKE_INTO_REVIEW' | 'HAND_BACK_DOCUMENTS' | 'ACCEPT_MODIFICATION' | 'ACCEPT_CANCELLATION' }
  | { action: 'CLOSE_BALANCE' }
  | { action: 'CANCEL' | 'REFUSE' | 'DECLINE_REQUEST'; reason: string }
  | { action: 'REQUEST_MODIFICATION' | 'REQUEST_CANCELLATION'; message: string }
  | { action: 'GRANT'; amount: string }
  | { action: 'REQUEST_DOCUMENTS'; types: DocumentType[]; dueDate: string; message: string };

export type CommandAction = DossierCommand['action'];
