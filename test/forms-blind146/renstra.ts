// The Renstra 2025-2029 funding table (T-C.27) of a Jawa Barat Bappeda, with ordinal year headers
// resolved from the title, and the IKD cascade matrix (RPJMD tujuan > sasaran > Bappeda IKU) of a
// Maluku Utara Bappeda. Kondisi akhir: Rp is the sum of the years, K the last target for rates and
// the sum for yearly counts. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  /** kondisi akhir K: last target (level) or sum (flow) */
  level: boolean;
  parts?: string[];
};

export function tc27Bappeda(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-bappeda-sindangwangi-2025-2029.xlsx",
    "T-C.27 Renstra Bappeda 2025-2029",
    "T-C.27 of the Bappeda of a Jawa Barat kota, Renstra 2025-2029, thousands of rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja; ordinal years resolved from the title",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SINDANGWANGI", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Bappeda Kota Sindangwangi Periode Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "prog",
      kode: "5.01.02",
      nm: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      ind: "Persentase capaian IKD RPJMD yang memenuhi target",
      sat: "%",
      awal: 71.4,
      k: [74, 77, 80, 83, 86],
      level: true,
      parts: ["g1", "g2"],
    },
    {
      id: "g1",
      kode: "5.01.02.2.01",
      nm: "Penyusunan Perencanaan dan Pendanaan",
      ind: "Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu",
      sat: "dokumen",
      awal: 4,
      k: [4, 4, 5, 4, 5],
      level: false,
      parts: ["g1a", "g1b"],
    },
    {
      id: "g1a",
      kode: "5.01.02.2.01.0012",
      nm: "Penyelenggaraan Musrenbang RKPD",
      ind: "Jumlah forum musrenbang yang dilaksanakan",
      sat: "forum",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [1_285_000, 1_340_500, 1_398_000, 1_452_750, 1_510_000],
      level: false,
    },
    {
      id: "g1b",
      kode: "5.01.02.2.01.0015",
      nm: "Penyusunan Dokumen Perencanaan Pembangunan Daerah Lima Tahunan dan Tahunan",
      ind: "Persentase dokumen perencanaan yang selaras dengan RPJMD",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
      rp: [942_600, 985_300, 1_021_450, 1_064_800, 1_268_900],
      level: true,
    },
    {
      id: "g2",
      kode: "5.01.02.2.02",
      nm: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah publikasi data dan informasi pembangunan daerah",
      sat: "publikasi",
      awal: 3,
      k: [3, 3, 4, 4, 4],
      level: false,
      parts: ["g2a", "g2b"],
    },
    {
      id: "g2a",
      kode: "5.01.02.2.02.0003",
      nm: "Penyusunan Profil Pembangunan dan Indikator Makro Daerah",
      ind: "Jumlah dokumen profil dan indikator makro",
      sat: "dokumen",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [318_250, 332_700, 347_150, 362_900, 378_400],
      level: false,
    },
    {
      id: "g2b",
      // planted: a sub kegiatan of kegiatan 5.01.02.2.03 under kegiatan 5.01.02.2.02
      kode: "5.01.02.2.03.0002",
      nm: "Pengelolaan Sistem Informasi Pembangunan Daerah (SIPD)",
      ind: "Persentase perangkat daerah yang mengisi data SIPD tepat waktu",
      sat: "%",
      awal: 76.5,
      k: [80, 84, 88, 92, 95],
      rp: [426_800, 447_350, 469_900, 493_400, 518_050],
      level: true,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 8,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const typedKr = 5_238_050; // the five years give 5,283,050 (digits swapped)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: L.map((l): Row => ({
      id: l.id,
      bold: l.id === "prog",
      cells: (x: Ctx) => {
        const out: Record<string, Cell> = { kode: l.kode, nm: l.nm, ind: l.ind, sat: l.sat, awal: l.awal };
        YEARS.forEach((y, i) => {
          out[`k${y}`] = l.k[i];
          out[`r${y}`] = l.rp ? l.rp[i] : fx(l.parts!.map((p) => x.a(`r${y}`, p)).join("+"));
        });
        out.ka = l.level ? fx(x.a("k2029")) : fx(`SUM(${x.a("k2025")}:${x.a("k2029")})`);
        const yrs = YEARS.map((y) => x.a(`r${y}`)).join("+");
        out.kr = l.id === "g1b" ? typedKr : fx(yrs);
        out.pj =
          l.id === "prog"
            ? "Bappeda"
            : l.kode.startsWith("5.01.02.2.01")
              ? "Bidang PPEPD"
              : "Bidang Litbang dan Data";
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra Bappeda Kota Sindangwangi 2025-2029, Bab VI."]);
  s.gap();
  signature(s, 14, {
    tempat: "Sindangwangi, 14 Maret 2025",
    jabatan: ["KEPALA BAPPEDA KOTA SINDANGWANGI,"],
    nama: "Ir. DEDE KURNIAWAN, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710227 199703 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kr", "g1b") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 5.01.02.2.01.0015 is a typed 5,238,050 (thousand rupiah) among SUM-of-years formulas; the five years 942,600 + 985,300 + 1,021,450 + 1,064,800 + 1,268,900 give 5,283,050 (digits swapped)",
    truth: YEARS.map((y) => a(`r${y}`, "g1b")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "g2b") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan SIPD is coded 5.01.02.2.03.0002 under kegiatan 5.01.02.2.02",
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "g2b")})`,
  });
  // kondisi akhir K: the last target of a rate, the sum of a yearly count
  for (const id of ["prog", "g1b", "g2b"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: a("k2029", id),
      trap: `SUM(${a("k2025", id)}:${a("k2029", id)})`,
    });
  for (const id of ["g1", "g1a", "g2", "g2a"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${a("k2025", id)}:${a("k2029", id)})`,
      trap: a("k2029", id),
    });
  for (const id of ["g1a", "g2a", "g2b"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
    });
  // the program adds its two kegiatan, not every row under it
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "g1")}+${a(`r${y}`, "g2")}`,
      trap: `SUM(${a(`r${y}`, "g1")}:${a(`r${y}`, "g2b")})`,
    });
  for (const y of YEARS)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "g1a")}+${a(`r${y}`, "g1b")}`,
    });
  for (const id of ["g1a", "g1b", "g2a"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: id.startsWith("g1") ? a("kode", "g1") : a("kode", "g2"),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

type Ikd = {
  id: string;
  lvl: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  neg?: boolean;
  flow?: boolean;
  pd: string;
};

export function cascadeIkdMalut(): BookW {
  const b = new BookW(
    "matriks-cascading-ikd-iku-bappeda-oba-selatan.xlsx",
    "Matriks cascading IKD ke IKU Bappeda",
    "IKD cascade matrix of a Maluku Utara kabupaten: No | Level Kinerja (Tujuan RPJMD / Sasaran RPJMD / IKU Bappeda) | Indikator | Satuan | Kondisi Awal 2024 | Target Tahun 2025 .. 2029 | Kondisi Akhir 2029 | PD Penanggung Jawab; the level column merged down",
  );
  const S = "Cascading IKD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OBA SELATAN", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "MATRIKS CASCADING INDIKATOR KINERJA DAERAH (IKD) RPJMD 2025-2029",
    "KE INDIKATOR KINERJA UTAMA (IKU) BAPPEDA",
  ]);
  s.gap();
  const I: Ikd[] = [
    {
      id: "t1",
      lvl: "Tujuan RPJMD",
      ind: "Indeks Pembangunan Manusia",
      sat: "indeks",
      awal: 68.42,
      t: [68.9, 69.4, 69.95, 70.5, 71.05],
      pd: "Bappeda",
    },
    {
      id: "t2",
      lvl: "Tujuan RPJMD",
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 6.12,
      t: [5.95, 5.7, 5.45, 5.2, 4.95],
      neg: true,
      pd: "Bappeda",
    },
    {
      id: "s1",
      lvl: "Sasaran RPJMD",
      ind: "Persentase capaian IKD RPJMD yang memenuhi target",
      sat: "%",
      awal: 68.5,
      t: [72, 75, 78, 81, 84],
      pd: "Bappeda",
    },
    {
      id: "s2",
      lvl: "Sasaran RPJMD",
      ind: "Nilai evaluasi RKPD oleh Pemerintah Provinsi",
      sat: "nilai",
      awal: 74.6,
      t: [76, 7.8, 80, 82, 84],
      pd: "Bappeda",
    },
    {
      id: "u1",
      lvl: "IKU Bappeda",
      ind: "Persentase deviasi program RKPD terhadap RPJMD",
      sat: "%",
      awal: 9.4,
      t: [8.5, 7.5, 6.5, 5.5, 4.5],
      neg: true,
      pd: "Bidang PPEPD",
    },
    {
      id: "u2",
      lvl: "IKU Bappeda",
      ind: "Persentase usulan musrenbang yang terakomodir dalam RKPD",
      sat: "%",
      awal: 41.3,
      t: [44, 47, 50, 53, 56],
      pd: "Bidang PPEPD",
    },
    {
      id: "u3",
      lvl: "IKU Bappeda",
      ind: "Jumlah rekomendasi hasil kelitbangan yang dimanfaatkan",
      sat: "rekomendasi",
      awal: 3,
      t: [4, 4, 5, 5, 6],
      flow: true,
      pd: "Bidang Litbang",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "lvl", head: ["Level Kinerja"], role: "sasaran", width: 14 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Akhir RPJMD (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
      width: 11,
    },
    { key: "pd", head: ["PD / Unit Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["lvl"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          lvl: x.lvl,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          pd: x.pd,
        };
        YEARS.forEach((y, j) => (out[`t${y}`] = x.t[j]));
        // planted: u1's kondisi akhir is the 2028 target
        out.ka = x.flow ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`) : x.id === "u1" ? x.t[3] : x.t[4];
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase penduduk miskin dan deviasi program bersifat negatif (semakin kecil semakin baik).",
    "Kondisi akhir indikator jumlah rekomendasi adalah akumulasi lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2026", "s2") },
    rules: ["target-outlier"],
    note: "2026 target of the Nilai evaluasi RKPD is 7.8 among 76 .. 84 (decimal slip); the path 76, 78, 80 gives 78",
    truth: `(${a("t2025", "s2")}+${a("t2027", "s2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "u1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir 2029 of the deviasi program (a rate) is 5.50, the 2028 target; the 2029 target is 4.50",
    truth: a("t2029", "u1"),
  });
  for (const id of ["t1", "t2", "s1", "u2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: `SUM(${a("t2025", id)}:${a("t2029", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("ka", "u3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "u3")}:${a("t2029", "u3")})`,
    trap: a("t2029", "u3"),
  });
  // falling targets of the lower-is-better rows are the right direction
  for (const id of ["t2", "u1"])
    for (const y of [2026, 2029])
      b.ok({ sheet: S, cell: a(`t${y}`, id), rules: ["target-trend"], truth: a(`t${y}`, id) });
  return b.finish();
}
