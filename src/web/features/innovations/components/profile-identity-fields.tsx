import { MultiSelect, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { affairGroups } from '../../../../domain/iid/affairs.js';
import { requiredProfileFields } from '../../../../domain/innovations/scoring.js';
import type { MasterList } from '../../../../domain/master-data.js';
import type { Choice, useMasterData } from '../api/use-master-data.js';
import type { FieldGroupProps, ProfileKey } from '../profile-values.js';

type Props = FieldGroupProps & { master: ReturnType<typeof useMasterData>; units: Choice[] };

const required = (key: ProfileKey) => (requiredProfileFields as readonly string[]).includes(key);

/** Name, unit, who started it, and how it is classified (codes from the master lists, shown by name). */
export function ProfileIdentityFields({ values, setField, errors, readOnly, master, units }: Props) {
  const { t } = useTranslation();
  const common = (key: ProfileKey) => ({
    label: t(`ui.innovations.fields.${key}`),
    withAsterisk: required(key),
    error: errors[key],
    readOnly,
  });
  const select = (key: 'initiator' | 'kind' | 'form' | 'theme' | 'classification', list: MasterList) => (
    <Select
      {...common(key)}
      data={master.choices(list, [values[key]])}
      value={values[key]}
      onChange={(v) => setField(key, v)}
      clearable={!readOnly}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
  // Affairs grouped as in UU 23/2014, so the six basic-service affairs are easy to find.
  const affairs = affairGroups
    .map((group) => ({
      group: t(`ui.innovations.affairGroups.${group}`),
      items: master
        .items('affair')
        .filter((i) => i.group === group && (i.active || i.code === values.mainAffair || values.otherAffairs.includes(i.code)))
        .map((i) => ({ value: i.code, label: i.name })),
    }))
    .filter((g) => g.items.length > 0);
  const searchable = { searchable: true, nothingFoundMessage: t('ui.common.nothingFound') };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('ui.innovations.profile.identity')}
      </Title>
      <TextInput {...common('name')} value={values.name} onChange={(e) => setField('name', e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select {...common('unitId')} data={units} value={values.unitId} onChange={(v) => v && setField('unitId', v)} allowDeselect={false} {...searchable} />
        {select('initiator', 'initiator')}
        <TextInput {...common('initiatorName')} value={values.initiatorName} onChange={(e) => setField('initiatorName', e.currentTarget.value)} />
        {select('kind', 'kind')}
        {select('form', 'form')}
        <Select
          {...common('mainAffair')}
          data={affairs}
          value={values.mainAffair}
          onChange={(v) => setField('mainAffair', v)}
          clearable={!readOnly}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          {...searchable}
        />
        {select('theme', 'theme')}
        {select('classification', 'classification')}
      </SimpleGrid>
      <MultiSelect
        {...common('otherAffairs')}
        data={affairs.map((g) => ({ ...g, items: g.items.filter((i) => i.value !== values.mainAffair) }))}
        value={values.otherAffairs}
        onChange={(v) => setField('otherAffairs', v)}
        maxValues={10}
        {...searchable}
      />
      <MultiSelect
        {...common('priorities')}
        data={master.choices('priority', values.priorities)}
        value={values.priorities}
        onChange={(v) => setField('priorities', v)}
        maxValues={20}
        {...searchable}
      />
    </Stack>
  );
}
