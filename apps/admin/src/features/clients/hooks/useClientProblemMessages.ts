import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems client management can run into, by problem code. */
export function useClientProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    validation_failed: t('clients.error.validation'),
    version_conflict: t('clients.error.versionConflict'),
    not_owner: t('clients.error.notOwner'),
    owner_not_allowed: t('clients.error.ownerNotAllowed'),
    invalid_owner: t('clients.error.invalidOwner'),
    invalid_assignee: t('clients.error.invalidAssignee'),
    invalid_custom_fields: t('clients.error.invalidCustomFields'),
    reason_required: t('clients.error.reasonRequired'),
    stage_unchanged: t('clients.error.stageUnchanged'),
    client_archived: t('clients.error.archived'),
    client_not_archived: t('clients.error.notArchived'),
    client_merged: t('clients.error.merged'),
    client_has_history: t('clients.error.hasHistory'),
    client_not_found: t('clients.error.notFound'),
    cannot_merge_self: t('clients.error.cannotMergeSelf'),
    primary_contact_conflict: t('clients.error.primaryConflict'),
    contact_not_found: t('clients.error.contactNotFound'),
    ticket_not_found: t('clients.error.ticketNotFound'),
    task_not_open: t('tasks.error.notOpen'),
    forbidden: t('clients.error.forbidden'),
    invalid_csv: t('import.error.invalidCsv'),
    empty_csv: t('import.error.emptyCsv'),
    invalid_mapping: t('import.error.invalidMapping'),
    too_many_rows: t('import.error.tooManyRows'),
    body_too_large: t('import.error.tooLarge'),
    custom_field_key_taken: t('customFields.error.keyTaken'),
    options_required: t('customFields.error.optionsRequired'),
    options_not_allowed: t('customFields.error.optionsNotAllowed'),
  };
}
