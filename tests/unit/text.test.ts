import { describe, expect, it } from 'vitest';
import { fold, foldKey, nfc, slugify, truncate } from '../../src/lib/text.ts';

describe('fold', () => {
  it('removes tones and vowel marks and turns đ into d', () => {
    expect(fold('Đăng ký khai sinh')).toBe('Dang ky khai sinh');
    expect(foldKey('ĐẤT ĐAI')).toBe('dat dai');
    expect(foldKey('Ủy ban nhân dân')).toBe('uy ban nhan dan');
  });
  it('gives the same result for NFC and NFD input and for old and new tone placement', () => {
    const nfd = 'Hòa bình'.normalize('NFD');
    expect(foldKey(nfd)).toBe(foldKey('Hòa bình'));
    expect(foldKey('hoà')).toBe(foldKey('hòa'));
    expect(nfc(nfd)).toBe('Hòa bình'.normalize('NFC'));
  });
});

describe('slugify', () => {
  it('makes the URL slug editors expect', () => {
    expect(slugify('UBND huyện triển khai dịch vụ công trực tuyến toàn trình')).toBe(
      'ubnd-huyen-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh',
    );
    expect(slugify('  Thông báo: lịch tiếp dân (tháng 5/2024)!  ')).toBe('thong-bao-lich-tiep-dan-thang-5-2024');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội nghị tổng kết công tác cải cách hành chính và chuyển đổi số trên địa bàn huyện năm 2024', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-cai-cach-hanh');
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a space with an ellipsis', () => {
    expect(truncate('ngắn', 10)).toBe('ngắn');
    expect(truncate('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
  });
});
