import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems ticket writes run into, by problem code. */
export function useTicketProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('tickets.error.versionConflict'),
    illegal_transition: t('tickets.error.illegalTransition'),
    ticket_closed: t('tickets.error.ticketClosed'),
    ticket_not_found: t('tickets.error.notFound'),
    forbidden: t('tickets.error.forbidden'),
    attachment_too_large: t('tickets.error.tooLarge'),
    unsupported_attachment_type: t('tickets.error.unsupportedType'),
    different_clients: t('tickets.error.differentClient'),
  };
}
