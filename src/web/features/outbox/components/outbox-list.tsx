import { Accordion, Badge, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MailMessage } from '../../../../domain/contracts/audit.js';
import { useFormat } from '../../../lib/format.js';

type Mail = z.infer<typeof MailMessage>;

const statusColor = { outbox: 'gray', sent: 'blue', failed: 'red' } as const;

/** One e-mail a row; opening it shows the text (invitation and reset links included). */
export function OutboxList({ messages }: { messages: Mail[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (messages.length === 0) return <Text>{t('ui.outbox.empty')}</Text>;
  return (
    <Accordion variant="separated" order={2}>
      {messages.map((mail) => (
        <Accordion.Item key={mail.id} value={mail.id}>
          <Accordion.Control>
            <Text span display="block" fw={600} style={{ wordBreak: 'break-word' }}>
              {mail.subject}
            </Text>
            <Text span display="block" size="sm" style={{ wordBreak: 'break-all' }}>
              <Badge component="span" variant="light" color={statusColor[mail.status]} mr="xs">
                {t(`ui.outbox.status.${mail.status}`)}
              </Badge>
              {t('ui.outbox.to', { to: mail.to })} · {format.instant(mail.createdAt)}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {mail.text}
            </Code>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
