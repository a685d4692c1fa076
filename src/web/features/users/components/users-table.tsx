import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../domain/contracts/users.js';
import { RowActions } from '../../../components/row-actions.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';

type Props = {
  users: User[];
  actions: {
    edit: (user: User) => void;
    toggleActive: (user: User) => void;
    resendInvite: (user: User) => void;
    unlock: (user: User) => void;
  };
};

export function UsersTable({ users, actions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = Date.now();
  const isLocked = (user: User) => user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
  const status = (user: User) => {
    if (!user.active) return <Badge variant="light" color="gray">{t('ui.common.inactive')}</Badge>;
    if (isLocked(user)) return <Badge variant="light" color="red">{t('ui.users.locked')}</Badge>;
    if (user.invited) return <Badge variant="light" color="violet">{t('ui.users.invitedStatus')}</Badge>;
    return <Badge variant="light" color="blue">{t('ui.common.active')}</Badge>;
  };

  return (
    <TableScroll label={t('ui.users.tableLabel')}>
      <Table striped highlightOnHover miw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.users.fields.name')}</Table.Th>
            <Table.Th>{t('ui.users.fields.roles')}</Table.Th>
            <Table.Th>{t('ui.common.status')}</Table.Th>
            <Table.Th>{t('ui.users.lastSignIn')}</Table.Th>
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                {user.name}
                <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="outline" color="gray">
                      {t(`ui.roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{status(user)}</Table.Td>
              <Table.Td>{user.lastSignInAt ? format.instant(user.lastSignInAt) : '—'}</Table.Td>
              <Table.Td>
                <RowActions
                  name={user.name}
                  actions={[
                    { label: t('ui.common.edit'), onClick: () => actions.edit(user) },
                    {
                      label: t('ui.users.resendInvite'),
                      onClick: () => actions.resendInvite(user),
                      hidden: !user.invited || !user.active,
                    },
                    { label: t('ui.users.unlock'), onClick: () => actions.unlock(user), hidden: !isLocked(user) },
                    {
                      label: user.active ? t('ui.common.deactivate') : t('ui.common.reactivate'),
                      onClick: () => actions.toggleActive(user),
                    },
                  ]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
