// What a CLI command needs from the outside world, so tests can run it in-process.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Colour output (stylish only); off when not a TTY or NO_COLOR is set. */
  color?: boolean;
}

/** A user mistake (bad flag, missing path): one clear line, exit 2, no stack trace. */
export class UsageError extends Error {}
