import { Radio, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EntrantKind } from '../../../../../domain/contests/contests.js';
import type { MyEntries } from '../../../../../domain/contracts/contests.js';
import type { Me } from '../../../../../domain/contracts/auth.js';
import { Dialog } from '../../../../components/dialog.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { FormActions } from '../../../../components/form-actions.js';
import { ApiError } from '../../../../lib/api.js';
import { useUnits } from '../../../units/api/use-units.js';
import { useCreateEntry } from '../api/use-entry.js';
import { useUnitInnovations } from '../api/use-unit-innovations.js';

type Contest = MyEntries['open'][number];

/**
 * The kinds of entrant the caller may be in this contest: anyone signed in may enter alone or as a
 * group; an operator may also enter for one of their units, with one of its innovations.
 */
export function entrantChoices(contest: Contest, me: Me): EntrantKind[] {
  const canUnit = me.roles.includes('operator') && me.unitIds.length > 0;
  return contest.entrants.filter((kind) => kind !== 'unit' || canUnit);
}

/** "Ikut": choose how to enter, then a draft is made and its form opens. */
export function JoinDialog({ contest, me, onClose }: { contest: Contest; me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = entrantChoices(contest, me);
  const [kind, setKind] = useState<EntrantKind | null>(choices.length === 1 ? choices[0]! : null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [innovationId, setInnovationId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asUnit = kind === 'unit';
  const units = useUnits({ pageSize: 200 }, asUnit);
  const innovations = useUnitInnovations(asUnit ? unitId : null);
  const create = useCreateEntry();
  const myUnits = (units.data?.items ?? []).filter((u) => me.unitIds.includes(u.id));
  // The server's field problems (an innovation not of that unit …) go beside their fields.
  const serverProblem = (path: 'entrantKind' | 'unitId' | 'innovationId') =>
    create.error instanceof ApiError ? (create.error.fields.find((f) => f.path === path)?.message ?? null) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return setProblem(t('ui.contestEntry.join.chooseKind'));
    if (asUnit && (!unitId || !innovationId)) return setProblem(t('ui.contestEntry.join.chooseInnovation'));
    setProblem(null);
    create.mutate(
      { contestId: contest.id, input: { entrantKind: kind, unitId: asUnit ? unitId : null, innovationId: asUnit ? innovationId : null } },
      { onSuccess: (entry) => void navigate(`/lomba-saya/${entry.id}`) },
    );
  };

  return (
    <Dialog title={t('ui.contestEntry.join.title', { name: contest.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error} formValues={{ entrantKind: kind, unitId, innovationId }} />
          {choices.length === 0 ? (
            <Text>{t('ui.contestEntry.join.notEligible')}</Text>
          ) : (
            <Radio.Group
              label={t('ui.contestEntry.join.kind')}
              description={t('ui.contestEntry.join.kindHint')}
              value={kind}
              onChange={(v) => {
                setKind(v as EntrantKind);
                setProblem(null);
              }}
              withAsterisk
              error={(!kind ? problem : null) ?? serverProblem('entrantKind')}
            >
              <Stack gap="xs" mt="xs">
                {choices.map((k) => (
                  <Radio key={k} value={k} label={t(`contestTerms.entrantKind.${k}`)} description={t(`ui.contestEntry.join.kindHints.${k}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {asUnit && (
            <>
              <Select
                label={t('ui.contestEntry.join.unit')}
                data={myUnits.map((u) => ({ value: u.id, label: u.name }))}
                value={unitId}
                onChange={(v) => {
                  setUnitId(v);
                  setInnovationId(null);
                }}
                withAsterisk
                searchable
                nothingFoundMessage={t('ui.common.nothingFound')}
                error={(!unitId ? problem : null) ?? serverProblem('unitId')}
              />
              <Select
                label={t('ui.contestEntry.join.innovation')}
                description={t('ui.contestEntry.join.innovationHint')}
                data={(innovations.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
                value={innovationId}
                onChange={setInnovationId}
                disabled={!unitId}
                withAsterisk
                searchable
                nothingFoundMessage={t('ui.common.nothingFound')}
                error={(unitId && !innovationId ? problem : null) ?? serverProblem('innovationId')}
              />
            </>
          )}
          {choices.length > 0 && <FormActions onCancel={onClose} loading={create.isPending} submitLabel={t('ui.contestEntry.open.join')} />}
        </Stack>
      </form>
    </Dialog>
  );
}
