// Set 318, part 2: the Perjanjian Kinerja beside its Renstra sheet, and two recaps a Dinas
// Perdagangan keeps: retribusi pasar per unit pasar with the kios/los occupancy side by side, and
// tera/tera ulang UTTP per kecamatan with the monthly bahan pokok prices below it.
import { BookW, DEC, RP, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const PELITA = [
  "PEMERINTAH KOTA BANDAR PELITA",
  "DINAS PERDAGANGAN",
  "Jl. Merdeka Raya No. 88, Bandar Pelita 30126",
];

/** PK 2025 (statement, indicator table, program table with Jumlah) + sheet Renstra (Tahun ke-1..5). */
export function pkPerdagangan(): BookW {
  const book = new BookW(
    "pk-2025-perdagangan-bandar-pelita-318.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 with its Renstra 2025-2029, Dinas Perdagangan Kota Bandar Pelita",
  );
  type I = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[] };
  const SS1 = "Meningkatnya kualitas sarana pasar rakyat";
  const SS2 = "Terkendalinya harga barang kebutuhan pokok";
  const SS3 = "Meningkatnya tertib ukur dan perlindungan konsumen";
  const inds: I[] = [
    {
      id: "i1",
      sas: SS1,
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 42.5,
      k: [48, 54, 60, 66, 72],
    },
    {
      id: "i2",
      sas: SS2,
      ind: "Koefisien variasi harga bahan pokok",
      sat: "%",
      awal: 9.8,
      k: [9.2, 8.7, 8.2, 7.8, 7.5],
    },
    {
      id: "i3",
      sas: SS3,
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 78.4,
      k: [80, 82, 84, 86, 88],
    },
    {
      id: "i4",
      sas: SS3,
      ind: "Persentase pengaduan konsumen yang ditindaklanjuti",
      sat: "%",
      awal: 82,
      k: [85, 88, 90, 92, 95],
    },
  ];

  // the Renstra sheet first, so the PK can point at it
  const rs = book.sheet("Renstra");
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Perdagangan Kota Bandar Pelita 2025-2029"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => {
      const c: Record<string, number | string> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        akhir: x.k[4],
      };
      x.k.forEach((v, j) => (c[`k${j + 1}`] = v));
      return { id: x.id, cells: c };
    }),
  });

  const s = book.sheet("PK 2025");
  letterhead(s, PELITA);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama: Hj. RAHMAWATI SEPTIANI, S.E., M.M.   Jabatan: Kepala Dinas Perdagangan Kota Bandar Pelita (pihak pertama)",
    "Nama: Ir. H. BAMBANG SURYADARMA   Jabatan: Wali Kota Bandar Pelita (pihak kedua)",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["SASARAN, INDIKATOR DAN TARGET KINERJA DINAS PERDAGANGAN TAHUN 2025"]);
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      // planted: i3 copied from the Renstra's Tahun ke-2 column
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i3" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 7_845_210_500],
    ["p2", "Program Peningkatan Sarana Distribusi Perdagangan", 5_462_400_000],
    ["p3", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", 742_650_000],
    ["p4", "Program Standardisasi dan Perlindungan Konsumen", 1_676_800_000],
  ];
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"] },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, p, v], i): Row => ({ id, cells: { no: i + 1, prog: p, rp: v, ket: "APBD 2025" } })),
      {
        id: "jml",
        bold: true,
        // planted: a Jumlah whose cached result was left from an earlier draft of the pagu
        cells: (x) => ({
          prog: "Jumlah",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p4")})`, 15_272_060_500),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Bandar Pelita, 3 Januari 2025",
    jabatan: ["Kepala Dinas Perdagangan"],
    nama: "Hj. RAHMAWATI SEPTIANI, S.E., M.M.",
    nip: "19760918 200212 2 004",
  });

  const pk = (id: string) => ({ sheet: s.name, cell: pt.a("t", id) });
  const ren = (k: string, id: string) => `Renstra!${rt.a(k, id)}`;
  book.plant({
    at: { anyOf: [pk("i3"), { sheet: "Renstra", cell: rt.a("k1", "i3") }] },
    rules: ["cross-table-mismatch"],
    truth: ren("k1", "i3"),
    note: "PK target 82 for UTTP bertanda tera sah is the Renstra Tahun ke-2 (2026) target; 2025 is 80",
  });
  book.plant({
    at: { sheet: s.name, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p4")})`,
    note: "Jumlah shows a stale 15,272,060,500; the four programs give 15,727,060,500",
  });
  for (const id of ["i1", "i2", "i4"])
    book.ok({ ...pk(id), rules: ["cross-table-mismatch"], truth: ren("k1", id) });
  for (const id of ["i1", "i2", "i3"])
    book.ok({
      sheet: "Renstra",
      cell: rt.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, id)).join("+"),
    });
  return book.finish();
}

