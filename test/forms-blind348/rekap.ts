// PK 2025 beside its Renstra sheet, and two recaps of Dispora operational data (medali per cabor with
// sarana per kecamatan below; wirausaha muda per triwulan with OKP side by side). Invented data.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col } from "../forms/kit";

export function pkDispora(): BookW {
  const b = new BookW(
    "pk-2025-dispora-tanjung-harapan-baru-348.xlsx",
    "PK",
    "PK 2025 Kepala Dispora + IKU Renstra",
  );
  const r = b.sheet("Renstra 2021-2026");
  r.lines(["IKU RENSTRA DINAS PEMUDA DAN OLAHRAGA 2021-2026"], 1, { bold: true });
  r.gap();
  const Y = [1, 2, 3, 4, 5, 6];
  const rc: Col[] = [
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...Y.map((n) => ({
      key: `y${n}`,
      head: ["Target", `Tahun ke-${n}`],
      role: "target" as const,
      year: 2020 + n,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir" as const, year: 2026, fmt: DEC },
  ];
  const iku = [
    {
      id: "a",
      ind: "Persentase atlet berprestasi tingkat nasional",
      sat: "%",
      y: [8, 9.5, 11, 12.5, 14, 15.5],
    },
    { id: "b", ind: "Indeks pembangunan pemuda", sat: "indeks", y: [50.1, 51, 51.8, 52.6, 53.5, 54.4] },
    {
      id: "c",
      ind: "Persentase wirausaha muda yang bertahan > 2 tahun",
      sat: "%",
      y: [35, 38, 41, 44, 47, 50],
    },
  ];
  const rt = r.table({
    cols: rc,
    headerRows: 2,
    rows: iku.map((k) => ({
      id: k.id,
      cells: (x) => ({
        ind: k.ind,
        sat: k.sat,
        ...Object.fromEntries(Y.map((n) => [`y${n}`, k.y[n - 1]])),
        ak: fx(x.a("y6")),
      }),
    })),
  });
  const s = b.sheet("PK 2025");
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PEMUDA DAN OLAHRAGA KOTA TANJUNG HARAPAN BARU",
  ]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: [
      { id: "a", cells: { no: 1, sas: "Meningkatnya prestasi olahraga", ind: iku[0].ind, t: 14, sat: "%" } },
      {
        id: "b",
        cells: { no: 2, sas: "Meningkatnya kualitas pemuda", ind: iku[1].ind, t: 54.4, sat: "indeks" },
      },
      {
        id: "c",
        cells: { no: 3, sas: "Meningkatnya kewirausahaan pemuda", ind: iku[2].ind, t: 47, sat: "%" },
      },
    ],
  });
  s.gap();
  s.lines(["Program dan anggaran:"]);
  const prog = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "p", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: { no: 1, p: "Program Penunjang Urusan Pemerintahan Daerah", rp: 6_418_250_000, ket: "APBD" },
      },
      {
        id: "p2",
        cells: {
          no: 2,
          p: "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
          rp: 4_920_000_000,
          ket: "APBD",
        },
      },
      {
        id: "p3",
        cells: {
          no: 3,
          p: "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
          rp: 9_385_500_000,
          ket: "APBD + DAK",
        },
      },
      {
        id: "p4",
        cells: { no: 4, p: "Program Pengembangan Kapasitas Pramuka", rp: 725_000_000, ket: "APBD" },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "p"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Tanjung Harapan Baru, 6 Januari 2025",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga"],
    nama: "Hj. Marlina Sari, S.Pd., M.Si.",
    nip: "19780904 200212 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: s.name, cell: pk.a("t", "b") },
        { sheet: r.name, cell: rt.a("y5", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK indeks pembangunan pemuda 54.4 = Renstra Tahun ke-6 (2026); 2025 (ke-5) is 53.5",
    truth: `='${r.name}'!${rt.a("y5", "b")}`,
  });
  b.plant({
    at: { sheet: s.name, cell: prog.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM one row short (20,723,750,000); the four programs give 21,448,750,000",
    truth: `=SUM(${prog.a("rp", "p1")}:${prog.a("rp", "p4")})`,
  });
  b.ok({
    sheet: s.name,
    cell: pk.a("t", "a"),
    rules: ["cross-table-mismatch"],
    truth: `='${r.name}'!${rt.a("y5", "a")}`,
  });
  b.ok({
    sheet: r.name,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${rt.a("y6", "c")}`,
    trap: `=SUM(${rt.a("y1", "c")}:${rt.a("y6", "c")})`,
  });
  return b.finish();
}

export function rekapMedaliSarana(): BookW {
  const b = new BookW(
    "rekap-medali-cabor-sarana-lembah-sariak-348.xlsx",
    "Rekap",
    "Medali Porprov 2024 per cabor + sarana per kecamatan",
  );
  const s = b.sheet("Rekap 2024");
  letterhead(s, [
    "DINAS PEMUDA DAN OLAHRAGA KABUPATEN LEMBAH SARIAK",
    "REKAPITULASI PEROLEHAN MEDALI PORPROV XVI TAHUN 2024",
  ]);
  const cabor: Array<[string, number, number, number, number]> = [
    ["Atletik", 4, 3, 5, 22],
    ["Pencak Silat", 6, 2, 4, 18],
    ["Renang", 1, 3, 2, 12],
    ["Sepak Takraw", 2, 1, 3, 15],
    ["Karate", 3, 4, 2, 14],
    ["Panahan", 0, 2, 1, 8],
  ];
  const t1 = s.table({
    cols: [
      { key: "c", head: ["Cabang Olahraga"], num: 1, width: 22 },
      { key: "e", head: ["Medali", "Emas"], num: 2, fmt: INT },
      { key: "p", head: ["Medali", "Perak"], num: 3, fmt: INT },
      { key: "b", head: ["Medali", "Perunggu"], num: 4, fmt: INT },
      { key: "j", head: ["Medali", "Jumlah"], num: "5 = 2+3+4", fmt: INT },
      { key: "a", head: ["Jumlah Atlet"], num: 6, fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...cabor.map(([c, e, p, bb, a], i) => ({
        id: `c${i}`,
        cells: (x: { a: (k: string) => string }) => ({
          c,
          e,
          p,
          b: bb,
          a,
          j: i === 4 ? 10 : fx(`SUM(${x.a("e")}:${x.a("b")})`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) =>
          Object.fromEntries([
            ["c", "Jumlah"],
            ...["e", "p", "b", "j", "a"].map((k) => [k, fx(`SUM(${x.a(k, "c0")}:${x.a(k, "c5")})`)]),
          ]),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Kondisi Sarana Olahraga per Kecamatan"], 1, { bold: true });
  const kec: Array<[string, number, number, number]> = [
    ["Lubuk Sariak", 12, 3, 1],
    ["Koto Tinggi", 8, 2, 2],
    ["Batang Mangkudu", 6, 4, 0],
    ["Sungai Rimbun", 9, 1, 1],
  ];
  const t2 = s.table({
    cols: [
      { key: "k", head: ["Kecamatan"], role: "lokasi", width: 22 },
      { key: "bk", head: ["Kondisi", "Baik"], fmt: INT },
      { key: "rr", head: ["Kondisi", "Rusak Ringan"], fmt: INT },
      { key: "rb", head: ["Kondisi", "Rusak Berat"], fmt: INT },
      { key: "j", head: ["Jumlah"], fmt: INT },
      { key: "pb", head: ["% Baik"], role: "capaian", fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...kec.map(([k, bk, rr, rb], i) => ({
        id: `k${i}`,
        cells: (x: { a: (k: string) => string }) => ({
          k,
          bk,
          rr,
          rb,
          j: fx(`${x.a("bk")}+${x.a("rr")}+${x.a("rb")}`),
          pb: i === 2 ? 160 : fx(`ROUND(${x.a("bk")}/${x.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          k: "Jumlah",
          ...Object.fromEntries(
            ["bk", "rr", "rb", "j"].map((k) => [k, fx(`SUM(${x.a(k, "k0")}:${x.a(k, "k3")})`)]),
          ),
          pb: fx(`ROUND(${x.a("bk")}/${x.a("j")}*100,2)`),
        }),
      },
    ],
  });
  const S = s.name;
  b.plant({
    at: { sheet: S, cell: t1.a("j", "c4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Karate Jumlah medali typed 10; 3 + 4 + 2 = 9",
    truth: `=SUM(${t1.a("e", "c4")}:${t1.a("b", "c4")})`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("pb", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Batang Mangkudu % baik typed 160; 6 / 10 x 100 = 60.00",
    truth: `=ROUND(${t2.a("bk", "k2")}/${t2.a("j", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("pb", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `=ROUND(${t2.a("bk", "tot")}/${t2.a("j", "tot")}*100,2)`,
    trap: `=SUM(${t2.a("pb", "k0")}:${t2.a("pb", "k3")})`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("e", "tot"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${t1.a("e", "c0")}:${t1.a("e", "c5")})`,
  });
  return b.finish();
}

export function rekapWirausahaOkp(): BookW {
  const b = new BookW(
    "rekap-wirausaha-muda-okp-tanjung-harapan-baru-348.xlsx",
    "Rekap",
    "Wirausaha muda per triwulan per kecamatan + OKP",
  );
  const s = b.sheet("Rekap Pemuda");
  s.lines(
    ["REKAP WIRAUSAHA MUDA BINAAN DAN ORGANISASI KEPEMUDAAN TAHUN 2024", "Kota Tanjung Harapan Baru"],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const kec: Array<[string, number[], number]> = [
    ["Harapan Utara", [5, 8, 7, 6], 25],
    ["Harapan Selatan", [4, 6, 9, 5], 22],
    ["Sungai Kedang", [3, 4, 4, 6], 20],
    ["Loa Pinang", [2, 5, 6, 3], 18],
  ];
  const tw = ["TW I", "TW II", "TW III", "TW IV"];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: 1 },
        { key: "k", head: ["Kecamatan"], role: "lokasi", num: 2, width: 18 },
        ...tw.map((q, i) => ({
          key: `q${i + 1}`,
          head: ["Realisasi 2024", q],
          role: "realisasi" as const,
          year: 2024,
          num: 3 + i,
          fmt: INT,
        })),
        { key: "j", head: ["Jumlah"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: INT },
        { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: 8, fmt: INT },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "9 = 7/8 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map(([k, q, tg], i) => ({
          id: `k${i}`,
          cells: (x: { a: (k: string) => string }) => ({
            no: i + 1,
            k,
            q1: q[0],
            q2: q[1],
            q3: q[2],
            q4: q[3],
            t: tg,
            j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
            c: i === 1 ? 96 : fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "k"],
          cells: (x) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["q1", "q2", "q3", "q4", "j", "t"].map((k) => [k, fx(`SUM(${x.a(k, "k0")}:${x.a(k, "k3")})`)]),
            ),
            c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const okp: Array<[string, number, number]> = [
    ["OKP Keagamaan", 18, 21],
    ["OKP Kemahasiswaan", 9, 11],
    ["OKP Hobi dan Seni", 14, 13],
    ["OKP Kewirausahaan", 6, 9],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "j", head: ["Jenis OKP"], num: "(1)", width: 20 },
        { key: "a", head: ["Jumlah Terdaftar", "2023"], num: "(2)", role: "realisasi", year: 2023, fmt: INT },
        { key: "b", head: ["Jumlah Terdaftar", "2024"], num: "(3)", role: "realisasi", year: 2024, fmt: INT },
        { key: "g", head: ["Pertumbuhan (%)"], num: "(4)", role: "pertumbuhan", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...okp.map(([j, a, bb], i) => ({
          id: `o${i}`,
          cells: (x: { a: (k: string) => string }) => ({
            j,
            a,
            b: bb,
            g: i === 3 ? 33.33 : fx(`ROUND((${x.a("b")}-${x.a("a")})/${x.a("a")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            j: "Jumlah",
            a: fx(`SUM(${x.a("a", "o0")}:${x.a("a", "o3")})`),
            b: fx(`SUM(${x.a("b", "o0")}:${x.a("b", "o3")})`),
            g: fx(`ROUND((${x.a("b")}-${x.a("a")})/${x.a("a")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Harapan Baru, 10 Januari 2025",
    jabatan: ["Kepala Bidang Kepemudaan"],
    nama: "Andi Baso Pawellangi, S.E.",
    nip: "19830521 201001 1 012",
  });
  const S = s.name;
  b.plant({
    at: { sheet: S, cell: t1.a("c", "k1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Harapan Selatan capaian typed 96.00 (24 / 25); 24 / 22 x 100 = 109.09",
    truth: `=ROUND(${t1.a("j", "k1")}/${t1.a("t", "k1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("g", "o3") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "OKP Kewirausahaan growth typed 33.33 ((9-6)/9); (9-6)/6 x 100 = 50.00",
    truth: `=ROUND((${t2.a("b", "o3")}-${t2.a("a", "o3")})/${t2.a("a", "o3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `=ROUND(${t1.a("j", "tot")}/${t1.a("t", "tot")}*100,2)`,
    trap: `=AVERAGE(${t1.a("c", "k0")}:${t1.a("c", "k3")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("g", "tot"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: `=ROUND((${t2.a("b", "tot")}-${t2.a("a", "tot")})/${t2.a("a", "tot")}*100,2)`,
    trap: `=SUM(${t2.a("g", "o0")}:${t2.a("g", "o3")})`,
  });
  return b.finish();
}
