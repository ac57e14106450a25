/** Every built page is valid HTML under html-validate's recommended rules (see .htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, readPage } from '../support/dist.ts';

// Reads the project's .htmlvalidate.json: the recommended rules, with any rule turned off explained there.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(builtPages())('%s', async (path) => {
    const report = await validator.validateString(readPage(path), fileForPath(path));
    const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
