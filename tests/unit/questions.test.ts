import { describe, expect, it } from 'vitest';
import { askerLabel, initials } from '../../src/lib/questions/asker.ts';
import { mailtoLink } from '../../src/lib/questions/mailto.ts';

describe('questions', () => {
  it('shows an asker as initials unless they agreed to their full name, or not at all', () => {
    expect(initials('Nguyễn Thị  hoa')).toBe('N.T.H.');
    expect(initials('Đặng Văn Ổn')).toBe('Đ.V.Ổ.');
    expect(askerLabel({ name: 'Lê Văn Tâm', place: 'xã Tân Mẫu', show: 'viet-tat' })).toBe('L.V.T. (xã Tân Mẫu)');
    expect(askerLabel({ name: 'Lê Văn Tâm', show: 'day-du' })).toBe('Lê Văn Tâm');
    expect(askerLabel({ name: 'Lê Văn Tâm', place: 'xã Tân Mẫu', show: 'an' })).toBe('xã Tân Mẫu');
    expect(askerLabel({ show: 'viet-tat' })).toBeUndefined();
  });
  it('prefills an e-mail subject and body, encoded so mail programs keep the Vietnamese and the line breaks', () => {
    const href = mailtoLink('gopy@songmau.example.gov.vn', 'Câu hỏi về lĩnh vực Hộ tịch', 'Họ và tên:\nĐịa chỉ:');
    expect(href).toBe(
      'mailto:gopy@songmau.example.gov.vn?subject=C%C3%A2u%20h%E1%BB%8Fi%20v%E1%BB%81%20l%C4%A9nh%20v%E1%BB%B1c%20H%E1%BB%99%20t%E1%BB%8Bch&body=H%E1%BB%8D%20v%C3%A0%20t%C3%AAn%3A%0A%C4%90%E1%BB%8Ba%20ch%E1%BB%89%3A',
    );
    const url = new URL(href);
    expect([url.searchParams.get('subject'), url.searchParams.get('body')]).toEqual([
      'Câu hỏi về lĩnh vực Hộ tịch',
      'Họ và tên:\nĐịa chỉ:',
    ]);
  });
});
