import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { EntryValues } from '../entry-values.js';

type Props = { form: UseFormReturnType<EntryValues>; editable: boolean; maxGroupSize: number | null };

/**
 * The group's name and every member (the entrant included), by name and role only: an entry needs
 * no NIK or phone number. Rows are added and removed; blank rows are left out when saved.
 */
export function MembersField({ form, editable, maxGroupSize }: Props) {
  const { t } = useTranslation();
  const members = form.values.members;
  const full = maxGroupSize !== null && members.length >= maxGroupSize;
  const membersError = form.errors.members;
  return (
    <Stack gap="sm">
      <TextInput label={t('ui.contestEntry.form.groupName')} withAsterisk maxLength={200} disabled={!editable} {...form.getInputProps('groupName')} />
      <Text size="sm" c="dimmed" id="anggota-hint">
        {maxGroupSize ? t('ui.contestEntry.members.hintMax', { max: maxGroupSize }) : t('ui.contestEntry.members.hint')}
      </Text>
      {members.length === 0 && <Text size="sm">{t('ui.contestEntry.members.none')}</Text>}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.map((_, i) => (
          <Group component="li" key={i} align="flex-end" wrap="wrap" gap="xs">
            <TextInput
              label={t('ui.contestEntry.members.name', { n: i + 1 })}
              withAsterisk
              maxLength={200}
              disabled={!editable}
              style={{ flex: 2, minWidth: 180 }}
              {...form.getInputProps(`members.${i}.name`)}
            />
            <TextInput
              label={t('ui.contestEntry.members.role', { n: i + 1 })}
              maxLength={100}
              disabled={!editable}
              style={{ flex: 1, minWidth: 140 }}
              {...form.getInputProps(`members.${i}.role`)}
            />
            {editable && (
              <Button variant="subtle" color="red" onClick={() => form.removeListItem('members', i)} aria-label={t('ui.contestEntry.members.remove', { n: i + 1 })}>
                {t('ui.common.delete')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {membersError && (
        <Text size="sm" c="red" role="alert">
          {membersError}
        </Text>
      )}
      {editable && (
        <Group>
          <Button variant="default" disabled={full} onClick={() => form.insertListItem('members', { name: '', role: '' })} aria-describedby="anggota-hint">
            {t('ui.contestEntry.members.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
