// LKjIP, PK with its Renstra, the recap of realisasi belanja per OPD per triwulan and the SP2D / LRA
// sheet of two BPKAD (Jambi, Kalimantan Selatan). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the BPKAD Rawa Sekundang: refleksi on the negative rows, predikat words. */
export function lkjipBpkad(): BookW {
  const b = new BookW(
    "lkjip-2024-bpkad-rawa-sekundang-sp2d-silpa.xlsx",
    "LKjIP capaian (BPKAD)",
    "LKjIP 2024 Tabel 3.2: Sasaran merged over its indicators | Indikator | Satuan | Sifat (Maksimal/Minimal) | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas with refleksi on Minimal rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran BPKAD Kabupaten Rawa Sekundang Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya kualitas penatausahaan keuangan daerah";
  const I = [
    {
      id: "i1",
      ind: "Persentase SP2D yang terbit paling lambat 2 hari kerja",
      sat: "%",
      pol: "+",
      t: 95,
      r: 93.4,
    },
    {
      id: "i2",
      ind: "Persentase realisasi belanja daerah terhadap pagu APBD-P",
      sat: "%",
      pol: "+",
      t: 92,
      r: 88.65,
    },
    { id: "i3", ind: "Persentase SiLPA terhadap total belanja daerah", sat: "%", pol: "-", t: 5, r: 4.6 },
    {
      id: "i4",
      ind: "Rata-rata waktu penerbitan SP2D sejak SPM diterima",
      sat: "hari",
      pol: "-",
      t: 2,
      r: 2.6,
    },
  ];
  const cap = (pol: string, t: number, r: number) =>
    round(pol === "+" ? (r / t) * 100 : ((2 * t - r) / t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat"], role: "polaritas" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Maksimal" : "Minimal",
          t: x.t,
          r: x.r,
          // planted: the waktu SP2D row (Minimal) has the R / T formula of the Maksimal rows
          c: fx(
            x.pol === "+" || x.id === "i4"
              ? `ROUND(${c.a("r")}/${c.a("t")}*100,2)`
              : `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`,
          ),
          // planted: "Baik" for i2 (96.36 is Sangat Baik)
          p: x.id === "i2" ? "Baik" : predikatBaik(cap(x.pol, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator bersifat Minimal dihitung dengan (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu penerbitan SP2D (Minimal) uses R/T = 130.00; refleksi (2T-R)/T gives 70.00",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 96.36; the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the BPKAD Kota Batu Rindang beside its Renstra 2025-2029 sheet. */
export function pkBpkad(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-bpkad-batu-rindang.xlsx",
    "Perjanjian Kinerja + Renstra (BPKAD)",
    "PK 2025 statement lines, indicator table (No | Sasaran | Indikator | Satuan | Target 2025) and program table with a Jumlah SUM; sheet Renstra 2025-2029 with kondisi awal, five yearly targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const K = [
    {
      id: "k1",
      ind: "Persentase SP2D yang terbit tepat waktu",
      sat: "%",
      awal: 90.5,
      t: [91, 92.5, 94, 95.5, 97],
    },
    { id: "k2", ind: "Persentase penyerapan belanja daerah", sat: "%", awal: 86.2, t: [88, 89, 90, 91, 92] },
    {
      id: "k3",
      ind: "Persentase OPD yang menyampaikan LRA bulanan tepat waktu",
      sat: "%",
      awal: 78,
      t: [80, 84, 88, 92, 95],
    },
  ];
  // the PK sheet first
  const p = b.sheet(P);
  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA BATU RINDANG",
  ]);
  p.lines([
    "Yang bertanda tangan di bawah ini: Hj. NORHAYATI RAHMAN, S.E., M.M., Kepala BPKAD,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  const pk = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: K.map((x, i) => ({
      id: x.id,
      // planted: k3's PK target is the Renstra 2026 target
      cells: {
        no: i + 1,
        sas: "Terwujudnya penatausahaan keuangan daerah yang tertib dan tepat waktu",
        ind: x.ind,
        sat: x.sat,
        t: x.id === "k3" ? x.t[1] : x.t[0],
      },
    })),
  });
  p.gap();
  const PR = [
    ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 18_452_300_000],
    ["5.02.02", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", 6_287_650_000],
    ["5.02.03", "PROGRAM PENGELOLAAN BARANG MILIK DAERAH", 2_914_200_000],
    ["5.02.04", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", 3_105_800_000],
  ] as const;
  const prog = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...PR.map(([kode, pr, rp], i) => ({
        id: `p${i + 1}`,
        cells: { no: i + 1, kode, pr, rp, ket: "APBD 2025" },
      })),
      // planted: the Jumlah stops one row short
      {
        id: "jml",
        bold: true,
        span: ["no", "pr"] as [string, string],
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: "Jumlah",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`),
        }),
      },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Batu Rindang, 2 Januari 2025",
    jabatan: ["Kepala BPKAD"],
    nama: "Hj. NORHAYATI RAHMAN, S.E., M.M.",
    nip: "19760904 200212 2 003",
  });
  // the Renstra sheet
  const r = b.sheet(R);
  r.lines(["Target Indikator Sasaran Renstra BPKAD Kota Batu Rindang 2025-2029"]);
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const ren = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: K.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`t${y}`, x.t[j]])),
        ak: x.t[4],
      },
    })),
  });
  const rc = (k: string, id: string) => `'${R}'!${ren.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "k3") },
        { sheet: R, cell: ren.a("t2025", "k3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 84 for OPD menyampaikan LRA tepat waktu is the Renstra 2026 target; 2025 is 80",
    truth: rc("t2025", "k3"),
  });
  b.plant({
    at: { sheet: P, cell: prog.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over three programs (27,654,150,000); the four give 30,759,950,000",
    truth: `SUM(${prog.a("rp", "p1")}:${prog.a("rp", "p4")})`,
  });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: P,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: rc("t2025", id),
      trap: rc("t2026", id),
    });
  b.ok({
    sheet: R,
    cell: ren.a("ak", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ren.a("t2029", "k1"),
    trap: Y.map((y) => ren.a(`t${y}`, "k1")).join("+"),
  });
  b.ok({ sheet: R, cell: ren.a("ak", "k3"), rules: ["kondisi-akhir-mismatch"], truth: ren.a("t2029", "k3") });
  return b.finish();
}

/** Realisasi belanja per OPD per triwulan 2024, Rawa Sekundang, in thousands, typed values. */
export function rekapBelanjaOpd(): BookW {
  const b = new BookW(
    "rekap-realisasi-belanja-opd-triwulan-rawa-sekundang.xlsx",
    "Rekap realisasi belanja per OPD (BPKAD)",
    "Per OPD: Pagu APBD-P | Triwulan I..IV | Jumlah (8) = 4+5+6+7 | % (9) = 8/3 x 100 | Sisa (10) = 3 - 8, all typed; (dalam ribuan rupiah); JUMLAH row typed; number row with identities",
  );
  const S = "Realisasi OPD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RAWA SEKUNDANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "REKAPITULASI REALISASI BELANJA PER PERANGKAT DAERAH PER TRIWULAN TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const O: Array<[string, number, number[]]> = [
    ["Dinas Pendidikan", 412_560_300, [0.15, 0.23, 0.25, 0.32]],
    ["Dinas Kesehatan", 268_940_150, [0.12, 0.21, 0.27, 0.33]],
    ["Dinas Pekerjaan Umum dan Penataan Ruang", 195_300_800, [0.06, 0.17, 0.29, 0.39]],
    ["RSUD Sultan Thaha Rawa", 142_780_000, [0.18, 0.22, 0.24, 0.27]],
    ["Sekretariat Daerah", 88_450_600, [0.16, 0.24, 0.23, 0.3]],
    ["Badan Pengelolaan Keuangan dan Aset Daerah", 61_220_400, [0.19, 0.22, 0.23, 0.28]],
    ["Kecamatan (11 kecamatan)", 34_880_250, [0.2, 0.23, 0.24, 0.26]],
  ];
  const data = O.map(([opd, pagu, sh]) => {
    const q = sh.map((x) => Math.round(pagu * x));
    const j = sum(q);
    return { opd, pagu, q, j, pct: round((j / pagu) * 100), sisa: pagu - j };
  });
  const tot = {
    pagu: sum(data.map((d) => d.pagu)),
    q: [0, 1, 2, 3].map((i) => sum(data.map((d) => d.q[i]))),
    j: sum(data.map((d) => d.j)),
  };
  const TW = "Realisasi Belanja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 36 },
    {
      key: "pagu",
      head: ["Pagu APBD Perubahan 2024"],
      role: "anggaran",
      year: 2024,
      num: "(3)",
      fmt: RP,
      width: 16,
    },
    ...["I", "II", "III", "IV"].map((w, i): Col => ({
      key: `q${i}`,
      head: [TW, `Triwulan ${w}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: `(${4 + i})`,
      fmt: RP,
      width: 14,
    })),
    {
      key: "j",
      head: [TW, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "pct",
      head: ["Persentase Realisasi (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(3) x 100",
      fmt: DEC,
    },
    { key: "sisa", head: ["Sisa Pagu"], role: "lainnya", num: "(10) = (3)-(8)", fmt: RP, width: 16 },
  ];
  const I = 3; // planted: Dinas PUPR's Jumlah typed with a digit swapped
  const P = 4; // planted: RSUD's % typed 10 points too high (over 100)
  const J_PUPR = data[2].j + 90_000;
  const PCT_RSUD = round(data[3].pct + 10);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...data.map((d, i): Row => ({
        id: `o${i + 1}`,
        cells: {
          no: i + 1,
          opd: d.opd,
          pagu: d.pagu,
          q0: d.q[0],
          q1: d.q[1],
          q2: d.q[2],
          q3: d.q[3],
          j: i + 1 === I ? J_PUPR : d.j,
          pct: i + 1 === P ? PCT_RSUD : d.pct,
          sisa: d.sisa,
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: {
          no: "JUMLAH",
          pagu: tot.pagu,
          q0: tot.q[0],
          q1: tot.q[1],
          q2: tot.q[2],
          q3: tot.q[3],
          j: tot.j,
          pct: round((tot.j / tot.pagu) * 100),
          sisa: tot.pagu - tot.j,
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIPD-RI modul penatausahaan, data per 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+");
  const col = (k: string) => `SUM(${a(k, "o1")}:${a(k, "o7")})`;
  b.plant({
    at: { sheet: S, cell: a("j", `o${I}`) },
    rules: ["sum-mismatch"],
    note: `Jumlah (8) of Dinas PUPR is ${J_PUPR}; the four triwulan give ${data[2].j}`,
    truth: qs(`o${I}`),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", `o${P}`) },
    rules: ["capaian-mismatch", "serapan-over-100"],
    note: `Persentase realisasi RSUD ${PCT_RSUD} (over 100); (8)/(3) x 100 = ${data[3].pct}`,
    truth: `ROUND(${a("j", `o${P}`)}/${a("pagu", `o${P}`)}*100,2)`,
  });
  for (const i of [1, 2, 4, 7])
    b.ok({ sheet: S, cell: a("j", `o${i}`), rules: ["sum-mismatch"], truth: qs(`o${i}`) });
  for (const i of [1, 2, 6])
    b.ok({
      sheet: S,
      cell: a("pct", `o${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", `o${i}`)}/${a("pagu", `o${i}`)}*100,2)`,
    });
  for (const k of ["pagu", "q0", "q1", "q2", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "o1")}:${a("pct", "o7")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "o5"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "o5")}-${a("j", "o5")}`,
  });
  return b.finish();
}

/** SP2D per bulan beside a short LRA with SiLPA, Kota Batu Rindang 2024: two tables side by side. */
export function sp2dLraBpkad(): BookW {
  const b = new BookW(
    "sp2d-bulanan-dan-lra-silpa-batu-rindang-2024.xlsx",
    "SP2D per bulan + LRA/SiLPA side by side (BPKAD)",
    "Left: SP2D per bulan (LS | UP/GU/TU | Jumlah = formula | terbit <= 2 hari | % formula), Jumlah row of SUMs and a total % as the ratio of totals; one empty column; right: LRA ringkas in thousands with Surplus/(Defisit), Pembiayaan Netto, SiLPA",
  );
  const S = "SP2D dan LRA 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU RINDANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines(["Kinerja Penerbitan SP2D dan Realisasi APBD Tahun Anggaran 2024"]);
  s.gap();
  const top = s.r;
  const BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const LS = [212, 398, 455, 470, 512, 538, 497, 566, 603, 641, 702, 1188];
  const GU = [64, 88, 92, 95, 101, 97, 94, 108, 112, 117, 121, 146];
  const LATE = [4, 9, 12, 10, 15, 18, 11, 14, 19, 22, 31, 97];
  const STALE = 92.61; // planted: June's cached % (the formula gives 97.17)
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
        { key: "bln", head: ["Bulan"], num: "2", width: 12 },
        { key: "ls", head: ["SP2D Diterbitkan", "LS"], role: "realisasi", year: 2024, num: "3", fmt: INT },
        {
          key: "gu",
          head: ["SP2D Diterbitkan", "UP/GU/TU"],
          role: "realisasi",
          year: 2024,
          num: "4",
          fmt: INT,
        },
        {
          key: "j",
          head: ["SP2D Diterbitkan", "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "5 = 3 + 4",
          fmt: INT,
        },
        { key: "tw", head: ["Terbit <= 2 Hari Kerja"], role: "realisasi", year: 2024, num: "6", fmt: INT },
        { key: "pct", head: ["% Tepat Waktu"], role: "capaian", year: 2024, num: "7 = 6/5 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...BULAN.map((m, i): Row => ({
          id: `m${i + 1}`,
          cells: (x) => ({
            no: i + 1,
            bln: m,
            ls: LS[i],
            gu: GU[i],
            j: fx(`${x.a("ls")}+${x.a("gu")}`),
            tw: LS[i] + GU[i] - LATE[i],
            pct: fx(`ROUND(${x.a("tw")}/${x.a("j")}*100,2)`, i === 5 ? STALE : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "bln"],
          cells: (x) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["ls", "gu", "j", "tw"].map((k) => [k, fx(`SUM(${x.a(k, "m1")}:${x.a(k, "m12")})`)]),
            ),
            pct: fx(`ROUND(${x.a("tw")}/${x.a("j")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const LR: Array<[string, string, number, number]> = [
    ["1", "Pendapatan Daerah", 1_284_650_200, 1_251_387_940],
    ["2", "Belanja Daerah", 1_342_118_700, 1_198_406_515],
    ["3", "Surplus / (Defisit) (1 - 2)", 0, 0],
    ["4", "Penerimaan Pembiayaan (SiLPA tahun lalu)", 62_468_500, 62_468_500],
    ["5", "Pengeluaran Pembiayaan", 5_000_000, 5_000_000],
    ["6", "Pembiayaan Netto (4 - 5)", 0, 0],
    ["7", "Sisa Lebih Pembiayaan Anggaran (SiLPA) (3 + 6)", 0, 0],
  ];
  const val = (c: 2 | 3) => {
    const v = LR.map((x) => x[c]);
    v[2] = v[0] - v[1];
    v[5] = v[3] - v[4];
    v[6] = v[2] + v[5];
    return v;
  };
  const ang = val(2);
  const rea = val(3);
  const SILPA = rea[6] - 1_000_000; // planted: typed SiLPA one million (thousand rupiah) short
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ur", head: ["Uraian (dalam ribuan rupiah)"], width: 40 },
        { key: "ang", head: ["Anggaran"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "rea", head: ["Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      ],
      headerRows: 2,
      rows: LR.map(([no, ur], i) => ({
        id: `l${no}`,
        cells: { no, ur, ang: ang[i], rea: i === 6 ? SILPA : rea[i] },
      })),
    },
    9,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  signature(s, 9, {
    tempat: "Batu Rindang, 31 Januari 2025",
    jabatan: ["Kepala Bidang Perbendaharaan"],
    nama: "M. FAHRIANSYAH, S.E.",
    nip: "19830211 200901 1 002",
  });
  const L = (k: string, id: string) => left.a(k, id);
  const Rt = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: L("pct", "m6") },
    rules: ["capaian-mismatch"],
    note: `June % tepat waktu: =ROUND(F/E*100,2) with a stale cached ${STALE}; it gives ${round(((LS[5] + GU[5] - LATE[5]) / (LS[5] + GU[5])) * 100)}`,
    truth: `ROUND(${L("tw", "m6")}/${L("j", "m6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: Rt("rea", "l7") },
    rules: ["sum-mismatch"],
    note: `SiLPA realisasi typed ${SILPA}; Surplus/(Defisit) + Pembiayaan Netto = ${rea[6]}`,
    truth: `${Rt("rea", "l3")}+${Rt("rea", "l6")}`,
  });
  b.ok({
    sheet: S,
    cell: L("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${L("tw", "tot")}/${L("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${L("pct", "m1")}:${L("pct", "m12")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: L("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${L("j", "m1")}:${L("j", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: L("pct", "m12"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${L("tw", "m12")}/${L("j", "m12")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: Rt("rea", "l3"),
    rules: ["sum-mismatch"],
    truth: `${Rt("rea", "l1")}-${Rt("rea", "l2")}`,
    trap: `${Rt("rea", "l1")}+${Rt("rea", "l2")}`,
  });
  b.ok({
    sheet: S,
    cell: Rt("ang", "l7"),
    rules: ["sum-mismatch"],
    truth: `${Rt("ang", "l3")}+${Rt("ang", "l6")}`,
  });
  b.ok({
    sheet: S,
    cell: Rt("rea", "l6"),
    rules: ["sum-mismatch"],
    truth: `${Rt("rea", "l4")}-${Rt("rea", "l5")}`,
  });
  return b.finish();
}
