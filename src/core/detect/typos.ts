// Header words typed with one letter wrong, missing, extra or swapped ("Traget", "Satuam",
// "Defenisi", "Perhitngan") are read as the word meant. Only words of five letters or more, and
// only against the vocabulary of table headings, so ordinary words are left alone. Headings'
// abbreviations ("Tgt", "Real.") are spelled out first.
const VOCAB = [
  "definisi",
  "satuan",
  "target",
  "indikator",
  "realisasi",
  "perhitungan",
  "formulasi",
  "anggaran",
  "kondisi",
  "sasaran",
  "tujuan",
  "capaian",
  "keterangan",
  "penanggung",
  "sumber",
  "lokasi",
  "rumus",
  "kinerja",
  "operasional",
  "pertumbuhan",
  "persentase",
  "program",
  "kegiatan",
  "uraian",
  "polaritas",
  "predikat",
  "rasio",
  "akhir",
  "renstra",
  "kebijakan",
  "strategi",
  "penjelasan",
  "pengukuran",
];
// real words one letter from a heading's: "Siaran Radio" is no "rasio" (forms-blind289)
const KNOWN = new Set([...VOCAB, "radio"]);

/** Damerau-Levenshtein distance, stopping early above 1. */
export function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, y: string): boolean => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) || // substitution
    rest(a.slice(i + 1), b.slice(i)) || // extra letter in a
    rest(a.slice(i), b.slice(i + 1)) || // missing letter in a
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2))) // swap
  );
}

const cache = new Map<string, string>();

// Abbreviations headings use where the column is narrow ("Tgt 2024", "Real. (Rp.)", "Angg.").
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\b(tgt|trgt|trg)\b\.?/g, "target"],
  [/\b(real|rea|realis)(\.|\b(?=\s*(\(|$|\d|s\.?\s?d|s\/d|>)))/g, "realisasi"],
  [/\b(angg|ang)\./g, "anggaran"],
  // ("Fisik (%) > Ren. | Real.", forms-blind63)
  [/\b(ren|renc)\./g, "rencana"],
  [/\bcap\./g, "capaian"],
  [/\bkeu\./g, "keuangan"],
  [/\bind\./g, "indikator"],
];

export function fixTypos(text: string): string {
  for (const [re, word] of ABBREVIATIONS) text = text.replace(re, word);
  return text.replace(/[a-z]{5,}/g, (w) => {
    if (KNOWN.has(w)) return w;
    let fixed = cache.get(w);
    if (fixed === undefined) {
      fixed = VOCAB.find((v) => v[0] === w[0] && withinOne(w, v)) ?? w;
      cache.set(w, fixed);
    }
    return fixed;
  });
}
