import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../domain/contracts/innovations.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { useFormat } from '../../../lib/format.js';
import type { EvidenceEndpoints } from '../api/evidence-endpoints.js';
import { useRemoveEvidence } from '../api/use-remove-evidence.js';
import { formatSize } from '../format-numbers.js';

const statusColor = { pending: 'gray', accepted: 'blue', returned: 'red' } as const;

export type EvidenceListProps<T> = {
  code: string;
  items: Evidence[];
  canEdit: boolean;
  endpoints: EvidenceEndpoints<T>;
  /** An innovation's evidence is verified file by file; the region's is reviewed per indicator, so it shows no status. */
  showStatus?: boolean;
};

/** An indicator's evidence: file (download) or link, the covering letter, its verification status; removed after confirming. */
export function EvidenceList<T>({ code, items, canEdit, endpoints, showStatus = false }: EvidenceListProps<T>) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const remove = useRemoveEvidence(endpoints);
  const [removing, setRemoving] = useState<Evidence>();
  const nameOf = (e: Evidence) => e.file?.name ?? e.url ?? e.id;

  if (items.length === 0) return <Text size="sm">{t('ui.innovations.indicators.noEvidence')}</Text>;
  return (
    <>
      <Stack gap="xs" component="ul" aria-label={t('ui.innovations.indicators.evidenceLabel', { code })} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((e) => (
          <li key={e.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 'var(--mantine-spacing-xs)' }}>
            <Group gap="xs" wrap="wrap">
              {e.file ? (
                <Anchor href={`${endpoints.evidence(e.id)}/file`} download={e.file.name} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {e.file.name}
                </Anchor>
              ) : (
                <Anchor href={e.url ?? undefined} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {e.url}
                </Anchor>
              )}
              {e.file && (
                <Text size="xs" c="dimmed">
                  {formatSize(e.file.size, i18n.language)}
                </Text>
              )}
              {showStatus && (
                <Badge variant="light" color={statusColor[e.status]} size="sm">
                  {t(`ui.innovations.indicators.evidenceStatus.${e.status}`)}
                </Badge>
              )}
            </Group>
            {(e.letterNumber || e.letterDate || e.letterSubject) && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[e.letterNumber && t('ui.innovations.indicators.letter', { number: e.letterNumber }), e.letterDate && format.date(e.letterDate), e.letterSubject]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
            {canEdit && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                mt={2}
                aria-label={t('ui.innovations.indicators.removeEvidence', { name: nameOf(e) })}
                onClick={() => {
                  // A failed removal's error belongs to that file, not to the next one asked about.
                  remove.reset();
                  setRemoving(e);
                }}
              >
                {t('ui.common.delete')}
              </Button>
            )}
          </li>
        ))}
      </Stack>
      {removing && (
        <ConfirmDialog
          title={t('ui.innovations.indicators.removeTitle')}
          message={t('ui.innovations.indicators.removeMessage', { name: nameOf(removing) })}
          confirmLabel={t('ui.common.delete')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(undefined) })}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </>
  );
}
