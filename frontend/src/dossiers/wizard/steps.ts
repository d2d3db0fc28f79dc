import { fieldId } from '../../forms/fieldId';

export const WIZARD_STEPS = [
  'Dispositif et établissement',
  'Formation',
  'Organisme de formation',
  'Stagiaires',
  'Coûts',
  'Pièces justificatives',
  'Récapitulatif',
] as const;

export const RECAP_STEP = WIZARD_STEPS.length - 1;

const STEP_OF_FIELD: [prefix: string, step: number][] = [
  ['content.trainingBody', 2],
  ['content.training', 1],
  ['content.contract', 1],
  ['content.trainees', 3],
  ['content.costs', 4],
  ['content.amountRequested', 4],
  ['content.subrogation', 4],
  ['documents', 5],
  ['establishmentId', 0],
  ['scheme', 0],
];

/** The step showing an API field path such as `content.training.startDate` or `content.trainees[0].lastName`. */
export function stepOfField(path: string): number {
  const id = fieldId(path);
  const match = STEP_OF_FIELD.find(([prefix]) => id === fieldId(prefix) || id.startsWith(`${fieldId(prefix)}-`));
  return match ? match[1] : RECAP_STEP;
}
