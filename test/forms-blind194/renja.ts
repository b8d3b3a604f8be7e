// Planning and evaluation tables of a Kecamatan: the E.81 evaluation of the Renja 2024 of Kecamatan
// Labuhan Selaparang (Kabupaten Sumbawa Rinjani, Nusa Tenggara Barat), "(dalam ribuan rupiah)", and
// the T-C.27 of the Renstra Kecamatan Pagimana Utara 2025-2029 (Kabupaten Banggai Lalong, Sulawesi
// Tengah) with K | Rp pairs per "Tahun ke-". Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ======================================================= E.81 Kecamatan Labuhan Selaparang 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  kT: number;
  kR: number;
  rpT?: number;
  rpR?: number;
};

export function e81Selaparang(): BookW {
  const b = new BookW(
    "e81-renja-kecamatan-labuhan-selaparang-sumbawa-rinjani.xlsx",
    "E.81 evaluasi Renja Kecamatan 2024",
    "E.81 of a Kecamatan in NTB, 2024, (dalam ribuan rupiah): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Target Renja 2024 K | Rp | Realisasi s.d. Triwulan IV K | Rp | Tingkat Capaian (%) K | Rp | PJ; number row merged over the pairs with '8 = 7 / 6 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBAWA RINJANI",
    "KECAMATAN LABUHAN SELAPARANG",
    "Jl. Garuda No. 14 Labuhan Selaparang",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Kecamatan Labuhan Selaparang",
    "Periode Pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "7.01.02",
      nm: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      ind: "Indeks Kepuasan Masyarakat terhadap layanan PATEN",
      sat: "indeks",
      kT: 82,
      kR: 84.35,
    },
    {
      id: "k1",
      kode: "7.01.02.2.01",
      nm: "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Persentase layanan PATEN yang selesai sesuai SOP",
      sat: "%",
      kT: 95,
      kR: 96.4,
    },
    {
      id: "s1",
      kode: "7.01.02.2.01.0001",
      nm: "Pelayanan Perizinan dan Non Perizinan melalui PATEN",
      ind: "Jumlah dokumen perizinan dan non perizinan yang diterbitkan",
      sat: "dokumen",
      kT: 1200,
      kR: 1342,
      rpT: 185_400,
      rpR: 172_386,
    },
    {
      id: "s2",
      kode: "7.01.02.2.01.0002",
      nm: "Monitoring dan Pelaporan Penyelenggaraan PATEN",
      ind: "Jumlah laporan penyelenggaraan PATEN",
      sat: "laporan",
      kT: 12,
      kR: 12,
      rpT: 96_750,
      rpR: 94_120,
    },
    {
      id: "k2",
      kode: "7.01.02.2.02",
      nm: "Pembinaan Penyelenggaraan Pemerintahan Desa dan Kelurahan",
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      kT: 100,
      kR: 94.12,
    },
    {
      id: "s3",
      kode: "7.01.02.2.02.0001",
      nm: "Fasilitasi Penyusunan Program dan Kegiatan Desa",
      ind: "Jumlah desa yang difasilitasi penyusunan RKPDes dan APBDes",
      sat: "desa",
      kT: 17,
      kR: 17,
      rpT: 312_600,
      rpR: 287_905,
    },
    {
      id: "s4",
      kode: "7.01.02.2.02.0002",
      nm: "Evaluasi Rancangan Peraturan Desa tentang APBDes",
      ind: "Jumlah rancangan Perdes APBDes yang dievaluasi",
      sat: "dokumen",
      kT: 17,
      kR: 16,
      rpT: 148_200,
      rpR: 139_640,
    },
  ];
  const subs = ["s1", "s2", "s3", "s4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    {
      key: "kT",
      head: ["Target Kinerja dan Anggaran Renja Tahun 2024", "K"],
      role: "target",
      year: 2024,
      num: "6",
      width: 9,
    },
    {
      key: "rpT",
      head: ["Target Kinerja dan Anggaran Renja Tahun 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: "6",
      fmt: RP,
      width: 13,
    },
    {
      key: "kR",
      head: ["Realisasi Kinerja dan Anggaran s.d. Triwulan IV", "K"],
      role: "realisasi",
      year: 2024,
      num: "7",
      width: 9,
    },
    {
      key: "rpR",
      head: ["Realisasi Kinerja dan Anggaran s.d. Triwulan IV", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7",
      fmt: RP,
      width: 13,
    },
    {
      key: "kC",
      head: ["Tingkat Capaian (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rpC",
      head: ["Tingkat Capaian (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "9", width: 16 },
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s1", "s2"], k2: ["s3", "s4"] };
  const pj: Record<string, string> = { p: "Camat", k1: "Seksi Pelayanan Umum", k2: "Seksi Pemerintahan" };
  const capK = (x: E) => round((x.kR / x.kT) * 100);
  const avg = round(subs.reduce((n, id) => n + capK(rows.find((x) => x.id === id)!), 0) / 4);
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: !x.id.startsWith("s"),
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: x.id === "p" ? "1" : x.id.startsWith("k") ? `1.${x.id[1]}` : null,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
      };
      out.kT = x.kT;
      out.kR = x.kR;
      const kd = kids[x.id];
      if (kd) {
        out.rpT = fx(kd.map((k) => c.a("rpT", k)).join("+"));
        // planted: the kegiatan 7.01.02.2.02 takes only its first sub kegiatan's realisasi
        out.rpR = fx(x.id === "k2" ? c.a("rpR", "s3") : kd.map((k) => c.a("rpR", k)).join("+"));
      } else {
        out.rpT = x.rpT;
        out.rpR = x.rpR;
      }
      out.kC = fx(rt(c.a("kR"), c.a("kT")));
      // planted: a typed capaian among the ROUND formulas
      out.rpC = x.id === "s1" ? 95.83 : fx(rt(c.a("rpR"), c.a("rpT")));
      out.pj = pj[x.id] ?? pj[x.id === "s1" || x.id === "s2" ? "k1" : "k2"];

      return out;
    },
  }));
  body.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (c) => ({
        no: "Rata-rata capaian kinerja sub kegiatan (%)",
        kC: fx(`ROUND(AVERAGE(${subs.map((k) => c.a("kC", k)).join(",")}),2)`),
      }),
    },
    { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", kC: predikat(avg) } },
  );
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan aplikasi PATEN daring dan pendampingan operator desa.",
    "Faktor penghambat: keterlambatan penyampaian rancangan APBDes oleh 1 (satu) desa.",
    "Tindak lanjut: bimbingan teknis penyusunan APBDes pada Triwulan I Tahun 2025.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Labuhan Selaparang, 15 Januari 2025",
    jabatan: ["CAMAT LABUHAN SELAPARANG,"],
    nama: "LALU MUHAMMAD ZAINURI, S.STP., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19830612 200112 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rpR", "k2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp of kegiatan 7.01.02.2.02 is =L(sub .0001) = 287,905 only; with the Evaluasi Rancangan Perdes APBDes (139,640) the two sub kegiatan give 427,545 (ribuan rupiah)",
    truth: `${a("rpR", "s3")}+${a("rpR", "s4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rpC", "s1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian Rp of sub kegiatan 7.01.02.2.01.0001 is a typed 95.83 among ROUND formulas; 172,386 / 185,400 x 100 gives 92.98",
    truth: rt(a("rpR", "s1"), a("rpT", "s1")),
  });
  for (const x of rows)
    b.ok({
      sheet: S,
      cell: a("kC", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("kR", x.id), a("kT", x.id)),
    });
  for (const id of ["s2", "s3", "s4", "k1"])
    b.ok({
      sheet: S,
      cell: a("rpC", id),
      rules: ["capaian-mismatch"],
      truth: rt(a("rpR", id), a("rpT", id)),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("rpT", id),
      rules: ["sum-mismatch"],
      truth: kids[id].map((k) => a("rpT", k)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rpR", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rpR", "s1")}+${a("rpR", "s2")}`,
  });
  // the program's pagu is its two kegiatan, not every row under it added up
  b.ok({
    sheet: S,
    cell: a("rpT", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rpT", "k1")}+${a("rpT", "k2")}`,
    trap: `SUM(${a("rpT", "k1")}:${a("rpT", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kC", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${subs.map((k) => a("kC", k)).join("+")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kC", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("kC", "avg")})`,
  });
  return b.finish();
}

