// A time and memory guard per file (issue 15, item 3): `cermat periksa` checks each file in a
// child process with a heap limit, and stops it when it takes longer than the time limit. A file
// beyond either limit is reported as "terlalu besar / terlalu lama dibaca" with the part the
// reader was at, exit code 2 for that file, and a folder run goes on with the next file in a
// fresh child. One child serves a whole run (its start-up is paid once), and it does not keep
// the process alive when idle.
// Why a process, not a worker thread: a worker's heap limit is best-effort; a worker that reaches
// it while growing one large array or string can abort the whole process (nodejs/node#47224),
// and it did (CI, exit 134). A child that runs out of heap dies alone; its stderr says why.
import * as path from "path";
import { spawn as spawnProcess } from "child_process";
import type { ChildProcess, SpawnOptions } from "child_process";
import type { Report } from "../core/report";
import { InputError } from "./inputError";
import type { Stage } from "./xlsxPackage";
import type { SettingFlags } from "./checkSettings";

export type Limits = {
  /** Seconds one file may take, from opening the zip to the last rule. */
  seconds: number;
  /** Megabytes of JavaScript heap the reader may use. */
  memoryMb: number;
};

export const DEFAULT_LIMITS: Limits = { seconds: 60, memoryMb: 1024 };

export type WorkerRequest = {
  file: string;
  lang: "id" | "en";
  settings?: SettingFlags;
  /** The data for a check across documents (--silang): large, and sent back only when asked. */
  lintas?: boolean;
};
export type WorkerReply =
  | { ready: true }
  | { stage: Stage }
  | { report: Report }
  | { error: { id: string; en: string } }
  | { crash: string };

const START: Stage = { id: "memulai pembaca", en: "starting the reader" };

/** The environment variable that tells the TypeScript loader (the tests) what to load. */
const LOADER_DATA = "CERMAT_CHECK_CHILD";

/**
 * The child. Compiled (lib/), it is checkWorker.js beside this file. From the TypeScript
 * sources (the tests), a small loader compiles each module with TypeScript's transpiler first;
 * `typescript` is a development dependency and never needed by lib/.
 */
