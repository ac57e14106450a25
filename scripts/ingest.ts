/**
 * npm run ingest -- <page.txt> [--out <dir>] [--dry-run] [--strict] [--replace] [--title <title>] [--date YYYY-MM-DD]
 * Turns a raw newspaper page into MDX articles and an edition record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readPublished, withContentLock, writeAll } from '../src/lib/ingest/files.ts';
import { IngestError, ingestPage } from '../src/lib/ingest/index.ts';
import { formatReport } from '../src/lib/ingest/report.ts';

const USAGE = 'usage: npm run ingest -- <page.txt> [--out <dir>] [--dry-run] [--strict] [--replace] [--title <title>] [--date YYYY-MM-DD]';
const DEFAULT_CONTENT = fileURLToPath(new URL('../content/', import.meta.url));

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        strict: { type: 'boolean' },
        replace: { type: 'boolean' },
        title: { type: 'string' },
        date: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) return fail(USAGE);
  const contentDir = args.values.out ?? DEFAULT_CONTENT;

  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new IngestError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a page file' : `cannot read the file (${code ?? 'unknown error'})`);
    }
    const { title, date, strict = false, replace = false } = args.values;
    // Locked from reading what is published to the last file written, so no other ingest picks the same sequence or slugs.
    withContentLock(contentDir, () => {
      const readContent = (path: string) => readFileSync(join(contentDir, path), 'utf8');
      const result = ingestPage({ file, bytes, published: readPublished(contentDir), strict, replace, readContent, ...(title ? { title } : {}), ...(date ? { date } : {}) });
      if (args.values['dry-run']) {
        console.log(formatReport(result.report, `dry run: nothing written (${result.files.length} files would go to ${contentDir})`));
      } else {
        writeAll(contentDir, result.files);
        console.log(formatReport(result.report, `wrote ${result.files.length} files to ${contentDir}`));
      }
    }, (note) => console.error(`ingest: note: ${note}`));
    return 0;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function fail(message: string): number {
  console.error(`ingest: ${message}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
