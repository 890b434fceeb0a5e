// Runs a WASI command module under Node's WASI (preview 1): node node_wasi.mjs module.wasm args...
// The program tests use it to check that krait's modules run outside the embedded runtime too.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const wasi = new WASI({ version: 'preview1', args: process.argv.slice(2), env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(process.argv[2]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
