// `import text from './file?raw'`: the file's text as a string (vite in the tests, an esbuild
// plugin in scripts/build.mjs), so the page's script and styles live in real .js/.css files.
declare module '*?raw' {
  const text: string;
  export default text;
}
