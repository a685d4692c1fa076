import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useImportInnovations } from '../api/use-import-innovations.js';

const templateUrl = '/api/innovations/import/template.xlsx';

/** Checks the whole file first (dry run) and shows every row; "Impor semua" only when no row has a problem. */
export function InnovationImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const check = useImportInnovations();
  const run = useImportInnovations();
  const [file, setFile] = useState<File | null>(null);
  const report = check.data;
  const done = run.data;

  const choose = (next: File | null) => {
    setFile(next);
    run.reset();
    check.reset();
    if (next) check.mutate({ file: next, dryRun: true });
  };

  return (
    <Dialog onClose={onClose} title={t('ui.innovations.import.title')} size="xl">
      <Stack>
        <Text>
          {t('ui.innovations.import.intro')}{' '}
          <Anchor href={templateUrl} download>
            {t('ui.innovations.import.template')}
          </Anchor>
        </Text>
        <ErrorAlert error={check.error ?? run.error} />
        <FileInput
          label={t('ui.innovations.import.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={choose}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
        {done && done.imported > 0 && (
          <Alert color="blue" role="alert">
            {t('ui.innovations.import.done', { count: done.imported })}
          </Alert>
        )}
        {report && !done && (
          <>
            <Alert color={report.errorCount ? 'red' : 'blue'} role="alert">
              {t('ui.innovations.import.summary', { rows: report.rows.length, errors: report.errorCount })}
              {report.errorCount > 0 && ` ${t('ui.innovations.import.fixFirst')}`}
            </Alert>
            <TableScroll label={t('ui.innovations.import.previewLabel')}>
              <Table miw={560}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ui.innovations.import.row')}</Table.Th>
                    <Table.Th>{t('ui.innovations.import.name')}</Table.Th>
                    <Table.Th>{t('ui.innovations.import.unit')}</Table.Th>
                    <Table.Th>{t('ui.innovations.import.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.rows.map((row) => (
                    <Table.Tr key={row.row}>
                      <Table.Td>{row.row}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.unitName}</Table.Td>
                      <Table.Td c={row.errors.length ? 'var(--mantine-color-error)' : undefined}>
                        {row.errors.length ? row.errors.map((e) => e.message).join(' ') : t('ui.innovations.import.ok')}
                      </Table.Td>
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
          <Button
            disabled={!file || !report || report.errorCount > 0 || report.rows.length === 0 || Boolean(done)}
            loading={check.isPending || run.isPending}
            onClick={() => file && run.mutate({ file, dryRun: false })}
          >
            {t('ui.innovations.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
