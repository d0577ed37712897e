import '@mantine/core/styles.css';
import { mountApp } from '@smartcrm/ui';
import { router } from './app/router';
import { currency } from './config';
import { sessionStore } from './features/auth/hooks/session-store';
import { messagesEn } from './i18n/messages-en';
import { messagesZh } from './i18n/messages-zh';

// Tried once on every load, before the first render (StrictMode renders twice in development, and a
// refresh cookie presented twice ends the session). For a visitor who never signed in it is one cheap 401.
void sessionStore.restore();
mountApp({ router, currency, catalogues: { en: messagesEn, 'zh-CN': messagesZh } });
