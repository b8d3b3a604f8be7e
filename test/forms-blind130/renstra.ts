// A T-C.27 Renstra funding table of a Bagian Organisasi (Maluku Utara, "(dalam ribuan rupiah)", Tahun ke-1..5
// from the title), a PK 2025 of a Sekretariat DPRD beside its Renstra (Maluku Utara), and an IKU matrix of a
// Bagian Organisasi in Jawa Tengah with SAKIP grades "BB (71,06)". Every number is invented.
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

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27Organisasi(): BookW {
  const b = new BookW(
    "tc27-renstra-bagian-organisasi-gamkonora.xlsx",
    "T-C.27 Renstra program and funding of a Bagian Organisasi (2025-2029)",
    "T-C.27 of the Setda Kabupaten Gamkonora Raya (Bagian Organisasi), Renstra 2025-2029 in the title: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja Akhir > Target | Rp | Unit; (dalam ribuan rupiah); number row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN GAMKONORA RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Sekretariat Daerah Kabupaten Gamkonora Raya Tahun 2025-2029 (Bagian Organisasi)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "4.01.03.2.04.0001",
      nm: "Pelaksanaan Reformasi Birokrasi",
      ind: "Indeks Reformasi Birokrasi",
      sat: "indeks",
      flow: false,
      awal: 64.1,
      k: [66, 68, 70, 72, 75],
      rp: [245_000, 260_000, 275_000, 290_000, 310_000],
    },
    {
      id: "s2",
      kode: "4.01.03.2.04.0002",
      nm: "Penataan Kelembagaan dan Analisis Jabatan",
      ind: "Jumlah Perangkat Daerah yang dievaluasi kelembagaannya",
      sat: "PD",
      flow: true,
      awal: 10,
      k: [12, 12, 12, 12, 12],
      rp: [180_000, 185_000, 195_000, 200_000, 210_000],
    },
    // planted: coded under kegiatan 2.05, its kegiatan is 2.04
    {
      id: "s3",
      kode: "4.01.03.2.05.0003",
      nm: "Fasilitasi Sistem Pengendalian Intern Pemerintah",
      ind: "Nilai maturitas SPIP",
      sat: "level",
      flow: false,
      awal: 2.85,
      k: [3, 3.2, 3.4, 3.6, 4],
      rp: [320_000, 335_000, 350_000, 365_000, 380_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...[0, 1, 2, 3, 4].flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: 2025 + i,
        num: 6 + 2 * i,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: 7 + 2 * i,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", year: 2029, num: 16, fmt: DEC },
    {
      key: "ar",
      head: [A, "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const yrs = [0, 1, 2, 3, 4];
  const line = (x: Line, rpOf: (c: Ctx, i: number) => Cell): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: "Bagian Organisasi",
      };
      yrs.forEach((i) => {
        out[`k${i}`] = x.k[i];
        out[`r${i}`] = rpOf(c, i);
      });
      out.ak = x.flow
        ? fx(`SUM(${c.a("k0")},${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")})`)
        : fx(c.a("k4"));
      // planted: s2's Rp kondisi akhir leaves out Tahun ke-5
      const last = x.id === "s2" ? 3 : 4;
      out.ar = fx(
        yrs
          .slice(0, last + 1)
          .map((i) => c.a(`r${i}`))
          .join("+"),
      );
      return out;
    },
  });
  const keg: Line = {
    id: "keg",
    kode: "4.01.03.2.04",
    nm: "Pelaksanaan Kebijakan Organisasi dan Tata Laksana",
    ind: "Jumlah dokumen evaluasi kelembagaan dan tata laksana",
    sat: "dokumen",
    flow: true,
    awal: 4,
    k: [5, 5, 5, 5, 5],
  };
  const prog: Line = {
    id: "prog",
    kode: "4.01.03",
    nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
    ind: "Persentase Perangkat Daerah dengan nilai SAKIP minimal BB",
    sat: "%",
    flow: false,
    awal: 55,
    k: [60, 65, 70, 80, 90],
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      line(prog, (c, i) => fx(c.a(`r${i}`, "keg"))),
      line(keg, (c, i) => fx(`SUM(${c.a(`r${i}`, "s1")}:${c.a(`r${i}`, "s3")})`)),
      ...subs.map((x) => line(x, (_c, i) => x.rp![i])),
    ],
  });
  s.gap();
  s.lines(["Sumber: Renstra Setda 2025-2029 (Perbup No. 14 Tahun 2025), diolah Bagian Organisasi."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rsum = (id: string) => yrs.map((i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of the kelembagaan sub kegiatan adds Tahun ke-1..4 only (760,000); with Tahun ke-5's 210,000 it is 970,000 (ribuan)",
    truth: rsum("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi SPIP is coded 4.01.03.2.05.0003 under kegiatan 4.01.03.2.04",
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  for (const id of ["s1", "s3", "prog"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: yrs.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["s2", "keg"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s3", "keg", "prog"])
    b.ok({ sheet: S, cell: a("ar", id), rules: ["kondisi-akhir-mismatch"], truth: rsum(id) });
  for (const i of yrs) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}+${a(`r${i}`, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(`r${i}`, "prog"), rules: ["sum-mismatch"], truth: a(`r${i}`, "keg") });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s1")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[] };

export function pkSetwan(): BookW {
  const b = new BookW(
    "pk-2025-setwan-loloda-raya-renstra.xlsx",
    "Perjanjian Kinerja 2025 of a Sekretariat DPRD with its Renstra 2025-2029",
    "Sheet PK 2025: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet Renstra 2025-2029: No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const ps = b.sheet(P);
  const rs = b.sheet(R);
  const SAS = "Meningkatnya kualitas pelayanan kesekretariatan kepada DPRD";
  const SAS2 = "Meningkatnya akuntabilitas kinerja dan keuangan Sekretariat DPRD";
  const inds: Pk[] = [
    {
      id: "j1",
      sas: SAS,
      ind: "Persentase Perda yang ditetapkan sesuai Propemperda",
      sat: "%",
      awal: 70,
      k: [75, 80, 85, 88, 90],
    },
    {
      id: "j2",
      sas: SAS2,
      ind: "Nilai SAKIP Sekretariat DPRD",
      sat: "nilai",
      awal: 62.3,
      k: [65, 67, 69, 71, 73],
    },
    { id: "j3", sas: SAS2, ind: "Tingkat maturitas SPIP", sat: "level", awal: 2.7, k: [3, 3, 3.5, 3.5, 4] },
    {
      id: "j4",
      sas: SAS2,
      ind: "Jumlah temuan BPK yang belum ditindaklanjuti",
      sat: "temuan",
      awal: 8,
      k: [6, 5, 4, 3, 2],
    },
    {
      id: "j5",
      sas: SAS,
      ind: "Persentase pokok pikiran DPRD yang diakomodir dalam RKPD",
      sat: "%",
      awal: 38,
      k: [40, 45, 50, 55, 60],
    },
  ];
  letterhead(rs, ["SEKRETARIAT DPRD KABUPATEN LOLODA RAYA"]);
  rs.lines(["Tabel 4.2 Tujuan, Sasaran dan Target Kinerja Renstra Sekretariat DPRD 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `k${i}`,
        head: ["Target Kinerja", `${2025 + i}`],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((x, n) => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: n + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k0: x.k[0],
        k1: x.k[1],
        k2: x.k[2],
        k3: x.k[3],
        k4: x.k[4],
        ak: fx(c.a("k4")),
      }),
    })),
  });
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "SEKRETARIAT DPRD KABUPATEN LOLODA RAYA"]);
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  ps.gap();
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, n) => ({
      id: x.id,
      // planted: j2 carries the Renstra 2026 target
      cells: { no: n + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "j2" ? x.k[1] : x.k[0] },
    })),
  });
  ps.gap();
  const progs = [
    {
      id: "p1",
      kode: "4.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 9_845_600_000,
    },
    {
      id: "p2",
      kode: "4.02.02",
      nm: "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD",
      rp: 14_372_250_000,
    },
  ];
  const at = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, n) => ({
        id: p.id,
        cells: { no: n + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD 2025" },
      })),
      // planted: JUMLAH typed with two digits swapped
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: { no: "JUMLAH", rp: 24_127_850_000 },
      },
    ],
  });
  ps.gap();
  signature(ps, 2, {
    tempat: "Pihak Kedua, Bupati Loloda Raya",
    jabatan: [],
    nama: "Drs. MUHAMMAD SAHRONI TAIB",
    nip: "-",
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Tobelo Lama, 3 Januari 2025",
    jabatan: ["Pihak Pertama, Sekretaris DPRD"],
    nama: "ABDUL RAHIM DJAFAR, S.Sos., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760203 200003 1 005",
  });
  const rc = (id: string, i: number) => `'${R}'!${rt.a(`k${i}`, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "j2") },
        { sheet: R, cell: rt.a("k0", "j2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai SAKIP is 67.00, the Renstra 2026 target; the Renstra 2025 target is 65.00",
    truth: rc("j2", 0),
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is a typed 24,127,850,000; 9,845,600,000 + 14,372,250,000 give 24,217,850,000 (digits swapped)",
    truth: `${at.a("rp", "p1")}+${at.a("rp", "p2")}`,
  });
  for (const id of ["j1", "j3", "j4", "j5"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: rc(id, 0) });
  for (const x of inds)
    b.ok({
      sheet: R,
      cell: rt.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k4", x.id),
      trap:
        x.id === "j1" || x.id === "j4"
          ? [0, 1, 2, 3, 4].map((i) => rt.a(`k${i}`, x.id)).join("+")
          : undefined,
    });
  b.ok({ sheet: R, cell: rt.a("k4", "j4"), rules: ["target-trend"], truth: "2" });
  return b.finish();
}

export function ikuOrganisasi(): BookW {
  const b = new BookW(
    "iku-setda-bagian-organisasi-kedu-lor.xlsx",
    "IKU matrix of a Setda (Bagian Organisasi, 2025-2029)",
    "IKU Sekretariat Daerah Kabupaten Kedu Lor: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025..2029 | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; SAKIP grades with scores",
  );
  const S = "IKU Setda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KEDU LOR", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Lampiran Keputusan Bupati Kedu Lor Nomor 060/112 Tahun 2025",
    "INDIKATOR KINERJA UTAMA SEKRETARIAT DAERAH 2025-2029",
  ]);
  s.gap();
  const SAS = "Meningkatnya kualitas reformasi birokrasi dan akuntabilitas kinerja";
  type U = {
    id: string;
    ind: string;
    rumus: string;
    sat: string;
    awal: Cell;
    k: Cell[];
    ak: Cell;
    pj: string;
  };
  const rows: U[] = [
    {
      id: "u0",
      ind: "Nilai SAKIP Sekretariat Daerah",
      rumus: "Nilai hasil evaluasi AKIP oleh Inspektorat",
      sat: "nilai / predikat",
      awal: "BB (71,06)",
      k: ["BB", "BB", "A", "A", "A"],
      ak: "A",
      pj: "Bagian Organisasi",
    },
    // planted: 78.15 is BB, not A
    {
      id: "u1",
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      rumus: "Nilai hasil evaluasi SAKIP oleh KemenPANRB",
      sat: "nilai / predikat",
      awal: "A (78,15)",
      k: ["A", "A", "A", "A", "AA"],
      ak: "AA",
      pj: "Bagian Organisasi",
    },
    {
      id: "u2",
      ind: "Indeks Reformasi Birokrasi",
      rumus: "Nilai indeks RB hasil evaluasi KemenPANRB",
      sat: "indeks",
      awal: 68.4,
      k: [70, 72, 74, 76, 78],
      ak: "=",
      pj: "Bagian Organisasi",
    },
    // planted: 2028 typed 950 for 95
    {
      id: "u3",
      ind: "Persentase rekomendasi evaluasi kelembagaan yang ditindaklanjuti",
      rumus: "Rekomendasi ditindaklanjuti / seluruh rekomendasi x 100%",
      sat: "%",
      awal: 75,
      k: [80, 85, 90, 950, 100],
      ak: "=",
      pj: "Bagian Organisasi",
    },
    {
      id: "u4",
      ind: "Nilai maturitas SPIP",
      rumus: "Level maturitas hasil penilaian BPKP",
      sat: "level",
      awal: 2.85,
      k: [3, 3.2, 3.4, 3.6, 4],
      ak: "=",
      pj: "Inspektorat / Bagian Organisasi",
    },
    {
      id: "u5",
      ind: "Jumlah pengaduan pelayanan publik yang tidak terselesaikan",
      rumus: "Jumlah pengaduan SP4N-LAPOR! yang belum selesai pada akhir tahun",
      sat: "pengaduan",
      awal: 24,
      k: [20, 16, 12, 8, 5],
      ak: "=",
      pj: "Bagian Organisasi",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formulasi / Cara Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `k${i}`,
        head: ["Target Tahun", `${2025 + i}`],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((u, n): Row => ({
      id: u.id,
      cells: (c: Ctx) => ({
        no: n + 1,
        sas: SAS,
        ind: u.ind,
        rumus: u.rumus,
        sat: u.sat,
        awal: u.awal,
        k0: u.k[0],
        k1: u.k[1],
        k2: u.k[2],
        k3: u.k[3],
        k4: u.k[4],
        ak: u.ak === "=" ? fx(c.a("k4")) : u.ak,
        pj: u.pj,
        sd: "LHE / Laporan Bagian Organisasi",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: nilai SAKIP dinyatakan dengan predikat dan nilai dalam kurung."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("awal", "u1") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal of the Nilai SAKIP Pemerintah Kabupaten is 'A (78,15)'; 78.15 is BB (> 70 - 80)",
    truth: `SAKIP(SCORE(${a("awal", "u1")}))`,
    actual: `GRADE(${a("awal", "u1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("k3", "u3") },
    rules: ["percent-out-of-range", "target-outlier"],
    note: "Target 2028 of the persentase rekomendasi is 950 %; the series 80, 85, 90, .., 100 gives 95 (decimal lost)",
    truth: `(${a("k2", "u3")}+${a("k4", "u3")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("awal", "u0"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "u0")}))`,
    actual: `GRADE(${a("awal", "u0")})`,
  });
  for (const id of ["u2", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: [0, 1, 2, 3, 4].map((i) => a(`k${i}`, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("k4", "u5"), rules: ["target-trend"], truth: "5" });
  b.ok({ sheet: S, cell: a("k2", "u3"), rules: ["percent-out-of-range"], truth: "90" });
  return b.finish();
}
