import { Center, Image, Tooltip } from '@mantine/core';
import { IconPhoto, IconPhotoOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';

export type ImagePreviewProps = { url: string; alt: string; size?: number };

const previewable = (url: string) => /^https?:\/\/\S+$/i.test(url.trim());

/**
 * A thumbnail of an image URL. A picture that cannot be loaded (a wrong address, or one the page's
 * content security policy does not allow) shows a placeholder that says so.
 */
export function ImagePreview({ url, alt, size = 56 }: ImagePreviewProps) {
  const { t } = useI18n();
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const box = {
    width: size,
    height: size,
    flex: `0 0 ${size}px`,
    borderRadius: 'var(--mantine-radius-sm)',
    border: '1px solid var(--mantine-color-gray-3)',
    background: 'var(--mantine-color-gray-0)',
  };
  if (!previewable(url)) {
    return (
      <Center style={box} aria-hidden>
        <IconPhoto size={20} color="var(--mantine-color-gray-5)" />
      </Center>
    );
  }
  if (failedUrl === url) {
    return (
      <Tooltip label={t('products.imageUnavailable')}>
        <Center style={box} role="img" aria-label={t('products.imageUnavailable')}>
          <IconPhotoOff size={20} color="var(--mantine-color-gray-6)" />
        </Center>
      </Tooltip>
    );
  }
  return (
    <Image
      src={url.trim()}
      alt={alt}
      fit="cover"
      style={box}
      onError={() => setFailedUrl(url)}
      referrerPolicy="no-referrer"
      data-testid="image-preview"
    />
  );
}
