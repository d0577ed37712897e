import pino, { type LoggerOptions } from 'pino';

export function loggerOptions(options: { level: string; service: string }): LoggerOptions {
  return {
    level: options.level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash'], censor: '[redacted]' },
  };
}

export function createLogger(options: { level: string; service: string }) {
  return pino(loggerOptions(options));
}
