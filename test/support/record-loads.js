// `node --import <this file>` with RECORD_LOADS=<file>: appends the URL of every module Node loads after it to that
// file, one a line, so a test can see what a command really loaded. Plain JavaScript, to run without tsx (dist/).
// The same file is the hooks module: the main thread registers it, the hooks thread runs `load`.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url, { data: process.env.RECORD_LOADS });

let target;

export function initialize(file) {
  target = file;
}

export async function load(url, context, nextLoad) {
  appendFileSync(target, `${url}\n`);
  return nextLoad(url, context);
}
