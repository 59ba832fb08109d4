import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../schema/parse-submission.js';
import { catalog as en } from './catalogs/en.generated.js';
import { catalog as es } from './catalogs/es.generated.js';
import { localizeIssue, localizeIssues } from './localize-issue.js';
import { createTranslator } from './translator.js';

const t = createTranslator(es, { fallbacks: [en] });

describe('localizeIssue', () => {
  it('formats the generic message of a code with its params', () => {
    expect(
      localizeIssue({ path: ['description'], code: 'too_long', params: { maximum: 5000 } }, t),
    ).toBe('Use como máximo 5000 caracteres.');
  });

  it('prefers a message for the field when the catalog has one', () => {
    expect(
      localizeIssue({ path: ['urls'], code: 'too_few_items', params: { minimum: 1 } }, t),
    ).toBe('Escriba la dirección web donde vio el material.');
    expect(
      localizeIssue({ path: ['contentTypes'], code: 'too_few_items', params: { minimum: 1 } }, t),
    ).toBe('Añada al menos 1 elemento.');
  });

  it('fills in a limit the issue does not carry', () => {
    expect(localizeIssue({ path: ['urls', 0], code: 'url_too_long' }, createTranslator(en))).toBe(
      'This web address is too long: at most 2,048 characters are allowed.',
    );
  });

  it('localizes every issue of a refused submission, keeping path and code', () => {
    const result = parseSubmission({
      schemaVersion: 1,
      portal: 'bz',
      locale: 'es',
      urls: ['data:image/png;base64,AAAA'],
      goodFaith: false,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(localizeIssues(result.issues, t)).toEqual(
      expect.arrayContaining([
        {
          path: ['urls', 0],
          code: 'url_scheme_data',
          message: expect.stringMatching(/^Una dirección que empieza por data:/),
        },
        {
          path: ['goodFaith'],
          code: 'good_faith_required',
          message: 'Confirme la declaración para enviar su denuncia.',
        },
      ]),
    );
  });
});
