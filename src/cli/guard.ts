// A time and memory guard per file (issue 15, item 3): `cermat periksa` checks each file in a
// worker thread with a heap limit, and stops it when it takes longer than the time limit. A file
// beyond either limit is reported as "terlalu besar / terlalu lama dibaca" with the part the
// reader was at, exit code 2 for that file, and a folder run goes on with the next file in a
// fresh worker. One worker serves a whole run (its start-up is paid once), and it does not keep
// the process alive when idle.
import * as path from "path";
import { Worker } from "worker_threads";
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

/**
 * The worker. Compiled (lib/), it is checkWorker.js beside this file. From the TypeScript
 * sources (the tests), a small loader compiles each module with TypeScript's transpiler first;
 * `typescript` is a development dependency and never needed by lib/.
 */
function spawn(limits: Limits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb };
  if (!__filename.endsWith(".ts"))
    return new Worker(path.join(__dirname, "checkWorker.js"), { resourceLimits });
  // transpiled modules are kept by content hash in the temporary folder: the next worker starts fast
  const loader = `
const { workerData, threadId } = require("worker_threads");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require(workerData.typescript);
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
    const tmp = hit + "." + process.pid + "-" + threadId;
    fs.writeFileSync(tmp, js);
    fs.renameSync(tmp, hit);
  }
  module._compile(js, filename);
};
require(workerData.entry);
`;
  return new Worker(loader, {
    eval: true,
    resourceLimits,
    workerData: { typescript: require.resolve("typescript"), entry: path.join(__dirname, "checkWorker.ts") },
  });
}

export class Guard {
  private worker?: Promise<Worker>;
  constructor(readonly limits: Limits = DEFAULT_LIMITS) {}

  /** The worker, started when needed; resolves once it has loaded the engine. */
  private start(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      const w = spawn(this.limits);
      const done = (): void => {
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
      };
      const onMessage = (m: WorkerReply): void => {
        if (!("ready" in m)) return;
        done();
        w.unref();
        resolve(w);
      };
      const onError = (e: Error): void => {
        done();
        this.worker = undefined;
        reject(e);
      };
      const onExit = (code: number): void =>
        onError(new Error(`the checking worker stopped (exit code ${code})`));
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
    });
    return this.worker;
  }

  /**
   * The report of one file, or an InputError (unreadable, or beyond a limit). The time limit
   * counts from the moment the worker has the file, not the worker's own start-up. `lintas`:
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
    const outOfMemory = (e: Error & { code?: string }): Error =>
      e.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? tooMuch(
            `memori melewati ${mb} MB; batas dapat diubah dengan --max-memory`,
            `memory over ${mb} MB; change the limit with --max-memory`,
          )
        : e;
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (e) {
      throw outOfMemory(e as Error);
    }
    worker.ref();
    return new Promise<Report>((resolve, reject) => {
      const finish = (kill: boolean): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (kill) {
          this.worker = undefined;
          void worker.terminate();
        } else worker.unref();
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
        reject(outOfMemory(e));
      };
      const onExit = (code: number): void => {
        finish(true);
        reject(new Error(`the checking worker stopped (exit code ${code})`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ file, lang, settings, lintas } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await (await w.catch(() => undefined))?.terminate();
  }
}

let shared: Guard[] = [];

/**
 * `n` guards with these limits, each with its own worker, for a pool of files (pool.ts). One set
 * per process: the tests and a long-lived caller reuse their workers; an idle worker does not
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
