// esbuild plugin: removes Preact's one `innerHTML` write (its dangerouslySetInnerHTML support).
// The house rule is that no markup is ever built from strings, so the feature is unused; removing it
// keeps the bundles free of HTML sinks and keeps Firefox's linter (UNSAFE_VAR_ASSIGNMENT) clean.
import { readFile } from 'node:fs/promises';

const WRITE = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function preactNoInnerHtmlPlugin() {
  return {
    name: 'preact-no-inner-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/ }, async (args) => {
        const src = await readFile(args.path, 'utf8');
        const out = src.replace(WRITE, (_m, el) => `${el}.textContent=""`);
        if (out === src && src.includes('innerHTML=')) {
          throw new Error(`${args.path}: Preact's innerHTML write changed shape; update preact-no-inner-html.mjs`);
        }
        return { contents: out, loader: 'js' };
      });
    },
  };
}
