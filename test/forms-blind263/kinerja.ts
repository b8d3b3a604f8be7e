// LKjIP, PK with its Renstra, the recap of sampel per jenis pemeriksaan per triwulan and the recap of
// pendapatan BLUD beside the uji profisiensi results of two UPTD Laboratorium Kesehatan Daerah
// (Kabupaten Lembah Sarimas, Sumatera Barat; Kota Tanjung Wangi, Kalimantan Selatan). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const pos = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
const ref = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 pengukuran kinerja, UPTD Labkesda Lembah Sarimas: refleksi on the "Turun" rows. */
export function lkjipLabkesda(): BookW {
  const b = new BookW(
    "lkjip-labkesda-waktu-tunggu-lembah-sarimas.xlsx",
    "LKjIP pengukuran kinerja (UPTD Labkesda)",
    "LKjIP 2024 Tabel 3.2: No | Indikator | Satuan | Arah (Naik/Turun) | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the 'Turun' rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja UPTD Laboratorium Kesehatan Daerah Kabupaten Lembah Sarimas Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase hasil pemeriksaan klinik yang selesai tepat waktu",
      sat: "%",
      up: true,
      r0: 88.1,
      t: 90,
      r: 92.4,
    },
    {
      id: "i2",
      ind: "Rata-rata waktu tunggu hasil pemeriksaan klinik",
      sat: "jam",
      up: false,
      r0: 29,
      t: 24,
      r: 27,
    },
    {
      id: "i3",
      ind: "Persentase sampel ditolak karena tidak memenuhi syarat",
      sat: "%",
      up: false,
      r0: 3.2,
      t: 2.5,
      r: 2.1,
    },
    {
      id: "i4",
      ind: "Persentase parameter uji profisiensi dengan hasil memuaskan",
      sat: "%",
      up: true,
      r0: 84.6,
      t: 90,
      r: 83.3,
    },
    {
      id: "i5",
      ind: "Indeks Kepuasan Masyarakat layanan laboratorium",
      sat: "nilai",
      up: true,
      r0: 79.4,
      t: 85,
      r: 68.5,
    },
  ];
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Sangat Baik",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "arah", head: ["Arah"], role: "polaritas" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          arah: x.up ? "Naik" : "Turun",
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: waktu tunggu (Turun) copied the R/T formula of the rows above
          c: fx(x.up || x.id === "i2" ? pos(c.a("t"), c.a("r")) : ref(c.a("t"), c.a("r"))),
          // planted: "Sangat Baik" for the IKM (80.59 is Baik)
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator dengan arah 'Turun' dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu tunggu hasil (lower is better) computed with R / T = 27/24 = 112.50; refleksi (2 x 24 - 27) / 24 gives 87.50",
    truth: ref(a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for the IKM capaian 80.59 (68.5 / 85); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: ref(a("t", "i3"), a("r", "i3")),
    trap: pos(a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Kepala UPTD Labkesda Tanjung Wangi, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkLabkesda(): BookW {
  const b = new BookW(
    "pk-2026-renstra-labkesda-tanjung-wangi.xlsx",
    "PK 2026 with Renstra (UPTD Labkesda)",
    "sheet 'PK 2026': statement, No | Sasaran | Indikator | Satuan | Target; program table with a typed Jumlah; sheet 'Renstra Labkesda': Tahun ke-1..ke-5 (2025-2029 in the title) and Kondisi Akhir, a decreasing waktu tunggu",
  );
  const R = "Renstra Labkesda";
  const P = "PK 2026";
  const ind = [
    {
      id: "a",
      ind: "Persentase hasil pemeriksaan selesai sesuai standar waktu tunggu",
      sat: "%",
      awal: 86.5,
      k: [88, 90, 92, 94, 95],
    },
    { id: "b", ind: "Rata-rata waktu tunggu hasil uji sampel air", sat: "hari", awal: 8, k: [7, 6, 6, 5, 4] },
    {
      id: "c",
      ind: "Jumlah parameter pemeriksaan terakreditasi KAN",
      sat: "parameter",
      awal: 38,
      k: [42, 48, 55, 60, 66],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "RENSTRA DINAS KESEHATAN KOTA TANJUNG WANGI 2025-2029",
    "Target Kinerja UPTD Laboratorium Kesehatan Daerah",
  ]);
  rs.gap();
  const yrs = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal", year: 2024 },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Kinerja Akhir Periode"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2026", "UPTD LABORATORIUM KESEHATAN DAERAH KOTA TANJUNG WANGI"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2026 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the waktu-tunggu % target is the Renstra Tahun ke-3 (2027) value 92; 2026 is 90
      cells: {
        no: i + 1,
        sas: "Meningkatnya mutu layanan laboratorium kesehatan",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "a" ? 92 : x.k[1],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah (BLUD)", rp: 6_845_210_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 2_372_650_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 186_400_000 },
    { id: "p4", nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", rp: 94_750_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: i === 0 ? "Pendapatan BLUD" : "APBD" },
      })),
      // planted: a typed Jumlah 9,000,000 short
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 9_490_010_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Wangi, 5 Januari 2026",
    jabatan: ["KEPALA UPTD LABORATORIUM KESEHATAN DAERAH"],
    nama: "dr. RAHMATULLAH NOOR, M.Kes.",
    nip: "19760823 200604 1 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "a") },
        { sheet: R, cell: rt.a("y2", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of the waktu-tunggu % is 92, the Renstra Tahun ke-3 (2027) target; Tahun ke-2 (2026) is 90",
    truth: `'${R}'!${rt.a("y2", "a")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 9,490,010,000; the four programs add up to 9,499,010,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["b", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2", id)}`,
    });
  for (const id of ["b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Sampel diperiksa per jenis pemeriksaan per triwulan 2024, UPTD Labkesda Lembah Sarimas. */
export function rekapSampel(): BookW {
  const b = new BookW(
    "rekap-sampel-klinik-air-makanan-lembah-sarimas.xlsx",
    "Rekap sampel per jenis pemeriksaan (UPTD Labkesda)",
    "Rekap 2024: Kelompok (merged down: Klinik / Air / Makanan) | Jenis Pemeriksaan | TW I-IV | Jumlah '(7) = (3)+(4)+(5)+(6)' | Target | Capaian '(9) = (7)/(8) x 100' | Porsi (%); JUMLAH row with the ratio of totals",
  );
  const S = "Rekap Sampel 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN LEMBAH SARIMAS",
    "Jl. Khatib Sulaiman No. 8 Batu Sarimas",
  ]);
  s.lines(["REKAPITULASI SAMPEL YANG DIPERIKSA MENURUT JENIS PEMERIKSAAN TAHUN 2024"]);
  s.gap();
  const J = [
    { id: "j1", kel: "Klinik", nm: "Kimia Klinik", q: [1210, 1265, 1302, 1348], t: 5000 },
    { id: "j2", kel: "Klinik", nm: "Hematologi", q: [980, 1022, 1075, 1101], t: 4200 },
    { id: "j3", kel: "Klinik", nm: "Mikrobiologi Klinik", q: [212, 238, 251, 266], t: 900 },
    { id: "j4", kel: "Klinik", nm: "Imunoserologi", q: [340, 362, 395, 410], t: 1500 },
    { id: "j5", kel: "Air", nm: "Air Minum", q: [288, 305, 342, 330], t: 1200 },
    { id: "j6", kel: "Air", nm: "Air untuk Keperluan Higiene Sanitasi", q: [174, 190, 214, 205], t: 800 },
    { id: "j7", kel: "Makanan", nm: "Makanan dan Minuman", q: [236, 271, 318, 352], t: 1100 },
  ];
  const G = "Jumlah Sampel Diperiksa";
  const qs = ["q1", "q2", "q3", "q4"];
  const t = s.table({
    cols: [
      { key: "kel", head: ["Kelompok"], num: "(1)", width: 12 },
      { key: "nm", head: ["Jenis Pemeriksaan"], role: "indikator", num: "(2)", width: 30 },
      ...["I", "II", "III", "IV"].map((r, i): Col => ({
        key: qs[i],
        head: [G, `TW ${r}`],
        role: "realisasi",
        year: 2024,
        num: `(${3 + i})`,
        fmt: INT,
      })),
      {
        key: "j",
        head: [G, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (3)+(4)+(5)+(6)",
        fmt: INT,
      },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(8)", fmt: INT },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (7)/(8) x 100", fmt: DEC },
      { key: "po", head: ["Porsi (%)"], role: "lainnya", num: "(10)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["kel"],
    rows: [
      ...J.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          kel: x.kel,
          nm: x.nm,
          ...Object.fromEntries(qs.map((k, i) => [k, x.q[i]])),
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          t: x.t,
          // planted: Mikrobiologi's capaian keeps the cached result of TW I-III (77.89)
          c: fx(pos(c.a("t"), c.a("j")), x.id === "j3" ? 77.89 : undefined),
          po: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["kel", "nm"],
        cells: (c) => ({
          kel: "JUMLAH",
          // planted: TW III total stops one row short (without Makanan dan Minuman)
          ...Object.fromEntries(
            qs.map((k) => [k, fx(`SUM(${c.a(k, "j1")}:${c.a(k, k === "q3" ? "j6" : "j7")})`)]),
          ),
          j: fx(`SUM(${c.a("j", "j1")}:${c.a("j", "j7")})`),
          t: fx(`SUM(${c.a("t", "j1")}:${c.a("t", "j7")})`),
          c: fx(pos(c.a("t"), c.a("j"))),
          po: fx(`SUM(${c.a("po", "j1")}:${c.a("po", "j7")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Sistem Informasi Laboratorium (LIS) UPTD Labkesda, data per 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "j3") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Mikrobiologi Klinik shows a stale cached 77.89 (TW I-III only); its formula gives 967 / 900 = 107.44",
    truth: pos(a("t", "j3"), a("j", "j3")),
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH TW III is =SUM over six rows (3,579); with Makanan dan Minuman's 318 it is 3,897",
    truth: `SUM(${a("q3", "j1")}:${a("q3", "j7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "j1")}:${a("j", "j7")})/SUM(${a("t", "j1")}:${a("t", "j7")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "j1")}:${a("c", "j7")}),2)`,
  });
  for (const id of ["j1", "j5", "j7"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("j", id)) });
  }
  for (const k of ["q1", "q4", "t"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "j1")}:${a(k, "j7")})` });
  return b.finish();
}

/** Pendapatan BLUD per unit layanan 2024 beside the uji profisiensi (PME) results, Labkesda Tanjung Wangi. */
export function pendapatanBlud(): BookW {
  const b = new BookW(
    "pendapatan-blud-uji-profisiensi-tanjung-wangi.xlsx",
    "Rekap pendapatan BLUD dan uji profisiensi (UPTD Labkesda)",
    "Left: No | Unit Layanan | Pendapatan 2024 > Target | Realisasi (Rp) | Capaian (%) | Kontribusi (%), Jumlah row with the ratio of totals; right, after one empty column: Bidang Uji | Parameter Diikuti | Memuaskan | % Memuaskan with a Jumlah row",
  );
  const S = "BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG WANGI", "UPTD LABORATORIUM KESEHATAN DAERAH (BLUD)"]);
  s.lines(["REALISASI PENDAPATAN BLUD DAN HASIL UJI PROFISIENSI TAHUN 2024", "(dalam rupiah)"]);
  s.gap();
  const U = [
    { id: "u1", nm: "Laboratorium Klinik", t: 4_850_000_000, r: 5_236_420_500 },
    { id: "u2", nm: "Laboratorium Kesehatan Lingkungan (Air)", t: 1_420_000_000, r: 1_288_615_000 },
    { id: "u3", nm: "Laboratorium Makanan dan Minuman", t: 640_000_000, r: 571_930_000 },
    { id: "u4", nm: "Layanan Pengambilan Sampel (Home Service)", t: 185_000_000, r: 162_480_000 },
    { id: "u5", nm: "Pelatihan dan Magang Analis", t: 95_000_000, r: 104_350_000 },
  ];
  const top = s.r;
  const P = "Pendapatan BLUD 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Unit Layanan"], role: "indikator", width: 36 },
      { key: "t", head: [P, "Target (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "r", head: [P, "Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "c", head: [P, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "k", head: ["Kontribusi (%)"], role: "lainnya", fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c) => ({
          no: i + 1,
          nm: u.nm,
          t: u.t,
          r: u.r,
          // planted: Makanan dan Minuman divides by the target of the row above
          c: fx(u.id === "u3" ? pos(c.a("t", "u2"), c.a("r")) : pos(c.a("t"), c.a("r"))),
          k: fx(`ROUND(${c.a("r")}/${c.a("r", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({
          no: "Jumlah",
          t: fx(`SUM(${c.a("t", "u1")}:${c.a("t", "u5")})`),
          r: fx(`SUM(${c.a("r", "u1")}:${c.a("r", "u5")})`),
          c: fx(pos(c.a("t"), c.a("r"))),
          k: fx(`SUM(${c.a("k", "u1")}:${c.a("k", "u5")})`),
        }),
      },
    ],
  });
  const V = [
    { id: "v1", nm: "Kimia Klinik", n: 12, m: 11 },
    { id: "v2", nm: "Hematologi", n: 8, m: 8 },
    { id: "v3", nm: "Mikrobiologi", n: 6, m: 5 },
    { id: "v4", nm: "Kimia Air Minum", n: 10, m: 9 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "nm", head: ["Bidang Uji Profisiensi (PME)"], role: "indikator", width: 22 },
        { key: "n", head: ["Parameter Diikuti"], role: "target", year: 2024, fmt: INT },
        { key: "m", head: ["Hasil Memuaskan"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Memuaskan"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...V.map((v): Row => ({
          id: v.id,
          // planted: Mikrobiologi's % typed 120.00 (5 of 6 parameters is 83.33)
          cells: (c) => ({ nm: v.nm, n: v.n, m: v.m, p: v.id === "v3" ? 120 : fx(pos(c.a("n"), c.a("m"))) }),
        })),
        {
          id: "tot",
          cells: (c) => ({
            nm: "Jumlah",
            n: fx(`SUM(${c.a("n", "v1")}:${c.a("n", "v4")})`),
            m: fx(`SUM(${c.a("m", "v1")}:${c.a("m", "v4")})`),
            p: fx(pos(c.a("n"), c.a("m"))),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 2, {
    tempat: "Tanjung Wangi, 10 Januari 2025",
    jabatan: ["PEJABAT PENGELOLA KEUANGAN BLUD"],
    nama: "HJ. SITI MARLINA, S.E., M.Ak.",
    nip: "19811102 200801 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "u3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of Laboratorium Makanan dan Minuman divides its realisasi by the target of the row above (40.28); 571,930,000 / 640,000,000 gives 89.36",
    truth: pos(a("t", "u3"), a("r", "u3")),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("p", "v3") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% memuaskan of Mikrobiologi is a typed 120.00, impossible for 5 of 6 parameters (83.33)",
    truth: pos(pt.a("n", "v3"), pt.a("m", "v3")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("r", "u1")}:${a("r", "u5")})/SUM(${a("t", "u1")}:${a("t", "u5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "u1")}:${a("c", "u5")}),2)`,
  });
  for (const id of ["u1", "u5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: pos(a("t", id), a("r", id)),
      trap: "100",
    });
  for (const id of ["u2", "u4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const k of ["t", "r"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: U.map((u) => a(k, u.id)).join("+") });
  for (const id of ["v1", "v2", "v4", "tot"])
    b.ok({
      sheet: S,
      cell: pt.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pos(pt.a("n", id), pt.a("m", id)),
    });
  return b.finish();
}
