/** Every image in the content folder stays under the size limit (a phone downloads what we publish). */
import { IMAGE_EXTENSIONS, LIMITS, extension, label } from '../corpus.ts';
import { msg } from '../../content/messages.ts';
import type { Rule } from '../context.ts';

export const imageSizeRule: Rule = {
  name: 'dung lượng ảnh',
  run(ctx) {
    for (const path of ctx.corpus.files.filter((f) => IMAGE_EXTENSIONS.includes(extension(f)))) {
      const size = ctx.corpus.read(path).length;
      if (size > LIMITS.image) ctx.add({ file: label(path), field: '', message: msg.tooLarge(size, LIMITS.image, true) });
    }
  },
};
