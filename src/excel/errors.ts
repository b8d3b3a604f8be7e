// What goes wrong in Excel and what the planner should do about it, in both languages.
import type { Pesan } from "../core/indicators";

export class HostError extends Error {
  constructor(
    readonly kind:
      "edit-mode" | "protected" | "too-large" | "unsupported" | "cancelled" | "no-tables" | "other",
    readonly pesan: Pesan,
  ) {
    super(pesan.en);
  }
}

export const cancelled = (): HostError =>
  new HostError("cancelled", {
    id: "Pemeriksaan dibatalkan. Tidak ada yang diubah.",
    en: "The check was cancelled. Nothing was changed.",
  });

export const unsupported = (what: { id: string; en: string }, set: string): HostError =>
  new HostError("unsupported", {
    id: `${what.id} memerlukan Excel yang lebih baru (${set}). Perbarui Office atau pakai Excel untuk web.`,
    en: `${what.en} needs a newer Excel (${set}). Update Office or use Excel on the web.`,
  });

export const protectedSheets = (sheets: string[]): HostError =>
  new HostError("protected", {
    id: `Lembar dilindungi: ${sheets.join(", ")}. Buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu coba lagi. Tidak ada yang diubah.`,
    en: `Protected sheet(s): ${sheets.join(", ")}. Unprotect them (Review > Unprotect Sheet) and try again. Nothing was changed.`,
  });

/** Turns an Office.js error into a HostError with a message a person can act on. */
export function fromOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string })?.code ?? "";
  if (code === "InvalidOperationInCellEditMode") {
    return new HostError("edit-mode", {
      id: "Excel sedang menyunting sel. Tekan Enter atau Esc untuk selesai, lalu coba lagi.",
      en: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    });
  }
  if (code === "AccessDenied") {
    return new HostError("protected", {
      id: "Lembar atau buku kerja dilindungi. Buka proteksinya, lalu coba lagi.",
      en: "The sheet or workbook is protected. Unprotect it and try again.",
    });
  }
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") {
    return new HostError("too-large", {
      id: "Data terlalu besar untuk satu permintaan ke Excel. Periksa per lembar (Lembar aktif).",
      en: "Too much data for one request to Excel. Check one sheet at a time (Active sheet).",
    });
  }
  const msg = (e as Error)?.message ?? String(e);
  return new HostError("other", {
    id: `Excel menolak permintaan: ${msg}`,
    en: `Excel refused the request: ${msg}`,
  });
}
