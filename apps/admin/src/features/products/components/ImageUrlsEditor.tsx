import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ImagePreview } from './ImagePreview';

export type ImageUrlsEditorProps = {
  value: string[];
  onChange: (images: string[]) => void;
  /** Errors of single rows, by index. */
  rowErrors: Record<number, string | undefined>;
  /** An error about the images as a whole, e.g. from the server. */
  error?: string;
  disabled?: boolean;
};

/** The product's image URLs, one per row, each previewed once it looks like a web address. */
export function ImageUrlsEditor({ value, onChange, rowErrors, error, disabled }: ImageUrlsEditorProps) {
  const { t } = useI18n();
  const setRow = (index: number, url: string) =>
    onChange(value.map((item, at) => (at === index ? url : item)));
  return (
    <Input.Wrapper label={t('products.images')} description={t('products.imagesHint')} error={error}>
      <Stack gap="xs" mt={6}>
        {value.map((url, index) => (
          // Rows have no identity but their position; editing never reorders them.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <ImagePreview url={url} alt={t('products.imagePreview', { number: index + 1 })} />
            <TextInput
              aria-label={t('products.imageUrl', { number: index + 1 })}
              placeholder="https://"
              type="url"
              value={url}
              onChange={(event) => setRow(index, event.currentTarget.value)}
              error={rowErrors[index]}
              disabled={disabled}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('products.removeImage', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              disabled={disabled}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={
              value.length ? <IconPlus size={14} aria-hidden /> : <IconPhoto size={14} aria-hidden />
            }
            onClick={() => onChange([...value, ''])}
            disabled={disabled || value.length >= 20}
          >
            {t('products.addImage')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
