import { inject } from 'vitest';

/** Calls the suite's API directly, to compare what the UI shows with what the server says. */
export async function getJson<T>(path: string, token?: string): Promise<T> {
  const response = await fetch(`${inject('suite').apiUrl}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(`${inject('suite').apiUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
