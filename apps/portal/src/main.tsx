import '@mantine/core/styles.css';
import { mountApp } from '@smartcrm/ui';
import { router } from './app/router';
import { currency } from './config';
import { messagesEn } from './i18n/messages-en';
import { messagesZh } from './i18n/messages-zh';

mountApp({ router, currency, catalogues: { en: messagesEn, 'zh-CN': messagesZh } });
