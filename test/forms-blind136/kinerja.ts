// The Dinas PUPR's performance documents: an LKjIP 2024 measurement table of a kabupaten in Jambi (jalan mantap,
// jembatan, genangan as a lower-is-better indicator with the refleksi formula, DAK packages on time) and a PK 2025 of
// a kabupaten in Nusa Tenggara Timur beside its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  nama: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  tr: number;
  neg?: boolean;
};

export function lkjipPuprJambi(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-pupr-tanjung-batanghari.xlsx",
    "LKjIP pengukuran kinerja",
    "LKjIP 2024 Tabel 3.1 of the Dinas PUPR of a kabupaten in Jambi: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023 | Target Akhir Renstra (2026) | Capaian thd Target Akhir Renstra (%); genangan is lower-is-better (refleksi); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PUPR KABUPATEN TANJUNG BATANGHARI",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kemantapan jalan dan jembatan kabupaten";
  const S2 = "Berkurangnya kawasan permukiman yang tergenang";
  const S3 = "Meningkatnya kualitas pelaksanaan DAK fisik bidang jalan";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      nama: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      t: 70,
      r: 71.26,
      r23: 66.42,
      tr: 75,
    },
    {
      id: "i2",
      sas: S1,
      nama: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      t: 82,
      r: 79.35,
      r23: 77.1,
      tr: 86,
    },
    {
      id: "i3",
      sas: S2,
      nama: "Persentase luas kawasan genangan di perkotaan",
      sat: "%",
      t: 12.5,
      r: 13.4,
      r23: 14.85,
      tr: 9,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      nama: "Persentase saluran drainase perkotaan dalam kondisi baik",
      sat: "%",
      t: 65,
      r: 48.1,
      r23: 44.6,
      tr: 72,
    },
    {
      id: "i5",
      sas: S3,
      nama: "Persentase paket DAK fisik bidang jalan yang selesai tepat waktu",
      sat: "%",
      t: 100,
      r: 87.5,
      r23: 80,
      tr: 100,
    },
  ];
  const capOf = (i: Ind) => round(i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [Y, "Kategori"], role: "predikat", year: 2024, width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "tr", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 10 },
    {
      key: "cr",
      head: ["Capaian thd Target Akhir Renstra (%)"],
      role: "capaian",
      year: 2026,
      fmt: DEC,
      width: 11,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((i, n): Row => ({
        id: i.id,
        cells: (x) => ({
          no: n + 1,
          sas: i.sas,
          ind: i.nama,
          sat: i.sat,
          t: i.t,
          r: i.r,
          // planted: the DAK row's capaian is typed with its digits swapped
          c:
            i.id === "i5"
              ? 78.5
              : i.neg
                ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
                : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          // planted: the drainase row (74.00) is called Baik
          p: i.id === "i4" ? "Baik" : predikatBaik(capOf(i)),
          r23: i.r23,
          tr: i.tr,
          cr: i.neg
            ? fx(`ROUND((2*${x.a("tr")}-${x.a("r")})/${x.a("tr")}*100,2)`)
            : fx(`ROUND(${x.a("r")}/${x.a("tr")}*100,2)`),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          p: predikatBaik(round((sum5(I, capOf) - capOf(I[4]) + 78.5) / 5)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator genangan bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the DAK packages on time is a typed 78.50 among ROUND formulas; 87.50 / 100 gives 87.50",
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the drainase capaian 74.00 (48.10 against 65); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i1", "i2", "i4"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("tr", id)}*100,2)`,
    });
  }
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  // traps: genangan is lower-is-better
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cr", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("tr", "i3")}-${a("r", "i3")})/${a("tr", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("tr", "i3")}*100,2)`,
  });
  return b.finish();
}

function sum5(I: Ind[], f: (i: Ind) => number): number {
  return I.reduce((n, i) => n + f(i), 0);
}

type PkInd = {
  id: string;
  sas: string;
  nama: string;
  sat: string;
  awal: number;
  k: number[];
  level: boolean;
};

export function pkPuprNtt(): BookW {
  const b = new BookW(
    "pk-2025-kadis-pupr-renstra-sumba-tengah-raya.xlsx",
    "Perjanjian Kinerja and Renstra",
    "PK 2025 of the Kepala Dinas PUPR of a kabupaten in Nusa Tenggara Timur (No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH) and sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | Target 2025 .. 2029 | Kondisi Akhir (2029)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const SJ = "Meningkatnya konektivitas wilayah melalui jalan dan jembatan yang mantap";
  const SD = "Menurunnya luas genangan di kawasan perkotaan";
  const I: PkInd[] = [
    {
      id: "i1",
      sas: SJ,
      nama: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      awal: 54.8,
      k: [57, 60, 63, 66, 70],
      level: true,
    },
    {
      id: "i2",
      sas: SJ,
      nama: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 71.5,
      k: [73, 75, 77, 79, 81],
      level: true,
    },
    {
      id: "i3",
      sas: SJ,
      nama: "Panjang jalan kabupaten baru yang dibangun",
      sat: "km",
      awal: 3.8,
      k: [4.5, 5, 5, 6, 6.5],
      level: false,
    },
    {
      id: "i4",
      sas: SD,
      nama: "Persentase luas kawasan tergenang di perkotaan",
      sat: "%",
      awal: 18.4,
      k: [17, 15.5, 14, 12.5, 11],
      level: true,
    },
  ];
  // sheet 2 first so the PK can be checked against it
  const r = b.sheet(R);
  r.lines(["MATRIKS TARGET KINERJA RENSTRA DINAS PUPR KABUPATEN SUMBA TENGAH RAYA 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...YRS.map((y, i): Col => ({
        key: `k${i + 1}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ka",
        head: ["Kondisi Akhir Renstra (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    rows: I.map((i, n): Row => ({
      id: i.id,
      cells: (x) => ({
        no: n + 1,
        ind: i.nama,
        sat: i.sat,
        awal: i.awal,
        ...Object.fromEntries(i.k.map((v, j) => [`k${j + 1}`, v])),
        ka: i.level ? fx(x.a("k5")) : fx(`SUM(${x.a("k1")}:${x.a("k5")})`),
      }),
    })),
  });
  const s = b.sheet(P);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SUMBA TENGAH RAYA",
  ]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: I.map((i, n): Row => ({
      id: i.id,
      // planted: the jembatan target is the Renstra 2026 value
      cells: { no: n + 1, sas: i.sas, ind: i.nama, sat: i.sat, t: i.id === "i2" ? i.k[1] : i.k[0] },
    })),
  });
  s.gap();
  const PR = [
    {
      id: "p1",
      kode: "1.03.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 18_742_650_000,
    },
    { id: "p2", kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", rp: 64_318_400_000 },
    {
      id: "p3",
      kode: "1.03.03",
      nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE",
      rp: 7_915_000_000,
    },
    { id: "p4", kode: "1.03.02", nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", rp: 5_206_300_000 },
  ];
  const total = PR.reduce((n, p) => n + p.rp, 0);
  const at = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p, n): Row => ({
        id: p.id,
        cells: { no: n + 1, kode: p.kode, prog: p.nama, rp: p.rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: cached before the drainase program grew by 1,250,000,000 in the pergeseran
        cells: (x) => ({
          no: "JUMLAH",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p4")})`, total - 1_250_000_000),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Waingapu Barat, 3 Februari 2025"], 4);
  s.lines(["Pihak Kedua,", "BUPATI SUMBA TENGAH RAYA"], 1);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "KEPALA DINAS PUPR"], 4);
  s.gap(3);
  s.lines(["UMBU LEDE NDAKULARAK, S.H."], 1);
  s.r -= 1;
  signature(s, 4, {
    tempat: "",
    jabatan: [],
    nama: "Ir. MARTHEN HAMBA KAPU, M.T.",
    nip: "19740318 200012 1 003",
  });

  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "i2") },
        { sheet: R, cell: rt.a("k1", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the jembatan in kondisi baik is 75.00, the Renstra 2026 target; the Renstra 2025 target is 73.00",
    truth: ra("k1", "i2"),
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran is =SUM over the four programs with a stale cached ${(total - 1_250_000_000).toLocaleString("en")}; the programs give ${total.toLocaleString("en")}`,
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ra("k1", id) });
  // traps: the rates' kondisi akhir is the 2029 target, not the sum
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: `SUM(${rt.a("k1", id)}:${rt.a("k5", id)})`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("k1", "i3")}:${rt.a("k5", "i3")})`,
  });
  b.ok({ sheet: R, cell: rt.a("k5", "i4"), rules: ["target-trend"], truth: "11" });
  return b.finish();
}
