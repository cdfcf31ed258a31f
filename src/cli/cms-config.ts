/**
 * npm run cms:config — prints the web editor's (Decap CMS) configuration of a unit, as its /admin/
 * page loads it (src/data/cms.ts): one collection per kind of content the unit's editors write,
 * made from the registry of content kinds and their schemas. In a repository of many units,
 * `-- --unit <id>` names the unit.
 */
import { stringify } from 'yaml';
import { editorConfig } from '../data/cms.ts';
import { oneUnitFromArgs } from '../data/units.ts';

process.stdout.write(stringify(editorConfig(oneUnitFromArgs(process.argv)), { lineWidth: 0 }));
