// Table kinds of the report contract, from the roles its columns carry.
import type { DetectedColumn, TableKind } from "./types";

export function tableKind(columns: DetectedColumn[]): TableKind {
  const has = (role: string): boolean => columns.some((c) => c.role === role);
  const paired = columns.some((c) => c.ukuran === "K") && columns.some((c) => c.ukuran === "Rp");
  if (has("kode") && (paired || has("anggaran"))) return "program";
  if (paired) return "program";
  if (has("anggaran") || has("realisasi-anggaran"))
    return has("target") || has("realisasi") ? "kinerja" : "anggaran";
  // Realisations, achievements or a starting condition make a performance table; an IKU table
  // defines its indicators (definition, formula) and may carry targets and the end condition.
  if (has("realisasi") || has("capaian") || has("kondisi-awal")) return "kinerja";
  if (
    has("indikator") &&
    (has("target") || has("rumus") || has("definisi") || has("sumber-data") || has("penanggung-jawab"))
  )
    return "iku";
  if (has("indikator")) return "kinerja";
  return "lainnya";
}
