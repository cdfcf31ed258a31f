/** Attachments of documents: allowed kinds, their labels and sizes, and the URL they are served at. */

/** Kinds of attachment a document may carry, by extension, with the label shown to readers. */
export const ATTACHMENT_TYPES: Record<string, { label: string; mime: string }> = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  doc: { label: 'Word', mime: 'application/msword' },
  docx: { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { label: 'Excel', mime: 'application/vnd.ms-excel' },
  xlsx: { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { label: 'ODT', mime: 'application/vnd.oasis.opendocument.text' },
};
export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);

/** Largest attachment accepted: a scanned decision of a few pages is far smaller. */
export const ATTACHMENT_LIMIT = 20 * 1024 * 1024;

/** The lower-case extension of an attachment path when it is an allowed kind, else undefined. */
export function attachmentExtension(path: string): string | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(path);
  const ext = match?.[1]?.toLowerCase();
  return ext && ext in ATTACHMENT_TYPES ? ext : undefined;
}

/** A size as readers see it: "120 KB", "1,5 MB" (Vietnamese decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** "PDF, 120 KB": the kind and size shown next to a download link. */
export function describeAttachment(path: string, bytes: number): string {
  const ext = attachmentExtension(path);
  return `${ext ? ATTACHMENT_TYPES[ext]!.label : path.split('.').pop()!.toUpperCase()}, ${formatSize(bytes)}`;
}

/** The last segment of a relative path ("./tep/125-qd-ubnd.pdf" → "125-qd-ubnd.pdf"). */
export const attachmentName = (path: string) => path.split('/').pop()!;
