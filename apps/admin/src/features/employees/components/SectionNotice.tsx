import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';

/** The outcome of the last write a section of the employee page made. */
export type SectionNoticeKind = 'saved' | 'conflict';

/** What a section of the employee page is told, and how it reports the outcome of its writes. */
export type SectionFeedback = {
  notice: SectionNoticeKind | null;
  onSaved: () => void;
  /** The write was refused with 412: someone else changed the employee, which is now loaded again. */
  onConflict: () => void;
};

export type SectionNoticeProps = { notice: SectionNoticeKind | null };

/** Said where the change was made, so the user sees it without looking for it. */
export function SectionNotice({ notice }: SectionNoticeProps) {
  const { t } = useI18n();
  if (notice === 'saved') {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        {t('employees.saved')}
      </Alert>
    );
  }
  if (notice === 'conflict') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('employees.conflict.title')}
        role="alert"
      >
        {t('employees.conflict.text')}
      </Alert>
    );
  }
  return null;
}
