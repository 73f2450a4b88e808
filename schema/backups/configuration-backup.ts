import type { BackupFile } from '../../resolvers/backups/backup-file.js';
import { listBackups, runBackup } from '../../resolvers/backups/backups.js';
import { ADMIN } from '../core/access.js';
import { builder } from '../core/builder.js';

/** A vendor configuration backup saved on the gateway's disk (docs/backups.md). Admin only. */
const ConfigurationBackupRef = builder.objectRef<BackupFile>('ConfigurationBackup').implement({
  description: "One saved copy of a vendor appliance's software configuration (BOMGAR_BACKUP_DIR).",
  authScopes: ADMIN,
  fields: (t) => ({
    file: t.exposeString('file', { nullable: false, description: 'The file name in the backup directory, e.g. bomgar-20260105T090000.000Z.nsb.' }),
    size: t.float({ nullable: false, description: 'Bytes (a Float: a backup may pass 2 GiB).', resolve: (backup) => backup.size }),
    sha256: t.exposeString('sha256', { nullable: false, description: "SHA-256 of the file's bytes, lowercase hex." }),
    createdAt: t.field({ type: 'DateTime', nullable: false, description: 'When the download started.', resolve: (backup) => backup.createdAt }),
    vendorFileName: t.exposeString('vendorFileName', { description: 'The name the appliance gave the file, when it gave one.' }),
  }),
});

builder.queryField('bomgarBackups', (t) =>
  t.field({
    type: [ConfigurationBackupRef],
    authScopes: ADMIN,
    nullable: false,
    description: 'The Bomgar configuration backups kept (newest first): complete files only, never one being written.',
    resolve: (_root, _args, ctx) => listBackups(ctx, 'bomgar'),
  }),
);

builder.mutationField('runBomgarBackup', (t) =>
  t.field({
    type: ConfigurationBackupRef,
    authScopes: ADMIN,
    nullable: false,
    description: 'Saves a Bomgar configuration backup now (joining one in progress), then keeps the newest BOMGAR_BACKUP_KEEP.',
    resolve: (_root, _args, ctx) => runBackup(ctx, 'bomgar'),
  }),
);
