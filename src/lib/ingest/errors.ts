/**
 * An ingest failure the web desk can act on: it names the file, and the line
 * where one applies. The CLI prints `message` as one line, never a stack.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, problem: string, line?: number) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}
