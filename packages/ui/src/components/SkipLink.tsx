import { useI18n } from '../i18n/useI18n';
import classes from './SkipLink.module.css';

export type SkipLinkProps = { targetId: string };

/** Hidden until focused: lets keyboard users jump past the header to the element with `targetId`. */
export function SkipLink({ targetId }: SkipLinkProps) {
  const { t } = useI18n();
  return (
    <a href={`#${targetId}`} className={classes.skipLink}>
      {t('app.skipToContent')}
    </a>
  );
}
