/**
 * The web editor in Vietnamese: what decap-cms-locales' `vi` (171 of 248 strings in 3.8.2) lacks,
 * and its strings that an office editor would stumble on (English words such as "backend",
 * "widget", "issue"; a typo; "Bộ sưu tập" for what this portal calls kinds of content). Merged over
 * the package's own `vi` (src/cms/admin.ts); tests/unit/cms-locale.test.ts holds every English key
 * to a Vietnamese string.
 */
/** `over` laid on `base`, group by group: the package's strings with this project's over them. */
export function mergeLocale(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over))
    out[key] =
      value && typeof value === 'object' && typeof base[key] === 'object'
        ? mergeLocale(base[key] as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  return out;
}

export const viLocale = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
    errors: {
      identitySettings:
        'Không truy cập được thiết lập danh tính. Cần bật dịch vụ Identity và Git Gateway khi dùng git-gateway; hãy báo bộ phận kỹ thuật.',
    },
  },
  app: {
    app: {
      errorHeader: 'Không tải được cấu hình trang biên tập',
      checkConfigYml: 'Hãy báo bộ phận kỹ thuật kiểm tra cấu hình trang biên tập.',
      waitingBackend: 'Đang kết nối kho nội dung...',
    },
  },
  collection: {
    sidebar: {
      collections: 'Loại nội dung',
      allCollections: 'Mọi loại nội dung',
    },
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Danh sách',
      viewAsGrid: 'Lưới',
      groupBy: 'Nhóm theo',
      newButton: '+ Thêm: %{collectionLabel}',
    },
    entries: {
      cachingEntries: 'Đang nạp...',
      unpublishedHeader: 'Mục chưa công bố',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'ô %{widgetLabel}',
      },
    },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền nội dung từ bản %{locale}?\nMọi nội dung đang có sẽ bị thay thế.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với người duyệt.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Đang xét duyệt" để gửi người duyệt.',
      statusInfoTooltipInReview: 'Bài đang chờ duyệt, không cần làm gì thêm; vẫn có thể sửa trong lúc chờ.',
      deployPreviewPendingButtonLabel: 'Kiểm tra bản xem trước',
    },
    editorWidgets: {
      markdown: {
        markdown: 'Mã định dạng',
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ liên kết',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo trực quan',
          markdown: 'Chuyển sang mã định dạng',
        },
      },
      image: {
        choose: 'Chọn ảnh',
        chooseDifferent: 'Chọn ảnh khác',
        remove: 'Gỡ ảnh',
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Gỡ mọi ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Gỡ mọi tệp',
        choose: 'Chọn tệp',
        chooseDifferent: 'Chọn tệp khác',
        remove: 'Gỡ tệp',
      },
      unknownControl: {
        noControl: "Không có ô nhập cho kiểu '%{widget}'.",
      },
      unknownPreview: {
        noPreview: "Không xem trước được kiểu '%{widget}'.",
      },
      datetime: {
        // Decap fills %{fieldLabel} with the field's key ("date"), not its label: left out.
        setToNow: 'Đặt là ngày giờ hiện tại',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở rộng',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
      private: 'Riêng tư ',
      deleteSelected: 'Xóa các tệp đã chọn',
      chooseSelected: 'Dùng các tệp đã chọn',
    },
  },
  ui: {
    errorBoundary: {
      details: 'Đã xảy ra lỗi — xin ',
      reportIt: 'báo bộ phận kỹ thuật kèm nội dung dưới đây.',
      privacyWarning: 'Nội dung lỗi dưới đây giúp bộ phận kỹ thuật tìm nguyên nhân.\nHãy bỏ thông tin riêng tư trước khi gửi.',
    },
    settingsDropdown: {
      account: 'Tài khoản',
    },
    toast: {
      onFailToAuth: 'Không đăng nhập được: %{details}',
      onFailToPersist: 'Chưa lưu: %{details}',
      onBackendDown: 'Kho nội dung đang gặp trục trặc. Xem %{details} để biết thêm',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
  workflow: {
    // Numbers, not "D MMMM": Decap formats dates in English ("8 December").
    workflow: {
      dateFormat: 'DD/MM/YYYY',
    },
    workflowCard: {
      lastChangeNoAuthor: 'Sửa lần cuối %{date}',
    },
  },
};