/** Retribusi pelayanan pasar per unit pasar 2024, with kios/los occupancy side by side. */
export function retribusiPasar(): BookW {
  const book = new BookW(
    "rekap-retribusi-pasar-per-unit-bandar-pelita-318.xlsx",
    "rekap retribusi",
    "Retribusi pelayanan pasar per unit pasar 2024 and hunian kios/los, Kota Bandar Pelita",
  );
  const s = book.sheet("Retribusi 2024");
  letterhead(s, PELITA);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI RETRIBUSI PELAYANAN PASAR PER UNIT PASAR",
    "TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const top = s.r;
  type P = { id: string; nama: string; kec: string; t: number; q: number[]; kios: number; isi: number };
  const ps: P[] = [
    {
      id: "a",
      nama: "Pasar Induk Bandar Pelita",
      kec: "Pelita Timur",
      t: 1_850_000_000,
      q: [421_350_000, 448_900_000, 462_150_000, 487_600_000],
      kios: 1_240,
      isi: 1_158,
    },
    {
      id: "b",
      nama: "Pasar Sekanak Baru",
      kec: "Ilir Barat",
      t: 640_000_000,
      q: [142_800_000, 151_250_000, 149_600_000, 163_400_000],
      kios: 486,
      isi: 431,
    },
    {
      id: "c",
      nama: "Pasar Talang Keramat",
      kec: "Talang Kelapa",
      t: 425_000_000,
      q: [88_450_000, 97_300_000, 101_150_000, 104_900_000],
      kios: 352,
      isi: 297,
    },
    {
      id: "d",
      nama: "Pasar Kenten Raya",
      kec: "Kalidoni",
      t: 380_000_000,
      q: [92_600_000, 95_150_000, 99_800_000, 101_250_000],
      kios: 298,
      isi: 276,
    },
    {
      id: "e",
      nama: "Pasar Lemabang",
      kec: "Ilir Timur II",
      t: 515_000_000,
      q: [110_300_000, 117_450_000, 121_900_000, 125_600_000],
      kios: 414,
      isi: 396,
    },
    {
      id: "f",
      nama: "Pasar Sungai Rasau",
      kec: "Seberang Ulu I",
      t: 210_000_000,
      q: [39_800_000, 44_150_000, 46_900_000, 48_250_000],
      kios: 186,
      isi: 132,
    },
  ];
  const qk = ["q1", "q2", "q3", "q4"];
  const left: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nama", head: ["Unit Pasar"], num: "(2)", width: 28 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(3)" },
    { key: "t", head: ["Target Retribusi (Rp)"], role: "target", year: 2024, num: "(4)", fmt: RP },
    ...qk.map((k, i): Col => ({
      key: k,
      head: ["Realisasi (Rp)", `TW ${["I", "II", "III", "IV"][i]}`],
      num: `(${5 + i})`,
      fmt: RP,
    })),
    {
      key: "j",
      head: ["Jumlah Realisasi (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "(9)=(5)+(6)+(7)+(8)",
      fmt: RP,
    },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", num: "(10)=(9)/(4)x100", fmt: DEC },
    { key: "kon", head: ["Kontribusi (%)"], num: "(11)", fmt: DEC },
  ];
  const rows: Row[] = ps.map((p, i) => ({
    id: p.id,
    cells: (x) => {
      const c: Record<string, number | string | ReturnType<typeof fx>> = {
        no: i + 1,
        nama: p.nama,
        kec: p.kec,
        t: p.t,
        j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
        // planted: Pasar Talang Keramat's capaian left as a fraction (no x 100)
        cap:
          p.id === "c" ? fx(`ROUND(${x.a("j")}/${x.a("t")},4)`) : fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
        kon: fx(`ROUND(${x.a("j")}/${x.a("j", "tot")}*100,2)`),
      };
      p.q.forEach((v, k) => (c[qk[k]] = v));
      return c;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
      for (const k of ["t", ...qk, "j"]) c[k] = fx(`SUM(${x.a(k, "a")}:${x.a(k, "f")})`);
      c.cap = fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`);
      c.kon = fx(`SUM(${x.a("kon", "a")}:${x.a("kon", "f")})`);
      return c;
    },
  });
  const ta = s.table({ cols: left, headerRows: 2, numberRow: "plain", rows }, 1, top);
  // the second table, one empty column to the right, no number row
  const tb = s.table(
    {
      cols: [
        { key: "nama", head: ["Unit Pasar"], width: 28 },
        { key: "kios", head: ["Kios / Los", "Jumlah"], fmt: "#,##0" },
        { key: "isi", head: ["Kios / Los", "Terisi"], fmt: "#,##0" },
        { key: "hun", head: ["Tingkat Hunian (%)"], fmt: DEC },
      ],
      headerRows: 2,
      groups: "first",
      rows: [
        ...ps.map((p): Row => ({
          id: p.id,
          cells: (x) => ({
            nama: p.nama,
            kios: p.kios,
            isi: p.isi,
            // planted: Pasar Lemabang typed 104.35, over 100 with fewer kios filled than built
            hun: p.id === "e" ? 104.35 : fx(`ROUND(${x.a("isi")}/${x.a("kios")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            nama: "Jumlah",
            kios: fx(`SUM(${x.a("kios", "a")}:${x.a("kios", "f")})`),
            isi: fx(`SUM(${x.a("isi", "a")}:${x.a("isi", "f")})`),
            hun: fx(`ROUND(${x.a("isi")}/${x.a("kios")}*100,2)`),
          }),
        },
      ],
    },
    left.length + 2,
    top,
  );
  s.gap();
  s.lines(["Sumber: UPTD Pengelolaan Pasar, data s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 9, {
    tempat: "Bandar Pelita, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Pasar"],
    nama: "M. FIRDAUS ALAMSYAH, S.STP",
    nip: "19850302 200501 1 003",
  });

  const sh = s.name;
  const A = (k: string, id: string) => ({ sheet: sh, cell: ta.a(k, id) });
  const B = (k: string, id: string) => ({ sheet: sh, cell: tb.a(k, id) });
  book.plant({
    at: A("cap", "c"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ta.a("j", "c")}/${ta.a("t", "c")}*100,2)`,
    note: "Capaian of Pasar Talang Keramat is =ROUND(J/T,4) = 0.9219, a fraction in a column of percents; 92.19",
  });
  book.plant({
    at: B("hun", "e"),
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `ROUND(${tb.a("isi", "e")}/${tb.a("kios", "e")}*100,2)`,
    note: "Tingkat hunian of Pasar Lemabang typed 104.35; 396 of 414 kios filled is 95.65",
  });
  book.ok({
    ...B("hun", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${tb.a("isi", "tot")}/${tb.a("kios", "tot")}*100`,
    trap: `AVERAGE(${tb.a("hun", "a")}:${tb.a("hun", "f")})`,
  });
  book.ok({
    ...B("kios", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tb.a("kios", "a")}:${tb.a("kios", "f")})`,
  });
  book.ok({
    ...B("hun", "f"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `${tb.a("isi", "f")}/${tb.a("kios", "f")}*100`,
  });
  book.ok({ ...A("t", "tot"), rules: ["sum-mismatch"], truth: `SUM(${ta.a("t", "a")}:${ta.a("t", "f")})` });
  book.ok({ ...A("j", "tot"), rules: ["sum-mismatch"], truth: `SUM(${ta.a("j", "a")}:${ta.a("j", "f")})` });
  book.ok({
    ...A("q3", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ta.a("q3", "a")}:${ta.a("q3", "f")})`,
  });
  for (const id of ["a", "f"]) {
    book.ok({
      ...A("j", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((k) => ta.a(k, id)).join("+"),
    });
    book.ok({ ...A("cap", id), rules: ["capaian-mismatch"], truth: `${ta.a("j", id)}/${ta.a("t", id)}*100` });
  }
  book.ok({
    ...A("cap", "tot"),
    rules: ["capaian-mismatch"],
    truth: `${ta.a("j", "tot")}/${ta.a("t", "tot")}*100`,
  });
  book.ok({ ...A("kon", "tot"), rules: ["sum-mismatch", "percent-out-of-range"], truth: "100", tol: 0.05 });
  return book.finish();
}

