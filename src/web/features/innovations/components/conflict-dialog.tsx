import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.js';
import type { useMasterData } from '../api/use-master-data.js';
import { describeValue } from '../describe-value.js';
import { fromInnovation, type Conflict, type ProfileValues } from '../profile-values.js';

type Props = {
  conflict: Conflict;
  /** The form's current values: edits made after the dialog was set aside show too. */
  mine: ProfileValues;
  master: ReturnType<typeof useMasterData>;
  onResolve: (choice: 'mine' | 'stored') => void;
  onClose: () => void;
};

/** Both versions of every field in conflict, side by side (stacked on a phone); the person picks one. */
export function ConflictDialog({ conflict, mine, master, onResolve, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const stored = fromInnovation(conflict.stored);
  const show = (field: string, value: unknown) => describeValue(field, value, { t, language: i18n.language, nameOf: master.nameOf, empty: t('ui.innovations.conflict.empty'), max: 4000 });

  return (
    <Dialog title={t('ui.innovations.conflict.title')} onClose={onClose} size="lg">
      <Stack>
        <Text size="sm">{t('ui.innovations.conflict.intro')}</Text>
        {conflict.fields.map((field) => (
          <Paper key={field} withBorder p="sm">
            <Text fw={600} mb={6}>
              {t(`ui.innovations.fields.${field}`)}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <div>
                <Text size="sm" c="dimmed">
                  {t('ui.innovations.conflict.mine')}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                  {show(field, mine[field])}
                </Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('ui.innovations.conflict.stored')}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                  {show(field, stored[field])}
                </Text>
              </div>
            </SimpleGrid>
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onResolve('stored')}>
            {t('ui.innovations.conflict.useStored')}
          </Button>
          <Button onClick={() => onResolve('mine')}>{t('ui.innovations.conflict.keepMine')}</Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
