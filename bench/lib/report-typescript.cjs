// Preloaded by bench/plugins.mjs (node --require): says on exit whether TypeScript or ts-morph was
// loaded into the process (CommonJS modules, also those reached by import(), sit in require.cache).
process.on('exit', () => {
  const loaded = Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/](typescript|ts-morph|@ts-morph[\\/]common)[\\/]/.test(file));
  if (loaded) process.stderr.write('bench: TypeScript was loaded\n');
});
