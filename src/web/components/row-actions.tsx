import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Action = { label: string; onClick: () => void; hidden?: boolean };

/**
 * A table row's actions behind one button, named after the row so screen-reader users can tell them apart.
 * The menu stays inside the page's landmarks (not in a portal); fixed positioning lets it escape the
 * table's scroll box.
 */
export function RowActions({ name, actions }: { name: string; actions: Action[] }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal={false} floatingStrategy="fixed" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" size="xs">
          {t('ui.common.actions')}
          <VisuallyHidden> {name}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions
          .filter((a) => !a.hidden)
          .map((a) => (
            <Menu.Item key={a.label} onClick={a.onClick}>
              {a.label}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
