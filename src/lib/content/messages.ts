/**
 * Every message `npm run check` prints, in one place: what is wrong — what is expected.
 * Editors are clerks, not programmers: each message names the fix in their words.
 * (Schema messages for single fields live with the schemas in src/lib/schemas/.)
 */
import { paths } from '../routes.ts';

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : kb(bytes));

export const msg = {
  notUtf8: (line: number) =>
    `tệp không phải văn bản UTF-8 (ký tự hỏng ở dòng ${line}) — cần lưu lại tệp với bảng mã UTF-8 (Lưu thành… → Mã hóa: UTF-8)`,
  tooLarge: (bytes: number, limit: number, image: boolean) =>
    image
      ? `ảnh nặng ${size(bytes)}, vượt giới hạn ${size(limit)} — cần thu nhỏ ảnh (chiều rộng khoảng 2000 điểm ảnh là đủ) rồi lưu lại`
      : `tệp nặng ${size(bytes)}, vượt giới hạn ${size(limit)} — cần chia thành nhiều bài hoặc bỏ bớt nội dung dán từ Word`,
  missingFile: () => 'không tìm thấy tệp — tệp này là bắt buộc, xem hướng dẫn trong docs/operator-guide.md',
  noFrontmatter: () =>
    'thiếu phần thông tin đầu bài — dòng đầu tiên phải là ---, tiếp theo là title:, date:…, rồi một dòng --- nữa (dùng npm run new để tạo mẫu)',
  unclosedFrontmatter: () => 'phần thông tin đầu bài chưa được đóng — cần một dòng chỉ có --- sau dòng thông tin cuối cùng',
  impossibleDate: (value: string, day: number, month: number, year: number) => {
    const last = daysInMonth(year, month);
    return month < 1 || month > 12
      ? `ngày "${value}" không có thật (không có tháng ${month}) — cần ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ ${year}-03-15`
      : `ngày "${value}" không có thật (tháng ${month}/${year} chỉ có ${last} ngày, không có ngày ${day}) — cần sửa lại ngày, ghi theo dạng NĂM-THÁNG-NGÀY`;
  },
  unknownKey: (key: string, suggestion: string | undefined, allowed: readonly string[]) =>
    `trường "${key}" không dùng được ở đây${suggestion ? ` (có phải "${suggestion}"?)` : ''} — các trường hợp lệ: ${allowed.join(', ')}`,
  coverMissingSrc: () => 'thiếu đường dẫn ảnh (cover.src) — cần ghi như ./images/ten-anh.jpg',
  imageNotRelative: (src: string) =>
    `ảnh "${src}" phải nằm cạnh bài viết — cần chép ảnh vào thư mục images/ của năm đó và ghi ./images/ten-anh.jpg`,
  imageMissing: (src: string, folder: string) =>
    `không tìm thấy ảnh "${src}" — cần chép tệp ảnh vào ${folder} hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)`,
  notAnImage: (src: string) => `tệp "${src}" không phải ảnh — cần ảnh JPG, PNG, WebP, AVIF hoặc GIF`,
  brokenImageFile: (src: string) =>
    `tệp "${src}" không đọc được như ảnh (tệp hỏng hoặc đổi đuôi) — cần mở ảnh và lưu lại thành JPG hoặc PNG`,
  imageNoAlt: (src: string) =>
    `ảnh "${src}" thiếu mô tả cho người khiếm thị — cần viết mô tả trong ngoặc vuông: ![Mô tả nội dung ảnh](${src})`,
  remoteImage: (src: string) =>
    `ảnh "${src}" lấy từ nơi khác nên không được thu nhỏ, tối ưu — cần tải ảnh về thư mục images/ cạnh bài viết và ghi ./images/ten-anh.jpg`,
  brokenLink: (href: string) =>
    `liên kết "${href}" trỏ tới trang không có trong site — cần sửa đường dẫn (ví dụ ${paths.article('ten-bai')}, ${paths.procedure('1.001193')}) hoặc bỏ liên kết`,
  unpublishedLink: (href: string) =>
    `liên kết "${href}" trỏ tới bài chưa đăng (bản nháp hoặc hẹn ngày đăng) — cần đăng bài đó trước hoặc bỏ liên kết`,
  relativeLink: (href: string) =>
    `liên kết "${href}" không có dạng đường dẫn của site — cần bắt đầu bằng / (ví dụ ${paths.article('ten-bai')}) hoặc https://`,
  unsafeTag: (tag: string) =>
    `mã <${tag}> không được phép trong nội dung — cần xóa đoạn mã này (trang web không bao giờ hiển thị nó); muốn đưa video, bản đồ thì ghi đường link`,
  unsafeAttribute: (attribute: string) =>
    `thuộc tính ${attribute}= chạy mã lệnh, không được phép — cần xóa thuộc tính này`,
  unsafeUrl: (url: string) =>
    `đường dẫn "${url.length > 40 ? `${url.slice(0, 40)}…` : url}" chạy mã lệnh hoặc nhúng dữ liệu, không được phép — cần đường dẫn bắt đầu bằng https:// hoặc /`,
  duplicateSlug: (slug: string, other: string) => `trùng đường dẫn "${slug}" với ${other} — cần đổi tên một trong hai tệp`,
  reservedSlug: (slug: string) => `"${slug}" là tên dành riêng của trang web — cần đổi tên tệp`,
  duplicateCode: (code: string, other: string) => `mã thủ tục ${code} trùng với ${other} — mỗi thủ tục chỉ có một tệp`,
  attachmentMissing: (src: string, folder: string) =>
    `không tìm thấy tệp đính kèm "${src}" — cần chép tệp vào ${folder} hoặc sửa lại tên tệp cho đúng (kể cả chữ hoa, chữ thường)`,
  attachmentTooLarge: (src: string, bytes: number, limit: number) =>
    `tệp đính kèm "${src}" nặng ${size(bytes)}, vượt giới hạn ${size(limit)} — cần quét lại với độ phân giải thấp hơn (khoảng 200 dpi) hoặc nén tệp PDF`,
  attachmentNameClash: (src: string, other: string) =>
    `tệp đính kèm "${src}" trùng tên với ${other} trong cùng năm — cần đổi tên một trong hai tệp`,
  duplicateNumber: (number: string, other: string) => `số/ký hiệu ${number} trùng với ${other} — mỗi văn bản có một số riêng`,
  weekFileName: (name: string) =>
    `tên tệp "${name}" không phải một tuần — cần đặt theo dạng <năm>-tuan-<số tuần, 2 chữ số>.yaml, ví dụ 2025-tuan-24.yaml (tuần theo ISO: tuần 1 là tuần có ngày thứ Năm đầu tiên của năm)`,
  dateOutsideWeek: (date: string, week: number, year: number, first: string, last: string) =>
    `ngày ${date} không thuộc tuần ${week}/${year} (${first} – ${last}) — cần ghi một ngày trong tuần của tệp, hoặc chuyển mục này sang tệp của tuần đó`,
  periodFileName: (name: string) =>
    `tên tệp "${name}" không phải một kỳ báo cáo — cần đặt theo dạng <năm>-<tháng, 2 chữ số>.yaml (ví dụ 2025-05.yaml) hoặc <năm>-q<quý>.yaml (ví dụ 2025-q2.yaml)`,
  periodTwice: (period: string, other: string, file: string) =>
    `${period} đã có số liệu trong ${other} (tệp ${file}) — mỗi tháng chỉ nhập một lần: xóa một trong hai tệp, hoặc chỉ nhập theo tháng hoặc chỉ theo quý`,
  publicFileMissing: (path: string) => `không tìm thấy tệp "${path}" trong thư mục public/ — cần chép tệp vào public${path.split('/').slice(0, -1).join('/')}/ hoặc sửa đường dẫn`,
  englishMissing: () => 'có trang tiếng Anh trong content/en/ nhưng site.yaml chưa có mục english — cần thêm english: với unitName, siteTitle, managingAgency, responsiblePerson, address bằng tiếng Anh',
  duplicateSection: (slug: string) => `mục công khai "${slug}" đã có ở trên — mỗi mục một đường dẫn riêng`,
  unknownSectionValue: (what: string, value: string, file: string, known: string[]) =>
    `${what} "${value}" không có trong ${file} — cần là một trong: ${known.join(', ') || '(danh sách đang trống)'}`,
  sectionPage: (slug: string) => `"${slug}" là đường dẫn của một mục công khai trong site.yaml — cần đổi tên tệp hoặc đổi đường dẫn của mục đó`,
  unknownDesk: (slug: string, known: string[]) =>
    `nơi tiếp nhận "${slug}" không có trong content/desks.yaml — cần là một trong: ${known.join(', ') || '(chưa khai báo nơi nào)'}`,
  unknownRelated: (code: string) =>
    `thủ tục liên quan "${code}" không có trong danh mục (content/procedures/) — cần ghi mã của một thủ tục có trong danh mục, ví dụ "1.000689", hoặc bỏ dòng này`,
  unknownDocument: (slug: string) =>
    `văn bản liên quan "${slug}" không có trong mục Văn bản hoặc chưa đăng — cần ghi tên tệp của văn bản (không có .md), ví dụ "86-qd-ubnd-quy-che-bo-phan-mot-cua", hoặc bỏ dòng này`,
  noAnswer: () => 'chưa có câu trả lời — cần viết câu trả lời bên dưới dòng --- cuối phần thông tin đầu, hoặc đặt draft: true khi chưa trả lời xong',
  unknownOverride: (code: string) =>
    `thủ tục "${code}" không có trong danh mục (content/procedures/) hoặc không thuộc cấp của đơn vị — tên tệp phải là mã của một thủ tục đơn vị này thực hiện, ví dụ 1.001193.yaml`,
  codeFileName: (code: string) => `tên tệp phải là mã thủ tục — cần đổi tên thành ${code}.yaml`,
  strayFile: (places: string) =>
    `tệp không thuộc mục nào nên sẽ không được đăng — cần chuyển vào đúng thư mục (${places}), hoặc đặt tên bắt đầu bằng _ nếu chỉ muốn cất giữ`,
};

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
