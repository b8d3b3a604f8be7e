// The nomenclature list in the pane (issue 13 item 2): read once from the planner's .xlsx or .csv
// and kept in the browser's IndexedDB of the add-in's origin, so every workbook opened on this
// computer is checked against it (code-unknown, code-renamed, code-name-mismatch).
//
// Why IndexedDB and not the workbook's settings or localStorage: a full SIPD export runs to tens
// of thousands of rows (several MB). A workbook's settings are saved inside the .xlsx and Office
// speaks of "the size limits of the document Settings" without a figure (learn.microsoft.com,
// "Persist add-in state and settings"), so the list would weigh on every workbook sent to
// Bappeda, and on the CLI that reads those settings; localStorage holds about 5 MB of text per
// origin and is parsed on the pane's thread. IndexedDB keeps the parsed list (its Maps and Sets
// as they are, by structured clone) within the browser's quota, hundreds of MB. The price: the
// list stays on this computer and this Excel (desktop and web keep separate stores), and clearing
// the browser's data removes it; a reviewer's CLI takes it with --nomenklatur.
import type { Nomenklatur } from "../../core/nomenklatur";

/** The list as kept: the list itself and when it was loaded (YYYY-MM-DD). */
export type DaftarTersimpan = { daftar: Nomenklatur; dimuat: string };

export interface PenyimpanDaftar {
  /** False when the list is forgotten with the pane (no IndexedDB here). */
  readonly tetap: boolean;
  muat(): Promise<DaftarTersimpan | undefined>;
  simpan(d: DaftarTersimpan): Promise<void>;
  hapus(): Promise<void>;
}

const DB = "cermat-iku";
const STORE = "nomenklatur";
const KEY = "daftar";

function buka(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function transaksi<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await buka();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The browser's IndexedDB; where there is none, the list holds for this session only. */
export function penyimpanBrowser(): PenyimpanDaftar {
  if (typeof indexedDB === "undefined") return penyimpanMemori();
  return {
    tetap: true,
    muat: async () =>
      (await transaksi<DaftarTersimpan | undefined>("readonly", (s) => s.get(KEY))) ?? undefined,
    simpan: async (d) => void (await transaksi("readwrite", (s) => s.put(d, KEY))),
    hapus: async () => void (await transaksi("readwrite", (s) => s.delete(KEY))),
  };
}

/** A store that forgets when the pane closes (tests, a browser without IndexedDB). */
export function penyimpanMemori(awal?: DaftarTersimpan): PenyimpanDaftar {
  let d = awal;
  return {
    tetap: false,
    muat: async () => d,
    simpan: async (x) => void (d = x),
    hapus: async () => void (d = undefined),
  };
}
