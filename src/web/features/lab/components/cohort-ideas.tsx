import { Button, Group, List, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useCohortIdea } from '../api/use-cohorts.js';

/** The ideas taken into the diagnose stage; the admin adds published ideas and takes them out again (after a confirmation). */
export function CohortIdeas({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const change = useCohortIdea(cohort.id);
  const [ideaId, setIdeaId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ ideaId: string; title: string } | null>(null);

  return (
    <Stack gap="sm">
      {cohort.ideasInDiagnose.length ? (
        <List spacing="xs">
          {cohort.ideasInDiagnose.map((idea) => (
            <List.Item key={idea.ideaId}>
              <Group gap="xs" wrap="nowrap">
                <Text>{idea.title}</Text>
                {cohort.mayEdit && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(idea)}>
                    ×<VisuallyHidden>{t('ui.lab.detail.removeIdea', { title: idea.title })}</VisuallyHidden>
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('ui.lab.detail.noIdeas')}</Text>
      )}
      {cohort.mayEdit && cohort.ideaOptions.length > 0 && (
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('ui.lab.detail.addIdea')}
            data={cohort.ideaOptions.map((i) => ({ value: i.ideaId, label: i.title }))}
            value={ideaId}
            onChange={setIdeaId}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            miw={240}
            style={{ flex: 1 }}
          />
          <Button variant="default" disabled={!ideaId} loading={change.isPending && !removing} onClick={() => ideaId && change.mutate({ ideaId }, { onSuccess: () => setIdeaId(null) })}>
            {t('ui.lab.detail.addIdeaButton')}
          </Button>
        </Group>
      )}
      {!removing && <ErrorAlert error={change.error} />}
      {removing && (
        <ConfirmDialog
          title={t('ui.lab.detail.removeIdeaTitle')}
          message={t('ui.lab.detail.removeIdeaConfirm', { title: removing.title })}
          confirmLabel={t('ui.lab.detail.removeIdeaTitle')}
          danger
          loading={change.isPending}
          error={change.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => change.mutate({ ideaId: removing.ideaId, remove: true }, { onSuccess: () => setRemoving(null) })}
        />
      )}
    </Stack>
  );
}
