// The child process of the time and memory guard (guard.ts): checks the files it is sent, one at
// a time, and says what it is doing as it goes. It ends when its parent goes.
import type { WorkerReply, WorkerRequest } from "./guard";
import { checkFile } from "./check";
import { InputError } from "./inputError";

const toParent = process.send?.bind(process);
if (!toParent) throw new Error("checkWorker runs as the guard's child process");
const send = (m: WorkerReply): void => {
  toParent(m);
};

process.on("disconnect", () => process.exit(0));
send({ ready: true }); // the engine is loaded: the guard's clock for a file starts now

process.on("message", (req: WorkerRequest) => {
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
