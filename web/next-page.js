// Where the login page may send the browser after signing in (issue #18 item 5).

/**
 * The page to open after signing in: `next` from the query string when it is a path of this site
 * that starts with a single '/' followed by a letter or digit (so never '//host', '/\host', a tab,
 * a scheme such as javascript:, or the login page itself), else the map '/'.
 */
export function safeNextPage(search, origin) {
  const next = new URLSearchParams(search).get('next');
  if (!next || !/^\/[A-Za-z0-9]/.test(next)) return '/';
  let url;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname.startsWith('/login.html')) return '/';
  return url.pathname + url.search + url.hash;
}
