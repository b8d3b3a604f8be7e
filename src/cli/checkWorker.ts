// The worker thread of the time and memory guard (guard.ts): checks the files it is sent, one at
// a time, and says what it is doing as it goes.
import { parentPort } from "worker_threads";
import type { WorkerReply, WorkerRequest } from "./guard";
import { checkFile } from "./check";
import { InputError } from "./inputError";

const port = parentPort;
if (!port) throw new Error("checkWorker runs in a worker thread");
const send = (m: WorkerReply): void => port.postMessage(m);

send({ ready: true }); // the engine is loaded: the guard's clock for a file starts now

port.on("message", (req: WorkerRequest) => {
  checkFile(req.file, req.lang, (stage) => send({ stage }), req.settings, {
    lintas: req.lintas !== false,
  }).then(
    (report) => send({ report }),
    (e: unknown) => {
      if (e instanceof InputError) send({ error: { id: e.id, en: e.en } });
      else send({ crash: e instanceof Error ? e.message : String(e) });
    },
  );
});
