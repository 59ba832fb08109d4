import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSubmission, reportSubmissionSchema } from '@reportal/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Bench } from 'tinybench';

/** The same payloads for both validators: valid submissions of several shapes, and invalid ones. */
export function validationPayloads(): unknown[] {
  const base = { schemaVersion: 1, portal: 'bz', locale: 'es', goodFaith: true };
  return [
    { ...base, urls: ['https://www.example.com/gallery/7'] },
    {
      ...base,
      urls: Array.from(
        { length: 5 },
        (_, index) => `https://forum.example.org/thread/${index}?page=2`,
      ),
      contentTypes: ['image', 'video'],
      whereFound: 'forum',
      description: 'Seen in a thread about a game; the images are of young children.',
      contact: { consent: true, email: 'reporter@example.com', wantsFeedback: true },
    },
    { ...base, urls: ['https://www.example.com/a'], unknown: 1 },
    { ...base, urls: [], goodFaith: false },
    { ...base, urls: ['javascript:alert(1)'], whereFound: 'tv' },
  ];
}

/**
 * Operations per second of parseSubmission, of the zod schema it is held to, and of Ajv compiled
 * from the exported JSON Schema.
 */
export async function measureValidation(): Promise<
  { name: string; operationsPerSecond: number }[]
> {
  const schema = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../docs/report-submission.schema.json', import.meta.url)),
      'utf8',
    ),
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const payloads = validationPayloads();
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  let sink = 0;
  bench
    .add('parseSubmission (with URL checks)', () => {
      for (const payload of payloads) sink += parseSubmission(payload).ok ? 1 : 0;
    })
    .add('zod: reportSubmissionSchema.safeParse (the rules parseSubmission is held to)', () => {
      for (const payload of payloads)
        sink += reportSubmissionSchema.safeParse(payload).success ? 1 : 0;
    })
    .add('Ajv 2020, compiled from the JSON Schema', () => {
      for (const payload of payloads) sink += validate(payload) ? 1 : 0;
    });
  await bench.run();
  if (sink < 0) console.log(sink);
  return bench.tasks.map((task) => ({
    name: task.name,
    // Each iteration validates every payload once.
    operationsPerSecond:
      Math.round(
        (task.result as { throughput?: { mean: number } } | undefined)?.throughput?.mean ?? 0,
      ) * payloads.length,
  }));
}
