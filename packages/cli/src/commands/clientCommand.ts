import { BrookClient } from '@brook/client';
import { serviceUrl } from '../config.js';

export interface ClientFlags {
  serviceUrl?: string;
}

/** Runs `body` with a client connected to --service-url, closing it afterwards. */
export async function withClient<T>(flags: ClientFlags, body: (client: BrookClient) => Promise<T>): Promise<T> {
  const client = new BrookClient({ serviceUrl: serviceUrl(flags.serviceUrl) });
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

export const SERVICE_URL_HELP = 'broker to talk to (env BROOK_SERVICE_URL, default brook://127.0.0.1:6650)';
