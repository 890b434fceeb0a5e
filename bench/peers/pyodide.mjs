// Runs a Python program under Pyodide (CPython compiled to wasm) in Node, the way a page would:
// load the runtime, then run the source. Usage: node pyodide.mjs prog.py [args...]
import { readFileSync, writeSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [path, ...args] = process.argv.slice(2);
const source = readFileSync(path, "utf8");
const write = (fd) => ({
  write(bytes) {
    writeSync(fd, bytes);
    return bytes.length;
  },
});
const pyodide = await loadPyodide();
pyodide.setStdout(write(1));
pyodide.setStderr(write(2));
pyodide.globals.get("__import__")("sys").argv = pyodide.toPy([path, ...args]);
try {
  pyodide.runPython(source, { filename: path });
} catch (error) {
  if (error.type === "SystemExit") {
    process.exit(0);
  }
  writeSync(2, String(error.message));
  process.exit(1);
}
