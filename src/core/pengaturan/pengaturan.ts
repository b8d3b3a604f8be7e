// The settings the pane saves in the workbook (Office.context.document.settings, key
// KUNCI_PENGATURAN), read the same way by the pane and by the CLI, which finds them in the .xlsx
// (src/cli/addinSettings.ts). What is stored may come from an older or newer add-in, or be
// edited by hand: `pengaturanDari` keeps only the fields it can trust and never throws.
import { SKALA_PREDIKAT } from "../indicators";
// from the rules' types, not their index: the pane loads the rules only when a check starts
import { DEFAULT_SETTINGS } from "../rules/types";
import type { Settings } from "../rules/types";

/** The name the pane's settings are saved under in the workbook. */
export const KUNCI_PENGATURAN = "cermat-iku";

/** A finding the planner accepted, with the reason ("Terima dengan alasan"). */
export type Penerimaan = {
  rule: string;
  sheet: string;
  cell: string;
  /** The value the finding was about when it was accepted: another value re-opens it. */
  actual?: number | string;
  alasan: string;
  /** When it was accepted (YYYY-MM-DD). */
  tanggal: string;
};

export type PaneSettings = Settings & { bahasa: "id" | "en"; diterima: Penerimaan[] };

export const DEFAULT_PANE_SETTINGS: PaneSettings = { ...DEFAULT_SETTINGS, bahasa: "id", diterima: [] };

/** A reason longer than this is cut: it is a short note, not a document. */
export const ALASAN_MAKS = 500;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";
const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function penerimaanDari(x: unknown): Penerimaan | undefined {
  if (!isRecord(x)) return undefined;
  const { rule, sheet, cell, actual, alasan, tanggal } = x;
  if (!text(rule) || !text(sheet) || typeof cell !== "string" || !A1.test(cell) || !text(alasan))
    return undefined;
  // an unreadable value would make the acceptance hold for any value: it is dropped instead
  const value = (typeof actual === "number" && Number.isFinite(actual)) || typeof actual === "string";
  if (actual !== undefined && !value) return undefined;
  const p: Penerimaan = {
    rule,
    sheet,
    cell,
    alasan: alasan.trim().slice(0, ALASAN_MAKS),
    tanggal: typeof tanggal === "string" ? tanggal : "",
  };
  if (value) p.actual = actual;
  return p;
}

/**
 * The well-typed fields of what was saved: an object, or its JSON text (as the .xlsx stores it).
 * Unknown fields and fields of the wrong type or value are left out; anything else gives {}.
 */
export function pengaturanDari(raw: unknown): Partial<PaneSettings> {
  let x = raw;
  if (typeof x === "string") {
    try {
      x = JSON.parse(x) as unknown;
    } catch {
      return {};
    }
  }
  if (!isRecord(x)) return {};
  const out: Partial<PaneSettings> = {};
  if (x.metodeNegatif === "refleksi" || x.metodeNegatif === "rasio") out.metodeNegatif = x.metodeNegatif;
  if (typeof x.toleransi === "number" && Number.isFinite(x.toleransi) && x.toleransi >= 0)
    out.toleransi = x.toleransi;
  if (
    typeof x.skalaPredikat === "string" &&
    Object.prototype.hasOwnProperty.call(SKALA_PREDIKAT, x.skalaPredikat)
  )
    out.skalaPredikat = x.skalaPredikat;
  if (isRecord(x.polaritas)) {
    const polaritas: Settings["polaritas"] = {};
    for (const [k, v] of Object.entries(x.polaritas))
      if (k && (v === "positif" || v === "negatif")) polaritas[k] = v;
    out.polaritas = polaritas;
  }
  if (x.bahasa === "id" || x.bahasa === "en") out.bahasa = x.bahasa;
  if (Array.isArray(x.diterima))
    out.diterima = x.diterima.flatMap((d) => {
      const p = penerimaanDari(d);
      return p ? [p] : [];
    });
  return out;
}
