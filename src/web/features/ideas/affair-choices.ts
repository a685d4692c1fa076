import type { ComboboxData } from '@mantine/core';
import type { TFunction } from 'i18next';
import { affairGroups } from '../../../domain/iid/affairs.js';
import type { MasterItem } from '../../../domain/contracts/master-data.js';

/**
 * The affair master list as grouped choices (as the registry's profile form shows them): active
 * items, plus the one already chosen so an old choice stays readable.
 */
export function affairChoices(items: MasterItem[], t: TFunction, chosen: string | null = null): ComboboxData {
  return affairGroups
    .map((group) => ({
      group: t(`ui.innovations.affairGroups.${group}`),
      items: items.filter((i) => i.group === group && (i.active || i.code === chosen)).map((i) => ({ value: i.code, label: i.name })),
    }))
    .filter((g) => g.items.length > 0);
}
