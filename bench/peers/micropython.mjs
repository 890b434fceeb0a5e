// Runs a Python program under MicroPython's WebAssembly port in Node.
// Usage: node micropython.mjs prog.py [args...]
import { readFileSync, writeSync } from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const [path, ...args] = process.argv.slice(2);
const source = readFileSync(path, "utf8");
const mp = await loadMicroPython({
  heapsize: 64 * 1024 * 1024,
  stdout: (bytes) => writeSync(1, bytes),
  stderr: (bytes) => writeSync(2, bytes),
  linebuffer: false,
});
mp.pyimport("sys").argv.extend([path, ...args]);
try {
  mp.runPython(source);
} catch (error) {
  if (error.type === "SystemExit") {
    process.exit(0);
  }
  writeSync(2, String(error.message));
  process.exit(1);
}
