// A sector recap of a Kalimantan Utara kabupaten's Dinas Perdagangan dan Metrologi (Sembakung Raya,
// invented): tera ulang UTTP per kecamatan 2024 (wajib tera ulang, ditera ulang by kind, jumlah,
// cakupan, sah / batal) with a TOTAL row whose cakupan is the ratio of the totals, and beside it,
// after one empty column, the retribusi tera ulang per triwulan (target, realisasi, capaian; a
// revenue may pass its target). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; wajib: number; tb: number; bbm: number; lain: number; batal: number };

export function rekapTeraUlang(): BookW {
  const b = new BookW(
    "rekap-tera-ulang-uttp-kecamatan-retribusi-sembakung-raya-2024.xlsx",
    "rekap tera ulang UTTP per kecamatan and retribusi per triwulan",
    "Rekap 2024 in Kalimantan Utara: No | Kecamatan | UTTP Wajib Tera Ulang | 'UTTP Ditera Ulang (unit)' > Timbangan | Pompa Ukur BBM | Lainnya | Jumlah | Cakupan (%) | 'Hasil Tera Ulang' > Sah | Batal; number row with '(7) = (4)+(5)+(6)', '(8) = (7)/(3) x 100'; TOTAL row; beside it: Triwulan | Target Retribusi (Rp) | Realisasi (Rp) | Capaian (%) with a Jumlah row",
  );
  const S = "Rekap Tera Ulang 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEMBAKUNG RAYA",
    "DINAS PERDAGANGAN DAN METROLOGI - UPTD METROLOGI LEGAL",
  ]);
  s.lines(["REKAPITULASI HASIL TERA ULANG UTTP DAN RETRIBUSI PELAYANAN TERA/TERA ULANG TAHUN 2024"]);
  s.gap();
  const kec: Kec[] = [
    { id: "k1", nm: "Sembakung", wajib: 1245, tb: 842, bbm: 36, lain: 118, batal: 21 },
    { id: "k2", nm: "Lumbis Ogong", wajib: 486, tb: 301, bbm: 8, lain: 42, batal: 9 },
    { id: "k3", nm: "Sebuku Timur", wajib: 932, tb: 655, bbm: 24, lain: 101, batal: 17 },
    { id: "k4", nm: "Tulin Jaya", wajib: 618, tb: 402, bbm: 12, lain: 79, batal: 11 },
    { id: "k5", nm: "Sesayap Ilir", wajib: 1504, tb: 1038, bbm: 44, lain: 167, batal: 26 },
    { id: "k6", nm: "Mensalong", wajib: 377, tb: 215, bbm: 6, lain: 31, batal: 4 },
    { id: "k7", nm: "Tanjung Kiri", wajib: 709, tb: 488, bbm: 18, lain: 62, batal: 12 },
  ];
  const top = s.r;
  const D = "UTTP Ditera Ulang (unit)";
  const H = "Hasil Tera Ulang";
  const t = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
        { key: "w", head: ["UTTP Wajib Tera Ulang (unit)"], num: "(3)", width: 12 },
        { key: "tb", head: [D, "Timbangan"], num: "(4)", width: 11 },
        { key: "bbm", head: [D, "Pompa Ukur BBM"], num: "(5)", width: 11 },
        { key: "ln", head: [D, "Lainnya"], num: "(6)", width: 11 },
        { key: "j", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", width: 11 },
        {
          key: "c",
          head: ["Cakupan Tera Ulang (%)"],
          role: "capaian",
          year: 2024,
          num: "(8) = (7)/(3) x 100",
          fmt: DEC,
          width: 11,
        },
        { key: "sah", head: [H, "Sah"], num: "(9)", width: 9 },
        { key: "bt", head: [H, "Batal"], num: "(10)", width: 9 },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map((x, i): Row => ({
          id: x.id,
          cells: (c) => {
            const jml = x.tb + x.bbm + x.lain;
            const out: Record<string, Cell> = {
              no: i + 1,
              nm: x.nm,
              w: x.wajib,
              tb: x.tb,
              bbm: x.bbm,
              ln: x.lain,
              j: fx(`SUM(${c.a("tb")}:${c.a("ln")})`),
              // planted: Tulin Jaya's cakupan is a typed 97.77 among ROUND formulas (79.77)
              c: x.id === "k4" ? 97.77 : fx(`ROUND(${c.a("j")}/${c.a("w")}*100,2)`),
              sah: jml - x.batal,
              bt: x.batal,
            };
            return out;
          },
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => {
            const out: Record<string, Cell> = { no: "TOTAL" };
            for (const k of ["w", "tb", "bbm", "ln", "j", "sah", "bt"])
              out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`);
            out.c = fx(`ROUND(${c.a("j")}/${c.a("w")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const tw: Array<[string, string, number, number]> = [
    ["q1", "Triwulan I", 38_500_000, 35_870_000],
    ["q2", "Triwulan II", 52_000_000, 49_615_000],
    ["q3", "Triwulan III", 61_250_000, 58_420_500],
    ["q4", "Triwulan IV", 48_250_000, 54_232_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 14 },
        { key: "tg", head: ["Target Retribusi (Rp)"], role: "target", year: 2024, fmt: RP, width: 16 },
        { key: "re", head: ["Realisasi Retribusi (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 16 },
        { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...tw.map(([id, nm, tg, re]): Row => ({
          id,
          cells: (c) => ({ tw: nm, tg, re, cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`) }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            tg: fx(`SUM(${c.a("tg", "q1")}:${c.a("tg", "q4")})`),
            // planted: the Jumlah realisasi stops at Triwulan III
            re: fx(`SUM(${c.a("re", "q1")}:${c.a("re", "q3")})`),
            cp: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    12,
    top,
  );
  s.r = Math.max(t.lastDataRow, t2.lastDataRow) + 1;
  s.gap();
  s.lines([
    "Catatan: UTTP batal diberi tanda batal dan wajib diperbaiki sebelum ditera ulang kembali.",
    "Retribusi sesuai Perda Kabupaten Sembakung Raya tentang Pajak Daerah dan Retribusi Daerah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sembakung, 15 Januari 2025",
    jabatan: ["Kepala UPTD Metrologi Legal,"],
    nama: "RINA MARLINA SIBURIAN, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19860722 201001 2 015",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const b2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Cakupan of Tulin Jaya is a typed 97.77 among ROUND formulas; 493 / 618 x 100 gives 79.77 (digits swapped)",
    truth: `ROUND(${a("j", "k4")}/${a("w", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: b2("re", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi retribusi is =SUM(Triwulan I:III) = 143,905,500; with Triwulan IV's 54,232,000 the year is 198,137,500",
    truth: `SUM(${b2("re", "q1")}:${b2("re", "q4")})`,
  });
  for (const x of kec) {
    b.ok({
      sheet: S,
      cell: a("j", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("tb", x.id)}+${a("bbm", x.id)}+${a("ln", x.id)}`,
    });
    if (x.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("j", x.id)}/${a("w", x.id)}*100,2)`,
      });
  }
  // the TOTAL cakupan is the ratio of the totals, not the average of the kecamatan
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("w", "tot")}*100,2)`,
    trap: `AVERAGE(${a("c", "k1")}:${a("c", "k7")})`,
  });
  for (const k of ["w", "tb", "bbm", "ln", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  // a revenue above its target: 112.40 % is no over-spending and no percentage out of range
  b.ok({
    sheet: S,
    cell: b2("cp", "q4"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${b2("re", "q4")}/${b2("tg", "q4")}*100,2)`,
  });
  for (const id of ["q1", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: b2("cp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${b2("re", id)}/${b2("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: b2("tg", "jml"),
    rules: ["sum-mismatch"],
    truth: tw.map(([id]) => b2("tg", id)).join("+"),
  });
  return b.finish();
}
