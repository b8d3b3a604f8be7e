// Two recaps of the DKP's own operational data (set 352): produksi perikanan tangkap per kecamatan per
// triwulan beside nelayan berasuransi per kecamatan (side by side, one empty column between), and kapal
// perikanan per ukuran GT per kecamatan with pertumbuhan.
import { BookW, fx, letterhead, signature, INT, DEC, type Row } from "../forms/kit";

/** Produksi tangkap per kecamatan per triwulan 2025 (ton) + nelayan berasuransi, side by side. */
export function rekapProduksiNelayan(): BookW {
  const book = new BookW(
    "rekap-produksi-tangkap-nelayan-asuransi-teluk-damar-biru-352.xlsx",
    "Rekap",
    "produksi tangkap per kecamatan per triwulan with target and capaian; nelayan berasuransi side by side",
  );
  const s = book.sheet("Produksi 2025");
  letterhead(s, [
    "DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK DAMAR BIRU",
    "Rekapitulasi Produksi Perikanan Tangkap dan Nelayan Berasuransi per Kecamatan Tahun 2025",
  ]);
  const kec: Array<[string, number[], number, number, number]> = [
    ["Lamori", [612.4, 705.8, 688.1, 590.3], 2650, 1245, 562],
    ["Teluk Bungin", [845.2, 910.7, 952.4, 801.9], 3400, 1810, 903],
    ["Sangia Raya", [402.5, 455, 470.6, 398.2], 1800, 760, 318],
    ["Pulau Bahari", [1120.8, 1204.3, 1251.7, 1098.4], 4800, 2135, 1020],
    ["Labuan Tua", [298.6, 336.2, 345.9, 301.5], 1250, 540, 248],
    ["Mata Karang", [520.1, 584.9, 601.3, 515], 2300, 980, 433],
  ];
  const q = ["q1", "q2", "q3", "q4"];
  const top = s.r;
  const rowsA: Row[] = kec.map(([nama, tw, target], i) => ({
    id: `k${i}`,
    cells: (x) => ({
      kec: nama,
      ...Object.fromEntries(tw.map((v, j) => [q[j], v])),
      // planted: Sangia Raya's yearly total typed 1,762.3 (the quarters give 1,726.3)
      jml: i === 2 ? 1762.3 : fx(q.map((k) => x.a(k)).join("+")),
      tgt: target,
      cap: fx(`ROUND(${x.a("jml")}/${x.a("tgt")}*100,2)`),
    }),
  }));
  const last = kec.length - 1;
  rowsA.push({
    id: "tot",
    bold: true,
    cells: (x) => ({
      kec: "Jumlah",
      ...Object.fromEntries(
        ["q1", "q2", "q3", "q4", "jml", "tgt"].map((k) => [
          k,
          fx(`SUM(${x.a(k, "k0")}:${x.a(k, `k${last}`)})`),
        ]),
      ),
      cap: fx(`ROUND(${x.a("jml")}/${x.a("tgt")}*100,2)`),
    }),
  });
  const a = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "1", width: 16 },
        ...q.map((k, j) => ({
          key: k,
          head: ["Produksi per Triwulan (ton)", `TW ${["I", "II", "III", "IV"][j]}`],
          role: "realisasi" as const,
          year: 2025,
          num: String(j + 2),
          fmt: DEC,
        })),
        {
          key: "jml",
          head: ["Jumlah 2025 (ton)"],
          role: "realisasi",
          year: 2025,
          num: "6 = 2+3+4+5",
          fmt: DEC,
        },
        { key: "tgt", head: ["Target 2025 (ton)"], role: "target", year: 2025, num: "7", fmt: DEC },
        { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2025, num: "8 = 6/7 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: rowsA,
    },
    1,
    top,
  );
  const rowsB: Row[] = kec.map(([nama, , , n, ins], i) => ({
    id: `n${i}`,
    cells: (x) => ({
      kec: nama,
      n,
      ins,
      // planted: Labuan Tua's percentage typed 112.50 (248 / 540 gives 45.93)
      pct: i === 4 ? 112.5 : fx(`ROUND(${x.a("ins")}/${x.a("n")}*100,2)`),
    }),
  }));
  rowsB.push({
    id: "tot",
    bold: true,
    cells: (x) => ({
      kec: "Jumlah",
      n: fx(`SUM(${x.a("n", "n0")}:${x.a("n", `n${last}`)})`),
      ins: fx(`SUM(${x.a("ins", "n0")}:${x.a("ins", `n${last}`)})`),
      pct: fx(`ROUND(${x.a("ins")}/${x.a("n")}*100,2)`),
    }),
  });
  const b = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "1", width: 16 },
        { key: "n", head: ["Nelayan", "Jumlah (orang)"], role: "lainnya", year: 2025, num: "2", fmt: INT },
        {
          key: "ins",
          head: ["Nelayan", "Berasuransi (orang)"],
          role: "realisasi",
          year: 2025,
          num: "3",
          fmt: INT,
        },
        {
          key: "pct",
          head: ["Persentase Berasuransi (%)"],
          role: "capaian",
          year: 2025,
          num: "4 = 3/2 x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: rowsB,
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: log book penangkapan dan data TPI; data asuransi dari BPJS/Jasindo per 31 Desember 2025.",
  ]);
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: a.a("jml", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Sangia Raya Jumlah typed 1,762.3 ton; 402.5+455+470.6+398.2 = 1,726.3",
    truth: q.map((k) => a.a(k, "k2")).join("+"),
  });
  book.plant({
    at: { sheet: S, cell: b.a("pct", "n4") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Labuan Tua typed 112.50 %; 248 / 540 gives 45.93",
    truth: `ROUND(${b.a("ins", "n4")}/${b.a("n", "n4")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: a.a("cap", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a.a("jml", "tot")}/${a.a("tgt", "tot")}*100,2)`,
    trap: `SUM(${a.a("cap", "k0")}:${a.a("cap", `k${last}`)})`,
  });
  book.ok({
    sheet: S,
    cell: a.a("jml", "k3"),
    rules: ["sum-mismatch"],
    truth: q.map((k) => a.a(k, "k3")).join("+"),
  });
  book.ok({
    sheet: S,
    cell: b.a("pct", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${b.a("ins", "tot")}/${b.a("n", "tot")}*100,2)`,
    trap: `SUM(${b.a("pct", "n0")}:${b.a("pct", `n${last}`)})`,
  });
  return book.finish();
}

/** Kapal perikanan per ukuran GT per kecamatan 2025 vs 2024, number row "7 = 3+4+5+6", Jumlah row. */
export function rekapKapal(): BookW {
  const book = new BookW(
    "rekap-kapal-perikanan-per-gt-pantai-serunai-352.xlsx",
    "Rekap",
    "kapal perikanan per ukuran GT per kecamatan, jumlah 2025 / 2024, pertumbuhan, Jumlah row",
  );
  const s = book.sheet("Kapal 2025");
  letterhead(s, [
    "PEMERINTAH KOTA PANTAI SERUNAI",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Dermaga Lama No. 17, Pantai Serunai 33127",
  ]);
  s.lines(["Rekapitulasi Jumlah Kapal Perikanan Menurut Ukuran dan Kecamatan, Keadaan 31 Desember 2025"]);
  s.gap();
  const data: Array<[string, number[], number]> = [
    ["Pasir Padi Lama", [214, 88, 31, 6], 322],
    ["Serunai Barat", [176, 102, 44, 12], 318],
    ["Serunai Timur", [142, 65, 18, 3], 236],
    ["Teluk Kelabat Kota", [305, 131, 57, 19], 470],
    ["Air Jukung", [98, 41, 9, 0], 141],
  ];
  const gt = ["a", "b", "c", "d"];
  const last = data.length - 1;
  const rows: Row[] = data.map(([kec, v, y24], i) => ({
    id: `k${i}`,
    cells: (x) => ({
      no: i + 1,
      kec,
      ...Object.fromEntries(v.map((n, j) => [gt[j], n])),
      j25: fx(gt.map((k) => x.a(k)).join("+")),
      j24: y24,
      // planted: Teluk Kelabat Kota's growth typed 4.47 (512 vs 470 gives 8.94)
      g: i === 3 ? 4.47 : fx(`ROUND((${x.a("j25")}-${x.a("j24")})/${x.a("j24")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => ({
      no: "Jumlah",
      // planted: a stale cached 169 for the 10-30 GT column (the five kecamatan give 159)
      ...Object.fromEntries(
        [...gt, "j25", "j24"].map((k) => [
          k,
          fx(`SUM(${x.a(k, "k0")}:${x.a(k, `k${last}`)})`, k === "c" ? 169 : undefined),
        ]),
      ),
      g: fx(`ROUND((${x.a("j25")}-${x.a("j24")})/${x.a("j24")}*100,2)`),
    }),
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 18 },
      ...["< 5 GT", "5 - 10 GT", "> 10 - 30 GT", "> 30 GT"].map((h, j) => ({
        key: gt[j],
        head: ["Jumlah Kapal Perikanan Menurut Ukuran (unit)", h],
        role: "realisasi" as const,
        year: 2025,
        num: j + 3,
        fmt: INT,
      })),
      {
        key: "j25",
        head: ["Jumlah Kapal", "2025"],
        role: "realisasi",
        year: 2025,
        num: "7 = 3+4+5+6",
        fmt: INT,
      },
      { key: "j24", head: ["Jumlah Kapal", "2024"], role: "realisasi", year: 2024, num: 8, fmt: INT },
      {
        key: "g",
        head: ["Pertumbuhan (%)"],
        role: "pertumbuhan",
        year: 2025,
        num: "9 = (7-8)/8 x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines([
    "Catatan: termasuk perahu tanpa motor dan motor tempel; sumber: registrasi pas kecil dan e-Kusuka.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Pantai Serunai, 12 Januari 2026",
    jabatan: ["Kepala Bidang Perikanan Tangkap"],
    nama: "Rosmawati Lubis, S.St.Pi.",
    nip: "19830514 200903 2 007",
  });
  const S = s.name;
  const growth = (id: string) => `ROUND((${t.a("j25", id)}-${t.a("j24", id)})/${t.a("j24", id)}*100,2)`;
  book.plant({
    at: { sheet: S, cell: t.a("g", "k3") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Teluk Kelabat Kota growth typed 4.47 %; (512 - 470) / 470 gives 8.94",
    truth: growth("k3"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("c", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah of > 10 - 30 GT caches 169; its SUM gives 159",
    truth: data.map((_, i) => t.a("c", `k${i}`)).join("+"),
  });
  book.ok({
    sheet: S,
    cell: t.a("g", "tot"),
    rules: ["growth-mismatch"],
    truth: growth("tot"),
    trap: `SUM(${t.a("g", "k0")}:${t.a("g", `k${last}`)})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("j25", "k1"),
    rules: ["sum-mismatch"],
    truth: gt.map((k) => t.a(k, "k1")).join("+"),
  });
  return book.finish();
}
