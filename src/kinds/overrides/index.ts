/**
 * A unit's procedure overrides: content/<unit>/overrides/<code>.yaml, what differs for the unit in
 * a procedure of the shared catalog (src/lib/schemas/override.ts). No pages of their own: the
 * procedure's page on the unit's site shows the catalog's record with them.
 */
import { defineKind } from '../kind.ts';
import { overrideSchema } from '../../lib/schemas/override.ts';
import { checkOverrides } from './rule.ts';

export default defineKind({
  name: 'overrides',
  label: 'thông tin riêng của đơn vị cho thủ tục',
  folder: 'overrides',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  schema: () => overrideSchema,
  check: checkOverrides,
  publishing: () => ({}),
  sitemap: () => [],
});
