import type { Config } from '../../platform/config';

export function createChatService(deps: { llm: Config['llm'] }) {
  const { llm } = deps;
  return {
    /** Which engine answers: a configured language model, or the built-in offline one. Never the key. */
    engineStatus: () =>
      llm.provider
        ? { engine: 'llm' as const, provider: llm.provider, model: llm.model ?? null }
        : { engine: 'offline' as const, provider: null, model: null },
  };
}
