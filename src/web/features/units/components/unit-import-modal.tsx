import {Alert, Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useImportUnits } from '../api/use-import-units.js';

const templateUrl = '/api/units/import-template';

export function UnitImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importUnits = useImportUnits();
  const [file, setFile] = useState<File | null>(null);
  const report = importUnits.data;
  const columnLabels = t('ui.units.fields', { returnObjects: true }) as Record<string, string>;

  return (
    <Dialog onClose={onClose} title={t('ui.units.import.title')} size="lg">
      <Stack>
        <Text>
          {t('ui.units.import.intro')}{' '}
          <Anchor href={templateUrl} download>
            {t('ui.units.import.template')}
          </Anchor>
        </Text>
        <ErrorAlert error={importUnits.error} />
        <FileInput
          label={t('ui.units.import.file')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          value={file}
          onChange={(next) => {
            setFile(next);
            importUnits.reset();
          }}
        />
        {report && report.errors.length === 0 && (
          <Alert color="blue" role="alert">
            {t('ui.units.import.done', { count: report.imported })}
          </Alert>
        )}
        {report && report.errors.length > 0 && (
          <>
            <Alert color="red" role="alert">
              {t('ui.units.import.failed', { count: report.errors.length, rows: report.rows })}
            </Alert>
            <TableScroll label={t('ui.units.import.errorsLabel')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ui.units.import.row')}</Table.Th>
                    <Table.Th>{t('ui.units.import.column')}</Table.Th>
                    <Table.Th>{t('ui.units.import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.errors.map((e, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td>{columnLabels[e.field] ?? e.field}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('ui.common.close')}
          </Button>
          <Button disabled={!file} loading={importUnits.isPending} onClick={() =>
              file && importUnits.mutate(file, { onSuccess: (result) => result.imported > 0 && setFile(null) })
            }>
            {t('ui.units.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