function spawn(limits: Limits): ChildProcess {
  const heap = `--max-old-space-size=${limits.memoryMb}`;
  // stdout unused (replies come over IPC); stderr kept to tell a heap overflow from other deaths;
  // "advanced" serialisation: the report goes over as a structured clone, as a worker's did
  const options: SpawnOptions = { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" };
  if (!__filename.endsWith(".ts"))
    return spawnProcess(process.execPath, [heap, path.join(__dirname, "checkWorker.js")], options);
  // transpiled modules are kept by content hash in the temporary folder: the next child starts fast
  const loader = `
const data = JSON.parse(process.env.${LOADER_DATA});
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require(data.typescript);
const cache = path.join(require("os").tmpdir(), "cermat-ts-" + ts.version);
fs.mkdirSync(cache, { recursive: true });
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const hit = path.join(cache, crypto.createHash("sha1").update(filename + "\\0" + source).digest("hex") + ".js");
  let js;
  try {
    js = fs.readFileSync(hit, "utf8");
  } catch {
    js = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    }).outputText;
    const tmp = hit + "." + process.pid;
    fs.writeFileSync(tmp, js);
    fs.renameSync(tmp, hit);
  }
  module._compile(js, filename);
};
require(data.entry);
`;
  const data = { typescript: require.resolve("typescript"), entry: path.join(__dirname, "checkWorker.ts") };
  return spawnProcess(process.execPath, [heap, "-e", loader], {
    ...options,
    env: { ...process.env, [LOADER_DATA]: JSON.stringify(data) },
  });
}

/** What a child's stderr says when V8 stopped it at the heap limit. */
const HEAP_OUT = /heap out of memory|Reached heap limit|Allocation failed/i;

/** A child, with the end of its stderr and whether it holds the process alive. */
class Child {
  private err = "";
  constructor(readonly proc: ChildProcess) {
    proc.stderr?.setEncoding("utf8");
    proc.stderr?.on("data", (s: string) => (this.err = (this.err + s).slice(-4096)));
  }
  /** Whether its stderr says it ran out of heap. */
  outOfHeap(): boolean {
    return HEAP_OUT.test(this.err);
  }
  send(m: WorkerRequest): void {
    this.proc.send(m);
  }
  /** Busy: keeps this process alive until the reply; idle: does not. */
  hold(on: boolean): void {
    const handles = [this.proc, this.proc.channel, this.proc.stderr as unknown as Refable | null];
    for (const h of handles) {
      if (!h || typeof h.ref !== "function") continue;
      if (on) h.ref();
      else h.unref();
    }
  }
  kill(): void {
    this.proc.kill("SIGKILL");
  }
}
type Refable = { ref(): void; unref(): void };

/** How a child that stopped is described: its exit code, or the signal that stopped it. */
const stopped = (code: number | null, signal: NodeJS.Signals | null): string =>
  `the checking process stopped (${signal ? `signal ${signal}` : `exit code ${code}`})`;

/** A child stopped by V8 at its heap limit. */
class HeapLimit extends Error {
  constructor() {
    super("the checking process ran out of heap");
  }
}

export class Guard {
  private child?: Promise<Child>;
  constructor(readonly limits: Limits = DEFAULT_LIMITS) {}

  /** The child, started when needed; resolves once it has loaded the engine. */
  private start(): Promise<Child> {
    this.child ??= new Promise<Child>((resolve, reject) => {
      const c = new Child(spawn(this.limits));
      const done = (): void => {
        c.proc.off("message", onMessage);
        c.proc.off("error", onError);
        c.proc.off("close", onClose);
      };
      const onMessage = (m: WorkerReply): void => {
        if (!("ready" in m)) return;
        done();
        c.hold(false);
        resolve(c);
      };
      const onError = (e: Error): void => {
        done();
        this.child = undefined;
        c.kill();
        reject(e);
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
        done();
        this.child = undefined;
        reject(c.outOfHeap() ? new HeapLimit() : new Error(stopped(code, signal)));
      };
      c.proc.on("message", onMessage);
      c.proc.on("error", onError);
      c.proc.on("close", onClose);
    });
    return this.child;
  }

  /**
   * The report of one file, or an InputError (unreadable, or beyond a limit). The time limit
   * counts from the moment the child has the file, not the child's own start-up. `lintas`:
   * the report carries what a check across documents needs (check.ts, CheckedReport).
   */
  async check(
    file: string,
    lang: "id" | "en",
    settings: SettingFlags = {},
    lintas = true,
    onStage?: (s: Stage) => void,
  ): Promise<Report> {
    let stage = START;
    const tooMuch = (id: string, en: string): InputError =>
      new InputError(
        `${file} terlalu besar / terlalu lama dibaca: ${stage.id} (${id}).`,
        `${file} is too large / takes too long to read: ${stage.en} (${en}).`,
      );
    const mb = this.limits.memoryMb;
    const outOfMemory = (e: Error): Error =>
      e instanceof HeapLimit
        ? tooMuch(
            `memori melewati ${mb} MB; batas dapat diubah dengan --max-memory`,
            `memory over ${mb} MB; change the limit with --max-memory`,
          )
        : e;
    let child: Child;
    try {
      child = await this.start();
    } catch (e) {
      throw outOfMemory(e as Error);
    }
    child.hold(true);
    return new Promise<Report>((resolve, reject) => {
      const finish = (kill: boolean): void => {
        clearTimeout(timer);
        child.proc.off("message", onMessage);
        child.proc.off("error", onError);
        child.proc.off("close", onClose);
        if (kill) {
          this.child = undefined;
          child.kill();
        } else child.hold(false);
      };
      const timer = setTimeout(() => {
        finish(true);
        const s = this.limits.seconds;
        reject(
          tooMuch(
            `lebih dari ${String(s).replace(".", ",")} detik; batas dapat diubah dengan --timeout`,
            `over ${s} s; change the limit with --timeout`,
          ),
        );
      }, this.limits.seconds * 1000);
      const onMessage = (m: WorkerReply): void => {
        if ("ready" in m) return;
        if ("stage" in m) {
          stage = m.stage;
          onStage?.(m.stage);
          return;
        }
        finish(false);
        if ("report" in m) resolve(m.report);
        else if ("error" in m) reject(new InputError(m.error.id, m.error.en));
        else reject(new Error(m.crash));
      };
      const onError = (e: Error): void => {
        finish(true);
        reject(e);
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
        finish(true);
        reject(outOfMemory(child.outOfHeap() ? new HeapLimit() : new Error(stopped(code, signal))));
      };
      child.proc.on("message", onMessage);
      child.proc.on("error", onError);
      child.proc.on("close", onClose);
      child.send({ file, lang, settings, lintas });
    });
  }

  async close(): Promise<void> {
    const c = this.child;
    this.child = undefined;
    (await c?.catch(() => undefined))?.kill();
  }
}

let shared: Guard[] = [];

/**
 * `n` guards with these limits, each with its own child process, for a pool of files (pool.ts). One set
 * per process: the tests and a long-lived caller reuse their children; an idle child does not
 * keep the process alive.
 */
export function guardsFor(limits: Limits, n: number): Guard[] {
  const same = shared[0]?.limits;
  if (same && (same.seconds !== limits.seconds || same.memoryMb !== limits.memoryMb)) {
    for (const g of shared) void g.close();
    shared = [];
  }
  while (shared.length < n) shared.push(new Guard(limits));
  return shared.slice(0, n);
}

/** One guard per process and limits (the first of guardsFor's). */
export function guardFor(limits: Limits): Guard {
  return guardsFor(limits, 1)[0];
}
