/**
 * Schema of a unit's procedure override (content/<unit>/overrides/<code>.yaml): what differs for
 * one unit in a procedure of the shared catalog — where its dossier is received, where it is filed
 * online, with the same fields as the procedure's own. Everything else (steps, fees set by the
 * provincial council, legal bases) is the catalog's, written once for the province.
 */
import { group } from './fields.ts';
import { filingPlaceFields } from './procedure.ts';

export const overrideSchema = group('tệp riêng của đơn vị cho một thủ tục', filingPlaceFields);
