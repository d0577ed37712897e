import { Alert, Button, Grid, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ClientCommandModal } from '../../clients/components/ClientCommandModal';
import { useServerFieldErrors } from '../../clients/hooks/useServerFieldErrors';
import type { Segment } from '../api/segment-types';
import { useCreateSegment, useDeleteSegment, useUpdateSegment } from '../api/useSegments';
import {
  emptySegmentRulesForm,
  formFromRules,
  rulesFromForm,
  type SegmentFormValues,
} from '../utils/segment-rules';
import { SegmentPreview } from './SegmentPreview';
import { SegmentRulesFields } from './SegmentRulesFields';

export type SegmentBuilderProps = {
  /** The saved segment being changed; a new one is made when absent. Key the builder by its version. */
  segment: Segment | null;
};

/** Name and rules of a segment, with the live count beside them. */
export function SegmentBuilder({ segment }: SegmentBuilderProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateSegment();
  const update = useUpdateSegment(segment ?? { id: 0, version: 0 });
  const remove = useDeleteSegment(segment ?? { id: 0, version: 0 });
  const save = segment ? update : create;
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const form = useForm<SegmentFormValues>({
    initialValues: {
      name: segment?.name ?? '',
      description: segment?.description ?? '',
      rules: segment ? formFromRules(segment.rules) : emptySegmentRulesForm,
    },
    validate: { name: (value) => (value.trim() ? null : t('segments.nameRequired')) },
    onValuesChange: () => setSaved(false),
  });
  useServerFieldErrors(form, save.error);
  const rules = rulesFromForm(form.values.rules);
  const messages = {
    version_conflict: t('segments.error.versionConflict'),
    validation_failed: t('segments.error.validation'),
  };

  const submit = form.onSubmit((values) => {
    const body = {
      name: values.name.trim(),
      description: values.description.trim() || null,
      rules: rulesFromForm(values.rules),
    };
    if (segment) update.mutate(body, { onSuccess: () => setSaved(true) });
    else
      create.mutate(body, {
        onSuccess: (created) => navigate(`/clients/segments/${created.id}`, { replace: true }),
      });
  });

  return (
    <>
      <form onSubmit={submit} noValidate aria-label={t('segments.builder.title')}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              {saved && (
                <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
                  {t('segments.saved')}
                </Alert>
              )}
              {save.isError && (
                <ProblemAlert error={save.error} title={t('segments.saveFailed')} messages={messages} />
              )}
              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <TextInput
                    label={t('segments.name')}
                    required
                    maxLength={255}
                    {...form.getInputProps('name')}
                  />
                  <Textarea
                    label={t('field.description')}
                    autosize
                    minRows={2}
                    maxLength={2000}
                    {...form.getInputProps('description')}
                  />
                </Stack>
              </Paper>
              <SegmentRulesFields form={form} />
              <Group justify="space-between">
                {segment ? (
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => setDeleting(true)}
                  >
                    {t('segments.delete')}
                  </Button>
                ) : (
                  <span />
                )}
                <Group gap="sm">
                  <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                    {t('action.discard')}
                  </Button>
                  <Button type="submit" loading={save.isPending}>
                    {segment ? t('action.save') : t('segments.create')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <div style={{ position: 'sticky', top: 80 }}>
              <SegmentPreview rules={rules} />
            </div>
          </Grid.Col>
        </Grid>
      </form>
      {/* Outside the form: a dialog's own submit would otherwise bubble to it through the portal. */}
      {segment && (
        <ClientCommandModal
          opened={deleting}
          onClose={() => setDeleting(false)}
          title={t('segments.deleteTitle')}
          text={t('segments.deleteText', { name: segment.name })}
          submitLabel={t('segments.delete')}
          failedTitle={t('segments.deleteFailed')}
          danger
          mutation={remove}
          run={(_, done) =>
            remove.mutate(undefined, {
              onSuccess: () => {
                done();
                navigate('/clients/segments', { replace: true });
              },
            })
          }
        />
      )}
    </>
  );
}
