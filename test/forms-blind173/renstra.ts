// Renstra tables of two invented Kepulauan Riau offices: the T-C.27 of the Dinas Perhubungan of
// Kabupaten Bintan Pesisir 2025-2029 ("Tahun ke-1 .. ke-5" over Target | Rp, "(dalam ribuan rupiah)"),
// and the IKU matrix 2025-2029 of the Dinas Perhubungan of Kabupaten Natuna Selatan (keselamatan jalan
// and angkutan laut). Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

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
  flow: boolean;
};

export function tc27Bintan(): BookW {
  const b = new BookW(
    "tc27-renstra-dishub-dermaga-bintan-pesisir.xlsx",
    "T-C.27 rencana program dan pendanaan (Dishub)",
    "T-C.27 of a Dinas Perhubungan in Kepulauan Riau, Renstra 2025-2029: Kode | Program / Kegiatan | Indikator | Satuan | Data capaian awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode > Target | Rp | Unit PJ | Lokasi; Rp in thousands, program = its kegiatan, akhir Rp = the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BINTAN PESISIR", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Perhubungan Kabupaten Bintan Pesisir",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "k1",
      kode: "2.15.03.2.02",
      nm: "Pembangunan dan Rehabilitasi Dermaga Penyeberangan",
      ind: "Jumlah dermaga penyeberangan yang dibangun / direhabilitasi",
      sat: "dermaga",
      awal: 1,
      k: [1, 2, 1, 2, 1],
      rp: [6_850_000, 12_400_000, 7_150_000, 13_275_000, 6_940_000],
      flow: true,
    },
    {
      id: "k2",
      kode: "2.15.03.2.03",
      nm: "Penyelenggaraan Angkutan Laut Perintis dalam Kabupaten",
      ind: "Jumlah trayek kapal perintis yang dilayani",
      sat: "trayek",
      awal: 3,
      k: [3, 4, 4, 5, 5],
      rp: [2_480_000, 2_915_000, 3_060_000, 3_725_000, 3_880_000],
      flow: false,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 16 },
  ];
  const rpSum = (c: Ctx) => YEARS.map((_, i) => c.a(`rp${i}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "2.15.03",
            nm: "PROGRAM PENGELOLAAN PELAYARAN",
            ind: "Persentase pulau berpenghuni yang terlayani angkutan laut / penyeberangan reguler",
            sat: "%",
            awal: 71.4,
            ka: fx(c.a("k4")),
            rpa: fx(rpSum(c)),
            pj: "Bidang Pelayaran",
            lok: "Kabupaten",
          };
          [74.3, 77.1, 80, 82.9, 85.7].forEach((v, i) => {
            out[`k${i}`] = v;
            // planted: Tahun ke-3 (2027) adds only the first kegiatan
            out[`rp${i}`] = fx(
              i === 2 ? c.a(`rp${i}`, "k1") : `${c.a(`rp${i}`, "k1")}+${c.a(`rp${i}`, "k2")}`,
            );
          });
          return out;
        },
      },
      ...lines.map((x) => ({
        id: x.id,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            pj: "Bidang Pelayaran",
          };
          x.k.forEach((v, i) => (out[`k${i}`] = v));
          x.rp!.forEach((v, i) => (out[`rp${i}`] = v));
          out.ka = x.flow ? fx(YEARS.map((_, i) => c.a(`k${i}`)).join("+")) : fx(c.a("k4"));
          // planted: the kegiatan perintis' akhir Rp is typed and leaves out Tahun ke-5
          out.rpa = x.id === "k2" ? 12_180_000 : fx(rpSum(c));
          out.lok = x.id === "k1" ? "Pulau Kelong, Numbing, Mapur" : "Lintas Tambelan - Kijang";
          return out;
        },
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: target dermaga per tahun (kegiatan fisik); target trayek perintis adalah jumlah trayek aktif pada tahun berkenaan.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Kijang, 3 Maret 2025",
    jabatan: ["Kepala Dinas Perhubungan Kabupaten Bintan Pesisir,"],
    nama: "Drs. RAJA AZHAR SYAHPUTRA, M.M.",
    nip: "19710405 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumRp = (id: string) => YEARS.map((_, i) => a(`rp${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp2", "p") },
    rules: ["sum-mismatch"],
    note: "Program Rp of Tahun ke-3 (2027) is =kegiatan 2.15.03.2.02 only (7,150,000); with the perintis kegiatan's 3,060,000 it is 10,210,000",
    truth: `${a("rp2", "k1")}+${a("rp2", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rpa", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 2.15.03.2.03 is a typed 12,180,000 (Tahun ke-1..4 only); the five years give 16,060,000",
    truth: sumRp("k2"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p"),
    trap: YEARS.map((_, i) => a(`k${i}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "k2"),
    trap: YEARS.map((_, i) => a(`k${i}`, "k2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YEARS.map((_, i) => a(`k${i}`, "k1")).join("+"),
    trap: a("k4", "k1"),
  });
  b.ok({ sheet: S, cell: a("rpa", "k1"), rules: ["kondisi-akhir-mismatch"], truth: sumRp("k1") });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${i}`, "k1")}+${a(`rp${i}`, "k2")}`,
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  f: string;
};

export function ikuNatuna(): BookW {
  const b = new BookW(
    "iku-dishub-keselamatan-jalan-natuna-selatan.xlsx",
    "IKU matrix 2025-2029 (Dishub)",
    "IKU matrix of a Dinas Perhubungan in Kepulauan Riau: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir | Sumber Data | Penanggung Jawab; lower-is-better rows marked (-)",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NATUNA SELATAN", "DINAS PERHUBUNGAN"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) DINAS PERHUBUNGAN", "TAHUN 2025 - 2029"]);
  s.gap();
  const S1 = "Meningkatnya keselamatan lalu lintas jalan";
  const S2 = "Meningkatnya konektivitas angkutan laut antarpulau";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan (-)",
      rumus: "Jumlah kecelakaan / jumlah kendaraan terdaftar x 10.000",
      sat: "kejadian",
      awal: 9.4,
      tg: [9.0, 8.6, 8.2, 7.8, 7.4],
      neg: true,
      f: DEC,
    },
    // planted: 2028 rises in a lower-is-better row
    {
      id: "i2",
      sas: S1,
      ind: "Fatalitas korban kecelakaan per 10.000 kendaraan (-)",
      rumus: "Jumlah korban meninggal / jumlah kendaraan terdaftar x 10.000",
      sat: "orang",
      awal: 3.1,
      tg: [2.9, 2.7, 2.5, 3.3, 2.1],
      neg: true,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah rambu lalu lintas terpasang",
      rumus: "Jumlah rambu baru yang terpasang pada tahun berkenaan",
      sat: "unit",
      awal: 120,
      tg: [140, 150, 150, 160, 160],
      flow: true,
      f: "0",
    },
    // planted: 2027 typed 720 for 72.0 (decimal lost)
    {
      id: "i4",
      sas: S2,
      ind: "Load factor rata-rata kapal perintis",
      rumus: "Penumpang terangkut / kapasitas tempat duduk x 100",
      sat: "%",
      awal: 64.5,
      tg: [66, 69, 720, 74, 76],
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase dermaga dalam kondisi baik",
      rumus: "Dermaga kondisi baik / seluruh dermaga x 100",
      sat: "%",
      awal: 58.33,
      tg: [62.5, 66.67, 70.83, 75, 79.17],
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "rumus", head: ["Formulasi / Cara Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
        };
        YEARS.forEach((y, i) => (out[`y${y}`] = fmt(x.tg[i], x.f)));
        out.ak = x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029"));
        out.sd = x.id.match(/i[12]/)
          ? "Satlantas Polres, Samsat"
          : x.id === "i3"
            ? "Bidang LLAJ"
            : "Bidang Pelayaran";
        out.pj = x.sas === S1 ? "Bidang LLAJ" : "Bidang Pelayaran";
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: (-) indikator dengan polaritas negatif, semakin kecil semakin baik.",
    "Kondisi akhir jumlah rambu adalah akumulasi lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "i2") },
    rules: ["target-trend"],
    note: "Fatalitas (lower is better) target 2028 is 3.30, above 2027's 2.50 and the awal 3.10, between 2.50 and 2.10; the falling series gives about 2.30",
    truth: "2.3",
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i4") },
    rules: ["target-outlier"],
    note: "Load factor target 2027 is 720 (a decimal lost; a load factor of 720 % is impossible) between 69 and 74; meant 72.0",
    truth: "72",
  });
  b.ok({
    sheet: S,
    cell: a("ak", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${a("y2025", "i3")}+${a("y2026", "i3")}+${a("y2027", "i3")}+${a("y2028", "i3")}+${a("y2029", "i3")}`,
    trap: a("y2029", "i3"),
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `${a("y2025", id)}+${a("y2026", id)}+${a("y2027", id)}+${a("y2028", id)}+${a("y2029", id)}`,
    });
  b.ok({ sheet: S, cell: a("y2029", "i1"), rules: ["target-trend"], truth: "7.4" });
  b.ok({ sheet: S, cell: a("y2029", "i2"), rules: ["target-trend"], truth: "2.1" });
  b.ok({ sheet: S, cell: a("y2029", "i5"), rules: ["target-outlier"], truth: "79.17" });
  return b.finish();
}
