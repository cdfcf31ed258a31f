/**
 * What the checker reads: the files of a content folder, behind a small interface so the
 * rules stay pure (the CLI reads the disk, tests can hand in files from memory).
 */
export interface Corpus {
  /** Paths of every file under the content folder, relative to it, '/'-separated. */
  files: readonly string[];
  /** Site paths of the files in public/ (e.g. "/files/quyet-dinh.pdf"), valid link targets. */
  publicFiles: readonly string[];
  /** Whether other units of the repository name this one as their parent (its site then lists them). */
  hasChildUnits?: boolean;
  read(path: string): Uint8Array;
  /** The build's moment and preview flag: links to unpublished articles depend on them. */
  now: Date;
  preview: boolean;
  /**
   * The files this corpus shares with others checked in the same run (a province's catalog, in
   * every unit's view), and where a rule keeps what it found in them: checked once, not once a unit.
   */
  shared?: { has(path: string): boolean; memo: Map<string, unknown> };
}

/** How problems name a file: the path editors see in their folder. */
export const label = (path: string) => `content/${path}`;

/** Maximum sizes: a text file this large is pasted junk; a photo this large slows every build. */
export const LIMITS = { text: 256 * 1024, image: 5 * 1024 * 1024 };

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'];

export const extension = (path: string) => path.slice(path.lastIndexOf('.') + 1).toLowerCase();
