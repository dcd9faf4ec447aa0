// Starts and stops a private code-server (VS Code 1.100.3 served to a
// browser) for the real-editor tests and `npm start`. Each instance gets its
// own HOME, XDG dirs, user-data, extensions dir and a short TMPDIR, so runs
// never share state with each other or with the user's own editor. It runs
// in its own process group: stopping it ends the extension host and the
// language server too, also when the caller fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The repo root (this file lives in scripts/e2e/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** Settings that keep the workbench quiet and deterministic. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
};

/**
 * Installs code-server into the cache folder if needed (progress on
 * stderr) and returns the path of its executable.
 */
export function installCodeServer(): string {
  const script = join(REPO_ROOT, 'scripts', 'e2e', 'install-code-server.sh');
  const r = spawnSync('bash', [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`install-code-server.sh failed with exit code ${r.status}`);
  const bin = r.stdout.trim().split('\n').pop();
  if (!bin) throw new Error('install-code-server.sh printed no executable path');
  return bin;
}

/** A private directory tree for one code-server instance. */
export interface InstanceDirs {
  root: string;
  home: string;
  tmp: string;
  userData: string;
  extensions: string;
  log: string;
}

/** Creates the per-instance directories under a short path (sockets live in TMPDIR; max 107 chars). */
export function makeInstanceDirs(prefix = 'okr-cs-'): InstanceDirs {
  return instanceDirsAt(mkdtempSync(join('/tmp', prefix)));
}

/** The same tree under a fixed root (npm start keeps its editor state between runs). */
export function instanceDirsAt(root: string): InstanceDirs {
  const dirs: InstanceDirs = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 't'),
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    log: join(root, 'code-server.log'),
  };
  for (const d of [dirs.home, dirs.tmp, dirs.userData, dirs.extensions, join(dirs.userData, 'User')]) {
    mkdirSync(d, { recursive: true });
  }
  return dirs;
}

/** Environment for code-server and everything it spawns: no state shared with the user. */
function instanceEnv(dirs: InstanceDirs, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // A VS Code terminal or an outer code-server would otherwise leak its IPC hooks in.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: dirs.tmp,
  });
  return env;
}

/** Installs a VSIX into the instance's isolated extensions dir (~2 s). */
export function installVsix(bin: string, dirs: InstanceDirs, vsix: string): void {
  const r = spawnSync(
    bin,
    ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix, '--force'],
    { env: instanceEnv(dirs, {}), encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  bin: string;
  dirs: InstanceDirs;
  /** Extra environment for code-server, its extension host and the language server. */
  env?: NodeJS.ProcessEnv;
  /** User settings merged over QUIET_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Fixed port (npm start); a free one otherwise. */
  port?: number;
  /** How long to wait for /healthz. */
  startTimeoutMs?: number;
}

export interface CodeServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  dirs: InstanceDirs;
  /** The workbench URL opening `folder`. */
  folderUrl(folder: string, payload?: Array<[string, string]>): string;
  /** `vscode-remote://` URI of a local path, as the workbench sees it. */
  remoteUri(path: string): string;
  /** Ends the whole process group; idempotent. */
  stop(): Promise<void>;
  /** The instance's log so far (for failure reports). */
  readLog(): string;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last-resort cleanup: a crashed or interrupted run still ends its code-servers. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = (): void => {
    for (const p of live) killGroup(p, 'SIGKILL');
  };
  process.once('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, signal);
  } catch {
    // already gone
  }
}

/** Starts code-server and resolves once `/healthz` answers 200. */
export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const { bin, dirs } = opts;
  const port = opts.port ?? (await freePort());
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...opts.settings }, null, 2),
  );
  const logFd = openSync(dirs.log, 'a');
  installExitHook();
  const child = spawn(
    bin,
    [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env: instanceEnv(dirs, opts.env ?? {}) },
  );
  closeSync(logFd);
  live.add(child);
  let exited = false;
  const exitPromise = new Promise<void>((res) =>
    child.once('exit', () => {
      exited = true;
      live.delete(child);
      res();
    }),
  );

  const origin = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    port,
    origin,
    dirs,
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${encodeURI(path)}`,
    folderUrl(folder, payload) {
      const q = new URLSearchParams({ folder });
      if (payload) q.set('payload', JSON.stringify(payload));
      return `${origin}/?${q.toString()}`;
    },
    async stop() {
      if (!exited) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(timer);
      }
      // The leader may exit before its children: sweep the group once more.
      killGroup(child, 'SIGKILL');
    },
    readLog: () => {
      try {
        return readFileSync(dirs.log, 'utf8');
      } catch {
        return '';
      }
    },
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exited) throw new Error(`code-server exited during startup:\n${server.readLog()}`);
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer /healthz within the timeout:\n${server.readLog()}`);
    }
    await new Promise((r) => setTimeout(r, 100)); // poll interval, not a wait for an effect
  }
}

/** Removes an instance's directories (after stop()). */
export function removeInstanceDirs(dirs: InstanceDirs): void {
  rmSync(dirs.root, { recursive: true, force: true });
}
