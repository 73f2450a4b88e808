#!/usr/bin/env node
// node deploy/package-manifest.mjs DIR: makes the unpacked package in DIR (deploy/build-package.sh's stage) install
// with `npm ci --omit=dev` exactly as the tests ran it:
// - npm-shrinkwrap.json: package-lock.json without its dev-only entries, the lock file npm ci reads there. Every
//   version is the tested one, and npm needs no registry metadata (a warm cache, such as CI's after `npm ci`, is
//   enough: installing the tarball by name would ask the registry about every dependency's range);
// - package.json without devDependencies (the lock file has none) and with only the scripts that run the package:
//   `prepare` would rebuild from sources the package does not hold.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? '.');
const RUNTIME_SCRIPTS = ['start', 'simulator', 'schema'];

const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
delete manifest.devDependencies;
manifest.scripts = Object.fromEntries(Object.entries(manifest.scripts ?? {}).filter(([name]) => RUNTIME_SCRIPTS.includes(name)));
writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
if (!(lock.lockfileVersion >= 2)) throw new Error('deploy/package-manifest.mjs: package-lock.json must be lockfileVersion 2 or later');
const packages = {};
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path === '') {
    const { devDependencies: _dev, ...rest } = entry;
    packages[path] = rest;
  } else if (!entry.dev) packages[path] = entry;
}
writeFileSync(join(dir, 'npm-shrinkwrap.json'), `${JSON.stringify({ ...lock, packages }, null, 2)}\n`);