/** Tera/tera ulang UTTP per kecamatan per triwulan 2024, with bahan pokok prices per bulan below. */
export function uttpHargaPokok(): BookW {
  const book = new BookW(
    "rekap-uttp-kecamatan-harga-pokok-lembah-seruni-318.xlsx",
    "rekap UTTP",
    "Tera/tera ulang UTTP per kecamatan 2024 and harga bahan pokok Juli-Desember 2024, Kabupaten Lembah Seruni",
  );
  const s = book.sheet("UTTP dan Harga");
  s.lines([
    "DINAS PERDAGANGAN KABUPATEN LEMBAH SERUNI",
    "A. Rekapitulasi Pelayanan Tera / Tera Ulang UTTP per Kecamatan Tahun 2024",
  ]);
  s.gap();
  type K = { id: string; kec: string; q: number[]; batal: number };
  const ks: K[] = [
    { id: "k1", kec: "Seruni Kidul", q: [212, 318, 276, 241], batal: 38 },
    { id: "k2", kec: "Seruni Lor", q: [164, 225, 198, 187], batal: 27 },
    { id: "k3", kec: "Gunungwangi", q: [96, 141, 132, 118], batal: 64 },
    { id: "k4", kec: "Karangjati", q: [143, 187, 176, 160], batal: 19 },
    { id: "k5", kec: "Tlogosari", q: [118, 164, 149, 127], batal: 24 },
    { id: "k6", kec: "Wonorejo", q: [127, 205, 189, 182], batal: 9 },
  ];
  const qk = ["q1", "q2", "q3", "q4"];
  const rows: Row[] = ks.map((k) => ({
    id: k.id,
    cells: (x) => {
      const c: Record<string, number | string | ReturnType<typeof fx>> = {
        kec: k.kec,
        j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
        sah: k.q.reduce((a, b) => a + b, 0) - k.batal,
        batal: k.batal,
        pct: fx(`ROUND(${x.a("sah")}/${x.a("j")}*100,2)`),
      };
      k.q.forEach((v, i) => (c[qk[i]] = v));
      return c;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => {
      const c: Record<string, string | ReturnType<typeof fx>> = { kec: "Jumlah" };
      for (const k of [...qk, "j", "sah", "batal"]) c[k] = fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`);
      // planted: Triwulan III total stops one kecamatan short
      c.q3 = fx(`SUM(${x.a("q3", "k1")}:${x.a("q3", "k5")})`);
      c.pct = fx(`ROUND(${x.a("sah")}/${x.a("j")}*100,2)`);
      return c;
    },
  });
  const t1 = s.table({
    cols: [
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "1", width: 20 },
      ...qk.map((k, i): Col => ({
        key: k,
        head: ["Jumlah UTTP Ditera / Tera Ulang", `Triwulan ${["I", "II", "III", "IV"][i]}`],
        num: String(2 + i),
        fmt: "#,##0",
      })),
      {
        key: "j",
        head: ["Jumlah UTTP Ditera / Tera Ulang", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "6 = 2+3+4+5",
        fmt: "#,##0",
      },
      { key: "sah", head: ["Hasil", "Disahkan"], num: "7", fmt: "#,##0" },
      { key: "batal", head: ["Hasil", "Dibatalkan"], num: "8", fmt: "#,##0" },
      { key: "pct", head: ["Persentase UTTP Sah (%)"], num: "9 = 7/6 x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "repeat",
    rows,
  });
  s.gap();
  s.lines(["B. Perkembangan Harga Rata-rata Bahan Pokok di Pasar Induk Seruni, Juli - Desember 2024 (Rp)"]);
  type H = { id: string; kom: string; sat: string; h: number[] };
  const hs: H[] = [
    { id: "h1", kom: "Beras medium", sat: "kg", h: [12_800, 12_900, 13_050, 13_100, 13_250, 13_450] },
    { id: "h2", kom: "Gula pasir", sat: "kg", h: [17_500, 17_600, 17_600, 17_750, 17_800, 18_000] },
    {
      id: "h3",
      kom: "Minyak goreng curah",
      sat: "liter",
      h: [15_200, 15_400, 15_500, 15_800, 16_200, 16_600],
    },
    { id: "h4", kom: "Cabai merah keriting", sat: "kg", h: [38_500, 34_000, 31_500, 36_000, 44_500, 52_000] },
    { id: "h5", kom: "Bawang merah", sat: "kg", h: [36_000, 33_500, 30_500, 29_000, 31_000, 32_400] },
    { id: "h6", kom: "Telur ayam ras", sat: "kg", h: [27_800, 27_500, 28_200, 28_900, 29_400, 30_100] },
  ];
  const mk = ["jul", "agu", "sep", "okt", "nov", "des"];
  const mn = ["Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kom", head: ["Komoditas"], width: 24 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...mk.map((k, i): Col => ({ key: k, head: ["Harga Rata-rata per Bulan (Rp)", mn[i]], fmt: RP })),
      { key: "avg", head: ["Rata-rata Semester II (Rp)"], fmt: RP },
      { key: "chg", head: ["Perubahan Desember thd Juli (%)"], role: "pertumbuhan", fmt: DEC },
    ],
    headerRows: 2,
    rows: hs.map((h, i) => ({
      id: h.id,
      cells: (x) => {
        const c: Record<string, number | string | ReturnType<typeof fx>> = {
          no: i + 1,
          kom: h.kom,
          sat: h.sat,
          avg: fx(`ROUND(AVERAGE(${x.a("jul")}:${x.a("des")}),0)`),
          // planted: cabai's change typed with December as the base
          chg:
            h.id === "h4"
              ? round(((h.h[5] - h.h[0]) / h.h[5]) * 100)
              : round(((h.h[5] - h.h[0]) / h.h[0]) * 100),
        };
        h.h.forEach((v, k) => (c[mk[k]] = v));
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["*) Harga Desember 2024 data sementara (minggu ke-3)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Seruni, 6 Januari 2025",
    jabatan: ["Kepala Bidang Metrologi Legal dan Stabilisasi Harga"],
    nama: "SRI WAHYUNINGSIH, S.E.",
    nip: "19800714 200604 2 011",
  });

  const sh = s.name;
  const A = (k: string, id: string) => ({ sheet: sh, cell: t1.a(k, id) });
  const B = (k: string, id: string) => ({ sheet: sh, cell: t2.a(k, id) });
  book.plant({
    at: A("q3", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t1.a("q3", "k1")}:${t1.a("q3", "k6")})`,
    note: "Jumlah Triwulan III =SUM stops at Tlogosari (931); with Wonorejo it is 1,120",
  });
  book.plant({
    at: B("chg", "h4"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${t2.a("des", "h4")}-${t2.a("jul", "h4")})/${t2.a("jul", "h4")}*100,2)`,
    note: "Cabai merah change typed 25.96 with December as the base; (52,000 - 38,500) / 38,500 = 35.06",
  });
  book.ok({
    ...A("pct", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${t1.a("sah", "tot")}/${t1.a("j", "tot")}*100`,
    trap: `AVERAGE(${t1.a("pct", "k1")}:${t1.a("pct", "k6")})`,
  });
  book.ok({ ...A("j", "tot"), rules: ["sum-mismatch"], truth: `SUM(${t1.a("j", "k1")}:${t1.a("j", "k6")})` });
  book.ok({
    ...A("q2", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t1.a("q2", "k1")}:${t1.a("q2", "k6")})`,
  });
  for (const id of ["k1", "k6"]) {
    book.ok({ ...A("j", id), rules: ["sum-mismatch"], truth: qk.map((k) => t1.a(k, id)).join("+") });
    book.ok({ ...A("sah", id), rules: ["sum-mismatch"], truth: `${t1.a("j", id)}-${t1.a("batal", id)}` });
  }
  for (const id of ["h1", "h5", "h6"])
    book.ok({
      ...B("chg", id),
      rules: ["growth-mismatch"],
      truth: `(${t2.a("des", id)}-${t2.a("jul", id)})/${t2.a("jul", id)}*100`,
    });
  return book.finish();
}
