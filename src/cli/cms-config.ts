/**
 * npm run cms:config — prints the web editor's (Decap CMS) configuration, made from the registry of
 * content kinds and their schemas (src/lib/cms/decap-config.ts): one collection per kind, each
 * field with its Vietnamese label, widget, choices and pattern. `-- --local` uses decap-server on
 * this machine as the backend (local editing); otherwise a git-gateway backend is written, to be
 * set for the unit's Git host. In a repository of many units, `-- --unit <id>` names the unit.
 */
import { stringify } from 'yaml';
import { KINDS } from '../kinds/index.ts';
import { kindEditorFields } from '../kinds/kind.ts';
import { decapConfig } from '../lib/cms/decap-config.ts';
import { schemaSettings } from '../data/config.ts';
import { multiUnit, oneUnitFromArgs } from '../data/units.ts';
import { SHARED_FOLDER } from '../lib/units/units.ts';

// A repository of many units: the configuration of one (-- --unit <id>), its folders and the shared catalog's.
const unit = oneUnitFromArgs(process.argv);
const folderOf = (kind: (typeof KINDS)[number]) => (multiUnit ? `${kind.shared ? SHARED_FOLDER : unit}/${kind.folder}` : kind.folder);
const settings = schemaSettings();
const forms = KINDS.map((kind) => ({ ...kind, folder: folderOf(kind), fields: kindEditorFields(kind, settings) }));
const backend = process.argv.includes('--local')
  ? { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' }
  : { name: 'git-gateway', branch: 'main' };
process.stdout.write(stringify(decapConfig(forms, backend), { lineWidth: 0 }));