// ================================================ T-C.27 Renstra Kecamatan Pagimana Utara 2025-2029

type R = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  rp?: number[];
  f: string;
};

export function tc27Pagimana(): BookW {
  const b = new BookW(
    "tc27-renstra-kecamatan-pagimana-utara-banggai-lalong.xlsx",
    "T-C.27 Renstra Kecamatan 2025-2029",
    "T-C.27 of a Kecamatan in Sulawesi Tengah: Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. ke-5 (2029) > K | Rp | Kondisi Kinerja pada Akhir Periode Renstra K | Rp | PD Penanggung Jawab; number row merged over the pairs; full rupiah; program Rp = its kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI LALONG", "KECAMATAN PAGIMANA UTARA"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Kecamatan Pagimana Utara Tahun 2025-2029",
  ]);
  s.gap();
  const rows: R[] = [
    {
      id: "p1",
      kode: "7.01.02",
      nm: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      ind: "Indeks Kepuasan Masyarakat layanan PATEN",
      sat: "indeks",
      awal: 80.12,
      tg: [81, 82, 83, 84, 85],
      f: DEC,
    },
    {
      id: "k1",
      kode: "7.01.02.2.01",
      nm: "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan",
      ind: "Jumlah layanan PATEN yang diselesaikan",
      sat: "layanan",
      awal: 4012,
      tg: [4200, 4350, 4500, 4650, 4800],
      flow: true,
      rp: [412_500_000, 428_750_000, 445_000_000, 462_300_000, 480_150_000],
      f: "#,##0",
    },
    {
      id: "k2",
      kode: "7.01.02.2.02",
      nm: "Penanganan Pengaduan dan Aspirasi Masyarakat Tingkat Kecamatan",
      ind: "Persentase pengaduan masyarakat yang ditindaklanjuti",
      sat: "%",
      awal: 87.5,
      tg: [90, 92, 94, 96, 98],
      rp: [126_400_000, 131_200_000, 136_500_000, 142_000_000, 147_600_000],
      f: DEC,
    },
    {
      id: "p2",
      kode: "7.01.06",
      nm: "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
      ind: "Persentase desa berstatus Desa Maju dan Desa Mandiri",
      sat: "%",
      awal: 35.29,
      tg: [41.18, 47.06, 52.94, 58.82, 64.71],
      f: DEC,
    },
    {
      id: "k3",
      kode: "7.01.06.2.01",
      nm: "Fasilitasi Penyusunan Perencanaan dan Keuangan Desa",
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      awal: 82.35,
      tg: [85, 88.5, 91, 94, 97],
      rp: [318_250_000, 331_000_000, 344_200_000, 358_000_000, 372_300_000],
      f: DEC,
    },
    {
      id: "k4",
      kode: "7.01.06.2.02",
      nm: "Pembinaan Kader Pemberdayaan Masyarakat Desa",
      ind: "Jumlah kader pemberdayaan masyarakat desa yang dilatih",
      sat: "orang",
      awal: 28,
      tg: [34, 34, 51, 51, 68],
      flow: true,
      rp: [385_600_000, 392_400_000, 398_450_000, 414_800_000, 431_250_000],
      f: "#,##0",
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k1", "k2"], p2: ["k3", "k4"] };
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program / Kegiatan"], num: 2, width: 34 },
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
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `y${y}k`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "K"],
        role: "target",
        year: 2024 + y,
        num: 5 + y,
        width: 9,
      },
      {
        key: `y${y}rp`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + y,
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", year: 2029, num: 11, width: 9 },
    { key: "akRp", head: [AK, "Rp"], num: 11, fmt: RP, width: 16 },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 16 },
  ];
  const P2Y3 = 724_650_000;
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.id.startsWith("p"),
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: { v: x.awal, fmt: x.f },
        pj: "Kecamatan Pagimana Utara",
      };
      Y.forEach((y, i) => {
        out[`y${y}k`] = { v: x.tg[i], fmt: x.f };
        const kd = kids[x.id];
        // planted: the program's Tahun ke-3 Rp is typed, digits swapped
        out[`y${y}rp`] = kd
          ? x.id === "p2" && y === 3
            ? P2Y3
            : fx(kd.map((k) => c.a(`y${y}rp`, k)).join("+"))
          : x.rp![i];
      });
      // planted: the APBDes rate's kondisi akhir is typed 91.00 (Tahun ke-3)
      out.akK =
        x.id === "k3" ? { v: 91, fmt: DEC } : fx(x.flow ? Y.map((y) => c.a(`y${y}k`)).join("+") : c.a("y5k"));
      out.akRp = fx(Y.map((y) => c.a(`y${y}rp`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Keterangan: K = kinerja; Rp = pagu indikatif (rupiah). Sumber: Renstra Kecamatan Pagimana Utara 2025-2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pagimana Utara, 20 Juni 2025",
    jabatan: ["CAMAT PAGIMANA UTARA,"],
    nama: "MOHAMAD RIZAL LAHAMU, S.Sos.",
    pangkat: "Pembina (IV/a)",
    nip: "19791104 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y3rp", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 (2027) Rp of program 7.01.06 is a typed 724,650,000 among formulas over its kegiatan; 344,200,000 + 398,450,000 give 742,650,000 (digits swapped)",
    truth: `${a("y3rp", "k3")}+${a("y3rp", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "k3") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir K of the APBDes tepat waktu rate (a level) is a typed 91.00, the Tahun ke-3 target; the Tahun ke-5 (2029) target is 97.00",
    truth: a("y5k", "k3"),
  });
  const y5 = (id: string) => a("y5k", id);
  const sumK = (id: string) => Y.map((y) => a(`y${y}k`, id)).join("+");
  for (const id of ["p1", "k2", "p2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: y5(id),
      trap: id === "p1" ? `SUM(${sumK(id)})` : undefined,
    });
  for (const id of ["k1", "k4"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: sumK(id), trap: y5(id) });
  for (const id of ["k1", "k2", "k3", "k4", "p1"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["sum-mismatch"],
      truth: Y.map((y) => a(`y${y}rp`, id)).join("+"),
      // a range over the pairs adds the K columns too
      trap: id === "k1" ? `SUM(${a("y1rp", id)}:${a("y5rp", id)})` : undefined,
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`y${y}rp`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`y${y}rp`, "k1")}+${a(`y${y}rp`, "k2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("y1rp", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("y1rp", "k3")}+${a("y1rp", "k4")}`,
  });
  return b.finish();
}
