import { BrookError, ErrorCode } from '@brook/protocol';

export const DEFAULT_BROKER_PORT = 6650;

/** `brook://host:port` (port defaults to 6650) → the gRPC target `host:port`. IPv6 hosts use brackets. */
export function parseBrokerUrl(url: string, field = 'serviceUrl'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BrookError(
      ErrorCode.InvalidConfig,
      `${field}: ${JSON.stringify(url)} is not a URL like brook://host:6650`,
    );
  }
  if (parsed.protocol !== 'brook:' || parsed.hostname === '' || (parsed.pathname !== '' && parsed.pathname !== '/')) {
    throw new BrookError(
      ErrorCode.InvalidConfig,
      `${field}: ${JSON.stringify(url)} is not a URL like brook://host:6650`,
    );
  }
  return `${parsed.hostname}:${parsed.port || DEFAULT_BROKER_PORT}`;
}

/**
 * A service URL names one broker or several: `brook://h1:6650,h2:6650`. Lookups try them in
 * order, so a client still finds the cluster while the first broker is down.
 */
export function parseServiceUrl(url: string): string[] {
  const match = /^brook:\/\/([^/]+)\/?$/.exec(url);
  const hosts = match?.[1]?.split(',') ?? [url];
  return hosts.map((host) => parseBrokerUrl(match ? `brook://${host}` : host, 'serviceUrl'));
}
