// LibreOffice for the test:calc suites: where its soffice and a Python with its UNO bridge are,
// and the scripts (lo_view.py, lo_recalc.py) that read what it shows through UNO.
import { spawnSync } from "child_process";
import * as path from "path";

/** The soffice to run (SOFFICE, soffice or libreoffice on the PATH); undefined when none runs. */
export function findSoffice(): string | undefined {
  for (const name of [process.env.SOFFICE, "soffice", "libreoffice"].filter(Boolean) as string[]) {
    const r = spawnSync(name, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0) return name;
  }
  return undefined;
}

/** A Python that has LibreOffice's UNO bridge (Debian: python3-uno, for the system python). */
export function findUnoPython(): string | undefined {
  for (const py of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(py, ["-c", "import uno"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0) return py;
  }
  return undefined;
}

/** Runs one of the UNO scripts of this folder on `files` with its own profile; its JSON output. */
export function runUno<T>(
  python: string,
  script: string,
  soffice: string,
  profile: string,
  files: string[],
): T {
  const r = spawnSync(python, [path.join(__dirname, script), soffice, profile, ...files], {
    encoding: "utf8",
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" }, // no __pycache__ left in the tree
    timeout: 600_000,
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
