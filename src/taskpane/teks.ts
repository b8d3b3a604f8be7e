// The pane's own words, Bahasa Indonesia first.
export type Bahasa = "id" | "en";

export const TEKS = {
  id: {
    judul: "Cermat IKU",
    ringkas:
      "Fungsi IKU.* menghitung capaian, penurunan, pertumbuhan, predikat dan nilai SAKIP langsung di sel. Ketik =IKU. di sel mana pun.",
    fungsi: "Fungsi",
    contoh: "Contoh",
    hasil: "Hasil",
    bahasa: "Bahasa",
    memuat: "Menunggu Excel…",
    diluarExcel: "Panel ini berjalan di luar Excel. Muat add-in di Excel untuk memakai fungsinya.",
  },
  en: {
    judul: "Cermat IKU",
    ringkas:
      "The IKU.* functions compute achievement, decrease, growth, achievement levels and SAKIP grades right in a cell. Type =IKU. in any cell.",
    fungsi: "Functions",
    contoh: "Example",
    hasil: "Result",
    bahasa: "Language",
    memuat: "Waiting for Excel…",
    diluarExcel: "This pane runs outside Excel. Load the add-in in Excel to use its functions.",
  },
} as const;
