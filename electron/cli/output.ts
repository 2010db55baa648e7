// Writing the CLI's output to stdout/stderr without a stack trace: a closed pipe
// (`| head`), a full disk (`> /dev/full`) or any other write error becomes one line.
import { writeAllSync, fileErrorMessage } from '../services/files';

export function writeFd(fd: number, text: string): { ok: true } | { ok: false; message: string } {
  if (text.length === 0) return { ok: true };
  try {
    writeAllSync(fd, Buffer.from(text, 'utf8'));
    return { ok: true };
  } catch (err) {
    return { ok: false, message: fileErrorMessage(err, 'cannot write the output') };
  }
}

/** Prints a command's result; returns the exit code (1 when stdout could not be written). */
export function emit(result: { code: number; stdout: string; stderr: string }): number {
  const out = writeFd(1, result.stdout);
  if (!out.ok) {
    writeFd(2, `corroborate: ${out.message}\n`);
    return 1;
  }
  writeFd(2, result.stderr);
  return result.code;
}
