/**
 * The label of an added address field: the form's `data-label` is the catalog's label with `#N#`
 * where the number goes (`Web address #N#`), so the script needs no catalog of its own.
 */
export function urlFieldLabel(template: string, number: number): string {
  return template.replace('#N#', String(number));
}
