// Precompiles a Handlebars template into an ES module that needs only `handlebars/runtime`
// (MV3 forbids the eval that Handlebars.compile uses). Shared by the esbuild plugin, Vitest and the CLIs.
import Handlebars from 'handlebars';

// Templates render plain text; the composer escapes values itself when it builds HTML.
export const PRECOMPILE_OPTIONS = { knownHelpersOnly: true, noEscape: true, strict: false };

export function hbsToModule(source) {
  const spec = Handlebars.precompile(source, PRECOMPILE_OPTIONS);
  return `import Handlebars from 'handlebars/runtime';\nexport default Handlebars.template(${spec});\n`;
}

/** esbuild plugin: `import t from './x.hbs'` gives a ready template function. */
export function hbsPlugin() {
  return {
    name: 'hbs-precompile',
    setup(build) {
      build.onLoad({ filter: /\.hbs$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const { dirname } = await import('node:path');
        return { contents: hbsToModule(await readFile(args.path, 'utf8')), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** Vite/Vitest plugin doing the same. */
export function hbsVitePlugin() {
  return {
    name: 'hbs-precompile',
    transform(code, id) {
      if (!id.endsWith('.hbs')) return null;
      return { code: hbsToModule(code), map: null };
    },
  };
}
