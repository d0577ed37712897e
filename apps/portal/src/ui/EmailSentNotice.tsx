import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export type EmailSentNoticeProps = {
  title: string;
  text: string;
  /** In demo mode the server hands back the link it would have mailed; shown so the journey can go on. */
  demoLink: { href: string; text: string; label: string } | null;
  /** What to offer next (back to sign-in, another request). */
  children?: ReactNode;
};

/** "We sent you an email": where a confirmation link went, and in a demo the link itself. */
export function EmailSentNotice({ title, text, demoLink, children }: EmailSentNoticeProps) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} title={title} role="status">
        {text}
      </Alert>
      {demoLink && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('auth.signUp.demoTitle')}
          role="note"
        >
          <Stack gap={6}>
            <Text size="sm">{demoLink.text}</Text>
            <Anchor href={demoLink.href} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {demoLink.label}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {children}
    </Stack>
  );
}
