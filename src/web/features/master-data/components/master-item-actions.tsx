import { useTranslation } from 'react-i18next';
import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { RowActions } from '../../../components/row-actions.js';

export type ItemHandlers = {
  edit: (item: MasterItem) => void;
  toggleActive: (item: MasterItem) => void;
  move: (item: MasterItem, by: -1 | 1) => void;
};

type Props = { item: MasterItem; first: boolean; last: boolean; fixed: boolean; handlers: ItemHandlers };

/** One item's menu, the same in the table and on the phone cards. Fixed lists cannot deactivate items. */
export function MasterItemActions({ item, first, last, fixed, handlers }: Props) {
  const { t } = useTranslation();
  return (
    <RowActions
      name={item.name}
      actions={[
        { label: t('ui.common.edit'), onClick: () => handlers.edit(item) },
        { label: t('ui.masterData.moveUp'), onClick: () => handlers.move(item, -1), hidden: first },
        { label: t('ui.masterData.moveDown'), onClick: () => handlers.move(item, 1), hidden: last },
        {
          label: item.active ? t('ui.common.deactivate') : t('ui.common.reactivate'),
          onClick: () => handlers.toggleActive(item),
          hidden: fixed,
        },
      ]}
    />
  );
}
