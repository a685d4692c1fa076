import { Badge, Button, Select, SimpleGrid, Switch, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { basisCodes, indicatorsOf, type BasisCode, type Catalogue, type Indicator } from '../../../../domain/iid/catalogue.js';
import type { Answer, IidResult, IneligibilityReason, Innovation, RegionReport } from '../../../../domain/iid/engine.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useNumbers } from '../use-numbers.js';
import { affairName } from './iid-summary.js';

type Props = {
  catalogue: Catalogue;
  report: RegionReport;
  claimed: IidResult;
  verified: IidResult;
  onInclude: (innovationId: string, included: boolean) => void;
  onAnswer: (innovationId: string, code: string, answer: Answer | null) => void;
};

/** `"2"`, `"b:2"` (a basis and its option) or `"0"` for unanswered: one Select value per answer. */
const valueOf = (answer: Answer | undefined): string => (!answer || answer.option === 0 ? '0' : answer.basis ? `${answer.basis}:${answer.option}` : String(answer.option));

function answerOf(value: string | null): Answer | null {
  if (!value || value === '0') return null;
  const [first, second] = value.split(':');
  const option = Number(second ?? first) as Answer['option'];
  return { option, ...(second ? { basis: first as BasisCode } : {}), evidenced: true, accepted: true };
}

function AnswerSelect({ indicator, answer, onChange }: { indicator: Indicator; answer: Answer | undefined; onChange: (answer: Answer | null) => void }) {
  const { t } = useTranslation();
  const { bases } = indicator;
  const options = bases
    ? basisCodes.flatMap((b) => bases[b].options.map((o, i) => ({ value: `${b}:${i + 1}`, label: `${b}. ${bases[b].name}: ${i + 1} — ${o.label}` })))
    : indicator.options.map((o, i) => ({ value: String(i + 1), label: `${i + 1} — ${o.label}` }));
  return (
    <Select
      label={`${indicator.code}. ${indicator.name}${indicator.mandatory ? ' *' : ''}`}
      description={answer && answer.option > 0 && !answer.accepted ? t('ui.simulator.notAccepted') : undefined}
      data={[{ value: '0', label: t('ui.simulator.unanswered') }, ...options]}
      value={valueOf(answer)}
      onChange={(value) => onChange(answerOf(value))}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function InnovationsTable({ catalogue, report, claimed, verified, onInclude, onAnswer }: Props) {
  const { t } = useTranslation();
  const n = useNumbers();
  const [open, setOpen] = useState<string | null>(null);
  const indicators = indicatorsOf(catalogue, 'innovation');
  const reasonText = (r: IneligibilityReason) =>
    r.code === 'mandatoryMissing' ? t('ui.simulator.reasons.mandatoryMissing', { indicators: r.indicators.join(', ') }) : t(`ui.simulator.reasons.${r.code}`);
  const columns = 8;

  return (
    <TableScroll label={t('ui.simulator.tableLabel')}>
      <Table striped miw={960} aria-label={t('ui.simulator.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.simulator.innovation')}</Table.Th>
            <Table.Th>{t('ui.simulator.affair')}</Table.Th>
            <Table.Th>{t('ui.simulator.stage')}</Table.Th>
            <Table.Th>{t('ui.simulator.maturity')}</Table.Th>
            <Table.Th>{t('ui.simulator.eligible')}</Table.Th>
            <Table.Th>{t('ui.simulator.reasonsColumn')}</Table.Th>
            <Table.Th>{t('ui.simulator.include')}</Table.Th>
            <Table.Th>{t('ui.simulator.answers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.innovations.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {report.innovations.map((innovation: Innovation, index) => {
            const mine = claimed.innovations[index]!;
            const checked = verified.innovations[index]!;
            const expanded = open === innovation.id;
            const panelId = `answers-${index}`;
            return (
              <Fragment key={innovation.id}>
                <Table.Tr data-innovation={innovation.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {innovation.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>{affairName(innovation.mainAffair)}</Table.Td>
                  <Table.Td>{t(`ui.simulator.stages.${innovation.stage}`)}</Table.Td>
                  <Table.Td>
                    {n.score(mine.maturity)}
                    {checked.maturity !== mine.maturity && (
                      <Text size="xs" c="dimmed">
                        {t('ui.simulator.verifiedShort', { value: n.score(checked.maturity) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={mine.eligible ? 'blue' : 'gray'}>
                      {mine.eligible ? t('ui.simulator.yes') : t('ui.simulator.no')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {mine.reasons.length === 0
                      ? '—'
                      : mine.reasons.map((r) => (
                          <Text key={r.code} size="sm">
                            {reasonText(r)}
                          </Text>
                        ))}
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      checked={mine.counted}
                      disabled={!mine.eligible}
                      onChange={(event) => onInclude(innovation.id, event.currentTarget.checked)}
                      aria-label={t('ui.simulator.includeLabel', { id: innovation.id })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={expanded ? panelId : undefined}
                      aria-label={`${expanded ? t('ui.simulator.hideAnswers') : t('ui.simulator.editAnswers')}: ${innovation.id}`}
                      onClick={() => setOpen(expanded ? null : innovation.id)}
                    >
                      {expanded ? t('ui.simulator.hideAnswers') : t('ui.simulator.editAnswers')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <div id={panelId} role="group" aria-label={t('ui.simulator.answersOf', { id: innovation.id })}>
                        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                          {indicators.map((indicator) => (
                            <AnswerSelect
                              key={indicator.code}
                              indicator={indicator}
                              answer={innovation.answers[indicator.code]}
                              onChange={(answer) => onAnswer(innovation.id, indicator.code, answer)}
                            />
                          ))}
                        </SimpleGrid>
                      </div>
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
