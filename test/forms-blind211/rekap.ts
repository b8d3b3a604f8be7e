// A sector recap of the Bagian Tata Pemerintahan, Setda Kabupaten Lombok Selatan Raya (NTB): penegasan
// batas desa per kecamatan up to 2024. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; desa: number; seg: number; sd23: number; th24: number };

export function rekapBatasDesa(): BookW {
  const b = new BookW(
    "rekap-segmen-batas-desa-per-kecamatan-lombok-selatan-raya.xlsx",
    "rekap penegasan batas desa per kecamatan (Bagian Tata Pemerintahan)",
    "No | Kecamatan | Jumlah Desa | Jumlah Segmen Batas | 'Segmen yang Telah Ditegaskan' > s.d. 2023 | Tahun 2024 | Jumlah | Persentase (%) | Sisa Segmen; number row (1) .. '(7) = (5) + (6)', '(8) = (7) / (4) x 100', '(9) = (4) - (7)'; JUMLAH row",
  );
  const S = "Rekap Batas Desa";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LOMBOK SELATAN RAYA",
    "SEKRETARIAT DAERAH - BAGIAN TATA PEMERINTAHAN",
  ]);
  s.lines(["REKAPITULASI PENEGASAN SEGMEN BATAS DESA PER KECAMATAN", "KEADAAN S.D. 31 DESEMBER 2024"]);
  s.gap();
  const kec: Kec[] = [
    { id: "c1", nm: "Praya Pesisir", desa: 14, seg: 38, sd23: 19, th24: 7 },
    { id: "c2", nm: "Batu Nampar", desa: 11, seg: 29, sd23: 12, th24: 6 },
    { id: "c3", nm: "Kuta Mandalika", desa: 16, seg: 44, sd23: 23, th24: 9 },
    { id: "c4", nm: "Jerowaru Utara", desa: 9, seg: 24, sd23: 8, th24: 5 },
    { id: "c5", nm: "Sengkol Raya", desa: 12, seg: 31, sd23: 15, th24: 4 },
  ];
  const G = "Segmen yang Telah Ditegaskan";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "desa", head: ["Jumlah Desa"], role: "lainnya", num: "(3)", fmt: INT, width: 9 },
      { key: "seg", head: ["Jumlah Segmen Batas"], role: "target", num: "(4)", fmt: INT, width: 10 },
      { key: "sd23", head: [G, "s.d. 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: INT, width: 9 },
      { key: "th24", head: [G, "Tahun 2024"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 9 },
      {
        key: "jml",
        head: [G, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (5) + (6)",
        fmt: INT,
        width: 9,
      },
      {
        key: "pc",
        head: ["Persentase (%)"],
        role: "capaian",
        num: "(8) = (7) / (4) x 100",
        fmt: DEC,
        width: 10,
      },
      { key: "sisa", head: ["Sisa Segmen"], role: "lainnya", num: "(9) = (4) - (7)", fmt: INT, width: 9 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          seg: k.seg,
          sd23: k.sd23,
          th24: k.th24,
          // planted: Batu Nampar's Jumlah is a typed 21 (12 + 6 give 18)
          jml: k.id === "c2" ? 21 : fx(`${c.a("sd23")}+${c.a("th24")}`),
          pc: fx(`ROUND(${c.a("jml")}/${c.a("seg")}*100,2)`),
          sisa: fx(`${c.a("seg")}-${c.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const o: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
          for (const k of ["desa", "seg", "sd23", "th24", "jml", "sisa"])
            o[k] = fx(`SUM(${c.a(k, "c1")}:${c.a(k, "c5")})`);
          // planted: the total percentage averages the kecamatan percentages instead of (7) / (4)
          o.pc = fx(`ROUND(AVERAGE(${c.a("pc", "c1")}:${c.a("pc", "c5")}),2)`);
          return o;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Berita Acara Penegasan Batas Desa Tim PPB Desa Kabupaten 2019-2024.",
    "Catatan: segmen Kuta Mandalika - Sengkol Raya masih dalam proses fasilitasi Pemerintah Provinsi NTB.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "c2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah segmen ditegaskan of Batu Nampar is a typed 21 among (5)+(6) formulas; 12 + 6 give 18",
    truth: `${a("sd23", "c2")}+${a("th24", "c2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "tot") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "the JUMLAH percentage is the AVERAGE of the kecamatan percentages; = 65.80; the column's own formula (7) / (4) on the totals gives 102 / 166 = 61.45 (with Batu Nampar's true 18)",
    truth: `ROUND((${a("jml", "tot")}-${a("jml", "c2")}+${a("sd23", "c2")}+${a("th24", "c2")})/${a("seg", "tot")}*100,2)`,
  });
  for (const k of kec.filter((x) => x.id !== "c2")) {
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("sd23", k.id)}+${a("th24", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pc", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", k.id)}/${a("seg", k.id)}*100,2)`,
      // the percentage counts every segmen ditegaskan so far, not only 2024's
      trap: `ROUND(${a("th24", k.id)}/${a("seg", k.id)}*100,2)`,
    });
  }
  for (const k of ["desa", "seg", "sd23", "th24"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  return b.finish();
}
