// The store, the simulator and the vendors are imported when the command runs, so `switchboard --help` loads none of them.
import { ConfigError } from '../domain/config-error.js';

/** The vendors `switchboard backup` can back up. */
export const BACKUP_VENDORS = ['bomgar'] as const;

export const BACKUP_USAGE = `switchboard backup bomgar

Saves one backup of the Bomgar / BeyondTrust appliance's software configuration
(its Backup API) into BOMGAR_BACKUP_DIR (default ./data/backups/bomgar): the file
is written under a temporary name, flushed to disk and renamed, with a sidecar
<file>.json holding its SHA-256 and size; then only the newest BOMGAR_BACKUP_KEEP
(default 14) are kept. Prints the file saved; exits 1 naming why when the
appliance or the disk failed (nothing half-written is left behind).
Without BOMGAR_URL a simulator is started for the run (a made-up backup).
Scheduled backups: BOMGAR_BACKUP_INTERVAL on \`serve\` (docs/backups.md).

Options:
  -h, --help   show this help`;

/** `switchboard backup <vendor>`: one backup, then exits (1 when it failed). */
export async function backupCommand(_values: Record<string, string | boolean | undefined>, positionals: readonly string[]): Promise<void> {
  const [vendor, ...extra] = positionals;
  if (vendor === undefined || extra.length > 0 || !(BACKUP_VENDORS as readonly string[]).includes(vendor)) {
    throw new ConfigError([{ variable: 'vendor', message: `name one vendor to back up: ${BACKUP_VENDORS.join(', ')} (switchboard backup bomgar)` }]);
  }
  const [{ loadConfig }, { embedSimulatorWhereUnconfigured }, { bomgarBackupService }] = await Promise.all([
    import('./config.js'),
    import('./embedded-simulator.js'),
    import('./bomgar-backup-service.js'),
  ]);
  const loaded = loadConfig();
  for (const warning of loaded.warnings) console.error(`switchboard backup: warning: ${warning}`);
  if (!loaded.enabledVendors.includes('bomgar')) throw new ConfigError([{ variable: 'SWITCHBOARD_VENDORS', message: 'leaves bomgar out, so it cannot be backed up' }]);
  const config = { ...loaded, enabledVendors: ['bomgar' as const] };
  const abort = new AbortController();
  const interrupt = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', interrupt);
  const simulator = await embedSimulatorWhereUnconfigured(config, { port: 0 });
  try {
    if (simulator) console.log(`No BOMGAR_URL configured: backing up a simulator started for this run (${simulator.url}; made-up data).`);
    const backups = bomgarBackupService(config)!;
    try {
      const backup = await backups.run(abort.signal);
      const kept = await backups.list();
      console.log(`bomgar: saved ${backups.dir}/${backup.file} (${backup.size} bytes, sha256 ${backup.sha256}); ${kept.length} kept`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      console.error(`switchboard backup: bomgar FAILED (${error instanceof Error ? error.message : String(error)}${typeof code === 'string' ? `, ${code}` : ''})`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', interrupt);
    await simulator?.close();
  }
}
