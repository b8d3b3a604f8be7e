// Renstra T-C.27 and E.81 of the thirty-fifth unseen set: the Dinas Lingkungan Hidup of two invented
// kabupaten (Sulawesi Barat, Kalimantan Tengah) for the 2025 cycle. Invented names and numbers.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const JT = "#,##0.00";

type RenstraRow = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  akhir: number;
  rp?: number[];
  f: string;
};

/** Renstra DLH 2025-2029 T-C.27, pagu in millions. */
export function renstraTC27(): BookW {
  const b = new BookW(
    "renstra-tc27-dlh-lembahmandar-juta.xlsx",
    "Renstra T-C.27 (program, kegiatan, pendanaan indikatif)",
    "T-C.27 of a Dinas Lingkungan Hidup in Sulawesi Barat: Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | 'Kondisi Kinerja Awal (2024)' | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > 'Target' | 'Rp (juta)' | 'Kondisi Kinerja Akhir Periode' > 'Target' | 'Rp (juta)' | 'Perangkat Daerah Penanggung Jawab'; 3 header rows, 'dalam jutaan rupiah' above; program Rp = SUM of its kegiatan, kondisi akhir Rp = sum of the five years (formulas), kondisi akhir K typed (rates: last target, flows: the sum)",
  );
  const S = "T-C.27 Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH MANDAR", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah",
      "Dinas Lingkungan Hidup Kabupaten Lembah Mandar Tahun 2025-2029",
      "(dalam jutaan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nama", head: ["Program / Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
    ...YRS.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [G, String(y), "Target"], role: "target", year: y, width: 10 },
      { key: `rp${i}`, head: [G, String(y), "Rp (juta)"], role: "anggaran", year: y, fmt: JT, width: 12 },
    ]),
    { key: "akT", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "akR", head: [AK, "Rp (juta)"], role: "anggaran", fmt: JT, width: 13 },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const progs: Array<RenstraRow & { kids: RenstraRow[] }> = [
    {
      id: "p1",
      kode: "2.11.03",
      nama: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      awal: 52.4,
      t: [53.0, 53.6, 54.2, 54.8, 55.4],
      akhir: 55.4,
      f: DEC,
      kids: [
        {
          id: "k11",
          kode: "2.11.03.2.01",
          nama: "Perencanaan Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
          ind: "Jumlah dokumen hasil pemantauan kualitas air sungai",
          sat: "dokumen",
          awal: 4,
          t: [4, 4, 4, 4, 4],
          akhir: 20,
          rp: [385.5, 410.25, 432.0, 455.8, 478.3],
          f: "0",
        },
        {
          id: "k12",
          kode: "2.11.03.2.02",
          nama: "Pelaksanaan Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
          ind: "Jumlah usaha/kegiatan yang diawasi ketaatan persetujuan lingkungannya",
          sat: "usaha",
          awal: 55,
          t: [60, 65, 70, 75, 80],
          akhir: 350,
          rp: [612.4, 648.75, 690.2, 731.6, 774.15],
          f: "0",
        },
      ],
    },
    {
      id: "p2",
      kode: "2.11.11",
      nama: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah terkelola",
      sat: "%",
      awal: 61.25,
      t: [64.0, 67.0, 70.0, 73.0, 76.0],
      akhir: 73.0,
      f: DEC,
      kids: [
        {
          id: "k21",
          kode: "2.11.11.2.01",
          nama: "Pengelolaan Sampah",
          ind: "Volume sampah yang tertangani",
          sat: "ton",
          awal: 17850,
          t: [18500, 19200, 19900, 20600, 21300],
          akhir: 99500,
          rp: [2845.6, 2990.35, 3142.8, 3301.45, 3468.9],
          f: "#,##0",
        },
        {
          id: "k22",
          kode: "2.11.11.2.03",
          nama: "Pembangunan dan Pengembangan Fasilitas Pengolahan Sampah",
          ind: "Jumlah TPS3R yang dibangun",
          sat: "unit",
          awal: 1,
          t: [2, 2, 3, 3, 2],
          akhir: 12,
          rp: [1150.0, 1185.5, 1720.0, 1775.25, 1210.0],
          f: "0",
        },
      ],
    },
  ];
  const akR = (x: { a(k: string): string }) => fx(`=${[0, 1, 2, 3, 4].map((i) => x.a(`rp${i}`)).join("+")}`);
  const rows: Row[] = [
    {
      id: "u",
      bold: true,
      cells: { kode: "2.11", nama: "URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP" },
    },
  ];
  for (const p of progs) {
    const first = p.kids[0].id;
    const last = p.kids[p.kids.length - 1].id;
    rows.push({
      id: p.id,
      bold: true,
      cells: (x) => {
        const c: Record<string, Cell> = {
          kode: p.kode,
          nama: p.nama,
          ind: p.ind,
          sat: p.sat,
          awal: fmt(p.awal, p.f),
          akT: fmt(p.akhir, p.f),
          akR: akR(x),
          pj: "DLH",
        };
        p.t.forEach((v, i) => {
          c[`t${i}`] = fmt(v, p.f);
          const to = p.id === "p2" && i === 2 ? first : last;
          c[`rp${i}`] = fx(`=SUM(${x.a(`rp${i}`, first)}:${x.a(`rp${i}`, to)})`);
        });
        return c;
      },
    });
    for (const k of p.kids)
      rows.push({
        id: k.id,
        cells: (x) => {
          const c: Record<string, Cell> = {
            kode: k.kode,
            nama: k.nama,
            ind: k.ind,
            sat: k.sat,
            awal: fmt(k.awal, k.f),
            akT: fmt(k.akhir, k.f),
            akR: akR(x),
            pj: k.id.startsWith("k1") ? "Bidang PPKLH" : "Bidang PSLB3",
          };
          k.t.forEach((v, i) => {
            c[`t${i}`] = fmt(v, k.f);
            c[`rp${i}`] = k.rp![i];
          });
          return c;
        },
      });
  }
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan: IKA dan persentase sampah terkelola adalah indikator kondisi (kondisi akhir = target 2029);",
    "indikator jumlah/volume kegiatan adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lembah Mandar, 14 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Lembah Mandar"],
    nama: "Ir. ANDI MAPPAJANCI TOLOMBA, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19700812 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp2", "p2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "2027 Rp of Program Pengelolaan Persampahan is =SUM over its first kegiatan only (3,142.80); the kegiatan 2.11.11.2.03 (1,720.00) is left out, so the program shows 3,142.80 instead of 4,862.80 while the other years sum both kegiatan",
    truth: `${a("rp2", "k21")}+${a("rp2", "k22")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akT", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of 'Persentase sampah terkelola' (a rate) is 73.00, the 2028 target; the 2029 target is 76.00",
    truth: a("t4", "p2"),
  });
  // traps: a rate's kondisi akhir is its last target, a flow's the sum of the five years
  b.ok({
    sheet: S,
    cell: a("akT", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "p1"),
    trap: `${a("t0", "p1")}+${a("t1", "p1")}+${a("t2", "p1")}+${a("t3", "p1")}+${a("t4", "p1")}`,
  });
  for (const id of ["k11", "k12", "k21", "k22"])
    b.ok({
      sheet: S,
      cell: a("akT", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `${a("t0", id)}+${a("t1", id)}+${a("t2", id)}+${a("t3", id)}+${a("t4", id)}`,
      trap: a("t4", id),
    });
  // trap: the program's Rp sums its two kegiatan only
  b.ok({
    sheet: S,
    cell: a("rp4", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp4", "k21")}+${a("rp4", "k22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akR", "p1"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: `${a("rp0", "p1")}+${a("rp1", "p1")}+${a("rp2", "p1")}+${a("rp3", "p1")}+${a("rp4", "p1")}`,
    trap: a("rp4", "p1"),
  });
  // trap: a count of TPS3R built falls from 3 to 2 in 2029, no trend break for a yearly count
  b.ok({ sheet: S, cell: a("t4", "k22"), rules: ["target-trend"], truth: "2", trap: a("t3", "k22") });
  return b.finish();
}

type E81Row = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level?: boolean;
  tK: number;
  qK: number[];
  tRp?: number;
  qRp?: number[];
  f: string;
};

/** E.81 evaluation of the DLH's Renja 2024, without the Renstra columns. */
export function e81Dlh(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dlh-pasirkahayan-2024.xlsx",
    "E.81 Evaluasi hasil Renja PD",
    "E.81 of a Dinas Lingkungan Hidup in Kalimantan Tengah, Renja 2024 evaluated in 2025, without the Renstra columns 5, 6, 13, 14: No | Kode | Program / Kegiatan | Indikator | Satuan | 'Target Kinerja dan Anggaran Renja Tahun 2024' (K, Rp) | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran Renja 2024' (K, Rp) | 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)' (K, Rp) | Unit PD; number row merged over the pairs; program K levels (year = Triwulan IV, typed), kegiatan K counts and Rp summed with formulas; program Rp = SUM of kegiatan",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PASIR KAHAYAN", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(
    [
      "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Pasir Kahayan",
      "Renja Perangkat Daerah Dinas Lingkungan Hidup Kabupaten Pasir Kahayan",
      "Periode Pelaksanaan: Tahun Anggaran 2024 (Triwulan I s.d. IV)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const progs: Array<E81Row & { kids: E81Row[] }> = [
    {
      id: "p1",
      kode: "2.11.03",
      nama: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Indeks Kualitas Air",
      sat: "indeks",
      level: true,
      tK: 51.2,
      qK: [50.1, 50.6, 51.05, 51.45],
      f: DEC,
      kids: [
        {
          id: "k1",
          kode: "2.11.03.2.01",
          nama: "Perencanaan Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
          ind: "Jumlah titik pantau kualitas air sungai yang diuji",
          sat: "titik",
          tK: 24,
          qK: [6, 6, 6, 6],
          tRp: 412500000,
          qRp: [62150000, 104800000, 118320000, 109455000],
          f: "0",
        },
        {
          id: "k2",
          kode: "2.11.03.2.02",
          nama: "Pelaksanaan Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
          ind: "Jumlah usaha/kegiatan yang diawasi",
          sat: "usaha",
          tK: 40,
          qK: [8, 12, 11, 10],
          tRp: 298750000,
          qRp: [45600000, 71230000, 80115000, 88900000],
          f: "0",
        },
      ],
    },
    {
      id: "p2",
      kode: "2.11.11",
      nama: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah terkelola",
      sat: "%",
      level: true,
      tK: 68.0,
      qK: [64.2, 65.8, 67.1, 68.35],
      f: DEC,
      kids: [
        {
          id: "k3",
          kode: "2.11.11.2.01",
          nama: "Pengelolaan Sampah",
          ind: "Volume sampah yang diangkut ke TPA",
          sat: "ton",
          tK: 21400,
          qK: [5210, 5360, 5480, 5395],
          tRp: 1845000000,
          qRp: [402110000, 455870000, 468300000, 497650000],
          f: "#,##0",
        },
        {
          id: "k4",
          kode: "2.11.11.2.04",
          nama: "Pembinaan dan Pengawasan Pengelolaan Sampah",
          ind: "Jumlah bank sampah yang dibina",
          sat: "unit",
          tK: 15,
          qK: [3, 4, 4, 3],
          tRp: 156000000,
          qRp: [21400000, 38250000, 41900000, 45310000],
          f: "0",
        },
      ],
    },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    head: string[],
    num: string,
    k: Col["role"],
    rp: Col["role"],
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: k, year: 2024, num, fmt: kf, width: 10 },
    { key: `r${key}`, head: [...head, "Rp"], role: rp, year: 2024, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "nama", head: ["Urusan / Program / Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program / Kegiatan"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...pair("t", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "6", "target", "anggaran"),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i}`, [TW, q], String(7 + i), "realisasi", "realisasi-anggaran"),
    ),
    ...pair(
      "y",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...pair(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)"],
      "12 = 11/6 x 100",
      "capaian",
      "capaian",
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "13", width: 16 },
  ];
  cols.find((c) => c.key === "rc")!.fmt = DEC;
  const Q = [0, 1, 2, 3];
  let no = 0;
  const rows: Row[] = [
    { id: "u", bold: true, cells: { kode: "2.11", nama: "Urusan Pemerintahan Bidang Lingkungan Hidup" } },
  ];
  for (const p of progs) {
    const first = p.kids[0].id;
    const last = p.kids[p.kids.length - 1].id;
    const n = ++no;
    rows.push({
      id: p.id,
      bold: true,
      cells: (x) => {
        const c: Record<string, Cell> = {
          no: n,
          kode: p.kode,
          nama: p.nama,
          ind: p.ind,
          sat: p.sat,
          kt: fmt(p.tK, p.f),
          rt: fx(`=SUM(${x.a("rt", first)}:${x.a("rt", last)})`),
          ky: fmt(p.qK[3], p.f),
          ry: fx(`=${Q.map((i) => x.a(`rq${i}`)).join("+")}`),
          kc: fx(`=ROUND(${x.a("ky")}/${x.a("kt")}*100,2)`),
          rc: fx(`=ROUND(${x.a("ry")}/${x.a("rt")}*100,2)`),
          pj: "DLH",
        };
        Q.forEach((i) => {
          c[`kq${i}`] = fmt(p.qK[i], p.f);
          c[`rq${i}`] = fx(`=SUM(${x.a(`rq${i}`, first)}:${x.a(`rq${i}`, last)})`);
        });
        return c;
      },
    });
    for (const k of p.kids)
      rows.push({
        id: k.id,
        cells: (x) => {
          const c: Record<string, Cell> = {
            kode: k.kode,
            nama: k.nama,
            ind: k.ind,
            sat: k.sat,
            kt: fmt(k.tK, k.f),
            rt: k.tRp,
            ky: fx(`=SUM(${x.a("kq0")},${x.a("kq1")},${x.a("kq2")},${x.a("kq3")})`),
            ry:
              k.id === "k4"
                ? fx(`=${Q.map((i) => x.a(`rq${i}`)).join("+")}`, 101560000)
                : fx(`=${Q.map((i) => x.a(`rq${i}`)).join("+")}`),
            kc: fx(`=ROUND(${x.a("ky")}/${x.a("kt")}*100,2)`),
            rc: k.id === "k1" ? 96.59 : fx(`=ROUND(${x.a("ry")}/${x.a("rt")}*100,2)`),
            pj: "DLH",
          };
          Q.forEach((i) => {
            c[`kq${i}`] = fmt(k.qK[i], k.f);
            c[`rq${i}`] = k.qRp![i];
          });
          return c;
        },
      });
  }
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: realisasi kinerja program (IKA, persentase sampah terkelola) adalah nilai kondisi, sehingga realisasi 2024 = capaian Triwulan IV.",
    "Faktor pendorong: dukungan DAK Lingkungan Hidup. Faktor penghambat: keterlambatan pengadaan kendaraan angkut sampah.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kuala Kahayan, 20 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "Drs. YOHANES ARDIANSYAH LUKAS, M.AP",
    pangkat: "Pembina Tingkat I",
    nip: "19740305 200012 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ry", "k4") },
    rules: ["sum-mismatch"],
    note: "Rp realisasi 2024 of 'Pembinaan dan Pengawasan Pengelolaan Sampah' is a formula =TW I+II+III+IV whose cached result 101,560,000 is stale (the sum before TW IV was entered); the four quarters give 146,860,000",
    truth: `${a("rq0", "k4")}+${a("rq1", "k4")}+${a("rq2", "k4")}+${a("rq3", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rc", "k1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "tingkat realisasi anggaran of kegiatan 2.11.03.2.01 is a typed 96.59 among formulas; 394,725,000 / 412,500,000 x 100 = 95.69 (digits swapped)",
    truth: `ROUND(${a("ry", "k1")}/${a("rt", "k1")}*100,2)`,
  });
  // traps: a level's yearly K is Triwulan IV, not the sum of the quarters
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("ky", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: `${a("kq0", id)}+${a("kq1", id)}+${a("kq2", id)}+${a("kq3", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("ky", "k3"),
    rules: ["sum-mismatch"],
    truth: `${a("kq0", "k3")}+${a("kq1", "k3")}+${a("kq2", "k3")}+${a("kq3", "k3")}`,
    trap: a("kq3", "k3"),
  });
  // trap: a count realised above its target (102.50 %)
  b.ok({
    sheet: S,
    cell: a("kc", "k2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("ky", "k2")}/${a("kt", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rt", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rt", "k1")}+${a("rt", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kc", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("kq3", "p2")}/${a("kt", "p2")}*100,2)`,
  });
  return b.finish();
}
