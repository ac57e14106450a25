// Mutation testing: `npm run mutate` (see README, "Mutation testing").
// Mutates the ingest and search libraries and runs only the unit tests against
// each mutant (vitest.unit.config.ts); the build and browser projects never run.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: ['src/lib/ingest/**/*.ts', 'src/lib/search/**/*.ts'],
  // Only what the unit tests read is copied to the sandbox (node_modules is linked, never copied).
  // content/ stays: the CLI test ingests the first printed page, and the archive fixture draws
  // its text from the real articles' characters.
  ignorePatterns: [
    '/dist',
    '/.astro',
    '/coverage',
    '/tmp',
    '/public',
    '/.github',
    '/.ci',
    '/tests/build',
    '/tests/browser',
  ],
  // Two cores, shared: pass `-- --concurrency 1` while others are working.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Reported, never enforced: `break: null` keeps the exit code 0 whatever the score.
  thresholds: { high: 80, low: 60, break: null },
  // Works around stryker-js#6130 (see `invalid-regex` below).
  ignorers: ['invalid-regex'],
  reporters: ['progress', 'clear-text', 'html', 'survivors'],
  clearTextReporter: { allowEmojis: false, reportTests: false, reportScoreTable: true, reportMutants: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  appendPlugins: ['./stryker.config.mjs'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

/**
 * The `survivors` reporter: a short summary after clear-text's report, one line
 * per surviving (or uncovered) mutant, `file:line  mutator  original → replacement`,
 * then the overall score.
 */
class SurvivorsReporter {
  static inject = [];

  onMutationTestReportReady(report, metrics) {
    const lines = [];
    for (const [fileName, file] of Object.entries(report.files)) {
      const source = file.source.split('\n');
      for (const mutant of file.mutants) {
        if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
        const { start, end } = mutant.location;
        const original = source
          .slice(start.line - 1, end.line)
          .map((text, i, all) => text.slice(i === 0 ? start.column - 1 : 0, i === all.length - 1 ? end.column - 1 : undefined))
          .join('\n');
        const status = mutant.status === 'NoCoverage' ? ' (no coverage)' : '';
        lines.push({
          fileName,
          line: start.line,
          text: `${fileName}:${start.line}  ${mutant.mutatorName}${status}  ${short(original)} → ${short(mutant.replacement ?? '')}`,
        });
      }
    }
    lines.sort((a, b) => a.fileName.localeCompare(b.fileName) || a.line - b.line);
    const m = metrics.systemUnderTestMetrics.metrics;
    const out = [
      '',
      `Surviving mutants: ${m.survived} survived, ${m.noCoverage} without coverage`,
      ...lines.map((l) => `  ${l.text}`),
      '',
      'Mutation score per file (killed / killed + survived + no coverage; timeouts count as killed):',
      ...Object.entries(report.files)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([fileName, file]) => {
          const count = (...statuses) => file.mutants.filter((mutant) => statuses.includes(mutant.status)).length;
          const killed = count('Killed', 'Timeout');
          const survived = count('Survived');
          const noCoverage = count('NoCoverage');
          return `  ${score((100 * killed) / (killed + survived + noCoverage))}  ${fileName}  (${killed} killed, ${survived} survived, ${noCoverage} no coverage)`;
        }),
      `Mutation score: ${score(m.mutationScore)} overall (${m.killed + m.timeout} killed of ${m.totalValid} valid mutants); ` +
        `of covered code: ${score(m.mutationScoreBasedOnCoveredCode)}. HTML report: reports/mutation/index.html`,
      '',
    ];
    process.stdout.write(out.join('\n'));
  }
}

function short(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat || '(empty)';
}

function score(value) {
  return Number.isNaN(value) ? '  n/a ' : `${value.toFixed(2).padStart(6)}%`;
}

/**
 * The `invalid-regex` ignorer: Stryker's Regex mutator (weapon-regex) can turn a
 * valid `u`/`v` regex into one that is a syntax error (`/[\v]/u` → `/[\V]/u`,
 * stryker-js#6130), and one such literal makes the whole instrumented module fail
 * to parse, so the initial test run fails. A regex literal for which weapon-regex
 * yields any invalid pattern is left unmutated (shown as Ignored, with this reason).
 */
const weaponRegex = await import(pathToFileURL(resolveFrom('@stryker-mutator/instrumenter', 'weapon-regex/main.js')).href);

/** `file` of package `dependency` as the package `from` (whose own dependency it is) would find it. */
function resolveFrom(from, file) {
  for (let dir = dirname(createRequire(import.meta.url).resolve(from)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', file);
    if (existsSync(candidate)) return candidate;
    if (dir === dirname(dir)) throw new Error(`stryker.config.mjs: cannot find ${file} from ${from}`);
  }
}

class InvalidRegexIgnorer {
  static inject = [];

  shouldIgnore(path) {
    if (!path.isRegExpLiteral()) return undefined;
    const { pattern, flags } = path.node;
    let mutants;
    try {
      mutants = weaponRegex.mutate(pattern, flags, { mutationLevels: [1] });
    } catch {
      return undefined;
    }
    for (const mutant of mutants) {
      try {
        new RegExp(mutant.pattern, flags);
      } catch {
        return `Regex mutator would write an invalid regex (/${mutant.pattern}/${flags}), stryker-js#6130`;
      }
    }
    return undefined;
  }
}

export const strykerPlugins = [
  { kind: 'Reporter', name: 'survivors', injectableClass: SurvivorsReporter },
  { kind: 'Ignore', name: 'invalid-regex', injectableClass: InvalidRegexIgnorer },
];
