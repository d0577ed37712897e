import '@mantine/core/styles.css';
import { mountApp } from '@smartcrm/ui';
import { router } from './app/router';
import { currency } from './config';
import { sessionStore } from './features/auth/hooks/session-store';
import { messagesEn } from './i18n/messages-en';
import { messagesZh } from './i18n/messages-zh';

// Started before the first render and only once (StrictMode renders twice in development, and a refresh
// cookie presented twice ends the session).
void sessionStore.restore();
mountApp({ router, currency, catalogues: { en: messagesEn, 'zh-CN': messagesZh } });
