import { Option } from 'commander';

export type OutputFormat = 'text' | 'json';

export interface OutputFlags {
  output: OutputFormat;
}

/** `-o, --output <text|json>`: every admin verb prints text for people or JSON for scripts. */
export function outputOption(): Option {
  return new Option('-o, --output <format>', 'text, or json for scripts').choices(['text', 'json']).default('text');
}

/** Prints `json` as one JSON document with `-o json`, else the text (nothing for an empty text). */
export function emit(flags: OutputFlags, json: unknown, text: () => string): void {
  const out = flags.output === 'json' ? JSON.stringify(json, null, 2) : text();
  if (out.length > 0) process.stdout.write(`${out}\n`);
}
