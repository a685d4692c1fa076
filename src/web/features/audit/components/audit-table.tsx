import { Button, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../domain/contracts/audit.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';

const columns = 6;

function Snapshot({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm">{t('ui.audit.none')}</Text>
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}

/** Audit entries; a row expands to show the record before and after the change. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [expanded, setExpanded] = useState<string | null>(null);

  return (
    <TableScroll label={t('ui.audit.tableLabel')}>
      <Table miw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.audit.at')}</Table.Th>
            <Table.Th>{t('ui.audit.actor')}</Table.Th>
            <Table.Th>{t('ui.audit.action')}</Table.Th>
            <Table.Th>{t('ui.audit.entity')}</Table.Th>
            <Table.Th>{t('ui.audit.reason')}</Table.Th>
            <Table.Th>{t('ui.audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {entries.map((entry) => {
            const open = expanded === entry.id;
            const detailsId = `audit-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td>{format.instant(entry.at)}</Table.Td>
                  <Table.Td>{entry.actorName ?? t('ui.audit.system')}</Table.Td>
                  <Table.Td>{entry.action}</Table.Td>
                  <Table.Td>
                    {entry.entity}
                    {entry.entityId && (
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        {entry.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.reason ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      onClick={() => setExpanded(open ? null : entry.id)}
                    >
                      {open ? t('ui.audit.hide') : t('ui.audit.show')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={columns}>
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <Snapshot title={t('ui.audit.before')} value={entry.before} />
                        <Snapshot title={t('ui.audit.after')} value={entry.after} />
                      </SimpleGrid>
                      {entry.requestId && (
                        <Text size="xs" c="dimmed" mt="xs">
                          {t('ui.audit.requestId', { id: entry.requestId })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
