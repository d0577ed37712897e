export type TokenRefreshFetchOptions = {
  /** The access token the app holds now, or nothing once the session has ended. */
  getToken: () => string | null | undefined;
  /**
   * Gets a new access token, or null when the session cannot be renewed. Concurrent callers must share
   * one refresh (see createSingleFlight) when a refresh token works only once.
   */
  refreshToken: () => Promise<string | null>;
  fetch?: (request: Request) => Promise<Response>;
};

/**
 * A fetch for the API client: when a request sent with a bearer token answers 401, it renews the token and
 * sends the request once more. Requests sent without a token (signing in, for example) are left alone.
 */
export function createTokenRefreshFetch(
  options: TokenRefreshFetchOptions,
): (request: Request) => Promise<Response> {
  const send = options.fetch ?? ((request: Request) => fetch(request));

  async function renewedToken(sentToken: string): Promise<string | null> {
    const current = options.getToken();
    // Signed out while the request was on its way: there is nothing to renew.
    if (!current) return null;
    // Another request renewed the token meanwhile; a second refresh would only rotate it again.
    if (current !== sentToken) return current;
    return options.refreshToken();
  }

  return async (request) => {
    const sentToken = bearerToken(request);
    if (!sentToken) return send(request);
    // Cloned before sending, because sending consumes the body.
    const replay = request.clone();
    const response = await send(request);
    if (response.status !== 401) return response;

    const token = await renewedToken(sentToken);
    if (!token) return response;
    await response.body?.cancel();
    replay.headers.set('Authorization', `Bearer ${token}`);
    return send(replay);
  };
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
