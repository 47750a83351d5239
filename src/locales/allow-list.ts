/**
 * Words that read the same in most languages of a UI, so a string made only of them (and of names, acronyms and
 * brand names) may stay as in the base. Projects add their own through the `allow` option.
 */
export const DEFAULT_ALLOW: readonly string[] = [
  'ok', 'okay', 'email', 'e-mail', 'internet', 'online', 'offline', 'blog', 'logo', 'status', 'name', 'version', 'app', 'apps',
  'admin', 'login', 'logout', 'cookie', 'cookies', 'chat', 'hotel', 'menu', 'video', 'audio', 'radio', 'info', 'design',
  'team', 'feedback', 'newsletter', 'dashboard', 'web', 'website', 'pixel', 'zoom', 'export', 'import', 'filter', 'format',
  'start', 'stop', 'tab', 'tag', 'tags', 'hashtag', 'emoji', 'podcast', 'playlist', 'spam', 'bug', 'cache', 'server',
  'client', 'token', 'plugin', 'widget', 'link', 'links', 'stream', 'streaming', 'premium', 'pro', 'beta', 'alpha', 'demo',
  'wiki', 'markdown', 'bluetooth', 'wi-fi', 'wifi', 'copyright', 'sponsor', 'sponsors', 'manager', 'support', 'code',
  'instagram', 'facebook', 'twitter', 'youtube', 'telegram', 'discord', 'slack', 'google', 'android', 'windows', 'linux',
  // Keyboard keys, labelled in English on most keyboards (excalidraw's ja and ko keep "Shift", "Alt", "Enter").
  'alt', 'shift', 'ctrl', 'cmd', 'esc', 'option', 'enter', 'backspace', 'spacebar', 'space',
];

/** Lower-cased, de-duplicated: the defaults plus the project's. */
export function allowList(extra: Iterable<string> = []): Set<string> {
  return new Set([...DEFAULT_ALLOW, ...extra].map((w) => w.toLowerCase()));
}
