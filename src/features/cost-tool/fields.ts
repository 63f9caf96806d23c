// The worksheet's boxes: the ids of a box's input, its second ("at most") input, hint and error, and the inputs' look.

/** "cost-price", "cost-price-to", "cost-price-hint", "cost-price-error". */
export const fieldId = (field: string, part = '') => `cost-${field}${part ? `-${part}` : ''}`;
/** An input is described by its box's hint and error. */
export const describedBy = (field: string) => `${fieldId(field, 'hint')} ${fieldId(field, 'error')}`;
export const INPUT_CLASS = 'cost-input h-11 rounded-md border-2 border-border bg-surface px-2 text-base text-text';
