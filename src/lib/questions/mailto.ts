/** A mailto: link with a prefilled subject and body, encoded as RFC 6068 asks (spaces as %20, not +). */
export function mailtoLink(address: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body)}`] : [])].join('&');
  return `mailto:${address}?${query}`;
}
