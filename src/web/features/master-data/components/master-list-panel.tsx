import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { affairGroups } from '../../../../domain/iid/affairs.js';
import { isFixedList, isPeriodList, type MasterList } from '../../../../domain/master-data.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { useMoveMasterItem } from '../api/use-move-master-item.js';
import { MasterItemActions, type ItemHandlers } from './master-item-actions.js';
import { MasterItemActiveDialog } from './master-item-active-dialog.js';
import { MasterItemCards } from './master-item-cards.js';
import { MasterItemFormModal } from './master-item-form-modal.js';
import { MasterItemsTable } from './master-items-table.js';
import { MasterPeriodSelect } from './master-period-select.js';

type Props = {
  list: MasterList;
  /** The list's items in the server's order (position, then name). */
  items: MasterItem[];
  /** The period the per-period lists belong to; null when the region has no period yet. */
  periodId: string | null;
  onPeriodChange: (periodId: string) => void;
};

/** One master list: its notes, period choice, add button, and items with their actions. */
export function MasterListPanel({ list, items, periodId, onPeriodChange }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const move = useMoveMasterItem();
  // undefined: closed; null: adding a new item.
  const [editing, setEditing] = useState<MasterItem | null>();
  const [toggling, setToggling] = useState<MasterItem>();
  const fixed = isFixedList(list);
  const perPeriod = isPeriodList(list);
  const listName = t(`ui.masterData.lists.${list}`);

  const handlers: ItemHandlers = {
    edit: setEditing,
    toggleActive: setToggling,
    move: (item, by) => {
      // A second move before the first is saved would renumber from stale positions.
      if (move.isPending) return;
      move.mutate({ items, index: items.indexOf(item), by }, { onSuccess: () => notifySuccess(t('ui.masterData.moved')), onError: notifyError });
    },
  };
  const actions = (item: MasterItem, index: number) => (
    <MasterItemActions item={item} first={index === 0} last={index === items.length - 1} fixed={fixed} handlers={handlers} />
  );
  const groupName =
    list === 'affair'
      ? (item: MasterItem) => {
          const group = affairGroups.find((g) => g === item.group);
          return group ? t(`ui.masterData.groups.${group}`) : (item.group ?? '—');
        }
      : undefined;

  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {listName}
      </Title>
      {fixed && (
        <Alert color="gray" variant="light" mb="sm">
          {t('ui.masterData.fixedNote')}
        </Alert>
      )}
      {perPeriod && (
        <Text size="sm" mb="sm">
          {t('ui.masterData.periodNote')} {!periodId && t('ui.masterData.noPeriod')}
        </Text>
      )}
      {(perPeriod || !fixed) && (
        <Group align="flex-end" mb="md">
          {perPeriod && <MasterPeriodSelect value={periodId} onChange={onPeriodChange} />}
          {!fixed && (
            <Button onClick={() => setEditing(null)} disabled={perPeriod && !periodId}>
              {t('ui.masterData.create')}
            </Button>
          )}
        </Group>
      )}
      {phone ? (
        <MasterItemCards items={items} groupName={groupName} actions={actions} />
      ) : (
        <MasterItemsTable label={t('ui.masterData.tableLabel', { list: listName })} items={items} groupName={groupName} actions={actions} />
      )}
      {editing !== undefined && <MasterItemFormModal list={list} periodId={periodId} item={editing} onClose={() => setEditing(undefined)} />}
      {toggling && <MasterItemActiveDialog item={toggling} onClose={() => setToggling(undefined)} />}
    </>
  );
}
