/**
 * Schema of a unit's procedure override (content/<unit>/overrides/<code>.yaml): what differs for
 * one unit in a procedure of the shared catalog — where its dossier is received, where it is filed
 * online. Everything else (steps, fees set by the provincial council, legal bases) is the
 * catalog's, written once for the province.
 */
import { group, optionalText, text, webAddress } from './fields.ts';

export const overrideSchema = group('tệp riêng của đơn vị cho một thủ tục', {
  /** A desk of the unit's desks.yaml. */
  desk: optionalText('nơi tiếp nhận hồ sơ (desk)'),
  receivingAddress: optionalText('địa chỉ tiếp nhận hồ sơ (receivingAddress)'),
  onlineFiling: group('nơi nộp trực tuyến riêng (onlineFiling)', {
    name: text('tên cổng nộp trực tuyến (onlineFiling.name)'),
    url: webAddress('địa chỉ nộp trực tuyến (onlineFiling.url)', { httpsOnly: true }),
  }).optional(),
});
