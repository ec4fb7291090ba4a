/** Prints a results file (default results/latest.json) as the Markdown table of docs/performance.md. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BenchResults, formatMarkdown } from './report';

const path = process.argv[2] ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));
const results = JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
console.log(formatMarkdown(results));
