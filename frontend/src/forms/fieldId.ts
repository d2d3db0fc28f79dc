/** The DOM id of the input showing an API field path, e.g. `content.training.startDate` → `champ-content-training-startDate`. */
export function fieldId(path: string): string {
  return `champ-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
