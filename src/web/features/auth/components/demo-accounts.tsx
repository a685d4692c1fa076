import { Anchor, Code, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/roles.js';

type Props = { accounts: { email: string; role: Role }[]; password: string; onPick: (email: string) => void };

/** Only in demo mode: ready-made accounts, one per role. Clicking an address fills the form. */
export function DemoAccounts({ accounts, password, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('ui.auth.demo.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('ui.auth.demo.hint')} <Code>{password}</Code>
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.auth.email')}</Table.Th>
            <Table.Th>{t('ui.auth.demo.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.email}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  fz="sm"
                  ta="left"
                  style={{ overflowWrap: 'anywhere' }}
                  onClick={() => onPick(account.email)}
                >
                  {account.email}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm">{t(`ui.roles.${account.role}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
