/**
 * The list of information an agency must disclose (Law on Access to Information 104/2016/QH13,
 * Art. 17; Decree 13/2018/NĐ-CP), each category with the page of the site that publishes it.
 * site.yaml `accessToInformation.categories` replaces these defaults.
 */
export interface InformationCategory {
  name: string;
  /** A path of the site, e.g. /van-ban/. */
  link: string;
}

export const DEFAULT_CATEGORIES: readonly InformationCategory[] = [
  { name: 'Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung', link: '/van-ban/' },
  { name: 'Thủ tục hành chính, quy trình giải quyết công việc', link: '/thu-tuc-hanh-chinh/' },
  { name: 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách', link: '/pho-bien-phap-luat/' },
  { name: 'Dự thảo văn bản, chính sách cần lấy ý kiến nhân dân', link: '/lay-y-kien/' },
  { name: 'Chiến lược, chương trình, đề án, kế hoạch phát triển kinh tế – xã hội', link: '/chuong-trinh-ke-hoach/' },
  { name: 'Dự toán, tình hình thực hiện, quyết toán ngân sách', link: '/cong-khai-ngan-sach/' },
  { name: 'Chương trình, dự án đầu tư công, đấu thầu, mua sắm công', link: '/dau-tu-dau-thau/' },
  { name: 'Tuyển dụng, sử dụng, quản lý cán bộ, công chức, viên chức', link: '/tuyen-dung/' },
  { name: 'Kết quả giải quyết thủ tục hành chính, báo cáo thống kê', link: '/thong-ke-ho-so/' },
  { name: 'Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn, đầu mối liên hệ', link: '/co-cau-to-chuc/' },
  { name: 'Trả lời câu hỏi, phản ánh, kiến nghị của người dân', link: '/hoi-dap/' },
  { name: 'Lịch công tác của lãnh đạo', link: '/lich-cong-tac/' },
];

/** The path part of a link, with a trailing slash for a page ("/van-ban" → "/van-ban/"); files and anchors as they are. */
export function linkPath(link: string): string {
  const path = link.split('#')[0]!.split('?')[0]!;
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/** Categories with the title of the page each links to, or none when the site lacks that page. */
export function resolveCategories(
  categories: readonly InformationCategory[],
  titles: ReadonlyMap<string, string>,
): (InformationCategory & { page?: string })[] {
  return categories.map((c) => ({ ...c, page: titles.get(linkPath(c.link)) }));
}
