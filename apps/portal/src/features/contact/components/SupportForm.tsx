import { Paper, Stack, Text, Title } from '@mantine/core';
import { LoadingState } from '@smartcrm/ui';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';
import { readSupportPrefill } from '../../support/utils/support-prefill';
import { CustomerSupportForm } from './CustomerSupportForm';
import { GuestRequestConfirmation } from './GuestRequestConfirmation';
import { GuestSupportForm } from './GuestSupportForm';

const titleId = 'support-form-title';

/**
 * The Contact page's support request. A signed-in customer opens a ticket at once and goes to it; a visitor
 * without an account confirms their email first, and the link in that email opens the ticket.
 */
export function SupportForm() {
  const { t } = useI18n();
  const { status } = useSession();
  const [search] = useSearchParams();
  const prefill = useMemo(() => readSupportPrefill(search), [search]);
  const [guestSent, setGuestSent] = useState<{ email: string; verificationLink: string | null } | null>(null);

  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }} shadow="xs" id="support-form">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={titleId}>
            {t('contact.formTitle')}
          </Title>
          {status === 'signed-in' && (
            <Text size="sm" c="dimmed">
              {t('support.form.signedInLead')}
            </Text>
          )}
        </Stack>
        {status === 'restoring' ? (
          <LoadingState />
        ) : status === 'signed-in' ? (
          <CustomerSupportForm labelledBy={titleId} prefill={prefill} />
        ) : guestSent ? (
          <GuestRequestConfirmation
            email={guestSent.email}
            verificationLink={guestSent.verificationLink}
            onAnother={() => setGuestSent(null)}
          />
        ) : (
          <GuestSupportForm labelledBy={titleId} prefill={prefill} onSent={setGuestSent} />
        )}
      </Stack>
    </Paper>
  );
}
