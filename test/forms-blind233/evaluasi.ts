// The Renja evaluation (E.81) of the Dinas Sosial Kabupaten Lembah Seruni (Jawa Tengah) and the
// Renstra funding table (T-C.27) of the Dinas Sosial Kota Tanjung Sabak (Kalimantan Barat): DTKS
// verifikasi dan validasi, PKH and BPNT. Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  /** end-of-Renstra target, realisasi up to 2023, Renja 2024 target, quarters */
  akhir: number;
  lalu: number;
  renja: number;
  tw: number[];
  rpAkhir: number;
  rpLalu: number;
  rpRenja: number;
  rpTw: number[];
};

/** E.81 s.d. Triwulan IV 2024, Dinsos Lembah Seruni; calendar years in the header, quarters under one band. */
export function e81Dinsos(): BookW {
  const b = new BookW(
    "e81-renja-2024-dinsos-lembah-seruni.xlsx",
    "E.81 Evaluasi Renja (Dinas Sosial)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; three header rows (quarters as 'Realisasi Kinerja pada Triwulan' > I..IV > Kinerja | Rp), calendar years in the headers, number row merged over pairs; DTKS program with a level row (% KPM padan DTKS) and flow rows (rumah tangga diverifikasi, laporan); rata-rata and predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "DINAS SOSIAL",
    "Jl. Pahlawan Revolusi No. 17 Seruni Kidul, Jawa Tengah",
  ]);
  s.lines([
    "Tabel Evaluasi Terhadap Hasil Renja Dinas Sosial Kabupaten Lembah Seruni",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
    "Sasaran RKPD: menurunnya kemiskinan melalui data terpadu dan bantuan sosial tepat sasaran",
  ]);
  s.gap();
  const sub1: Line = {
    id: "s1",
    kode: "1.06.05.2.01.0001",
    nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
    ind: "Jumlah rumah tangga DTKS yang diverifikasi dan divalidasi",
    sat: "RT",
    level: false,
    akhir: 185_000,
    lalu: 108_400,
    renja: 38_000,
    tw: [6_200, 11_800, 12_400, 7_900],
    rpAkhir: 6_450_000_000,
    rpLalu: 3_912_850_000,
    rpRenja: 1_385_000_000,
    rpTw: [186_420_000, 402_915_000, 455_280_000, 297_630_000],
  };
  const sub2: Line = {
    id: "s2",
    kode: "1.06.05.2.01.0002",
    nama: "Pengelolaan Data Fakir Miskin untuk Penetapan Sasaran Bansos",
    ind: "Jumlah laporan pemutakhiran DTKS yang dikirim ke Kemensos",
    sat: "laporan",
    level: false,
    akhir: 60,
    lalu: 36,
    renja: 12,
    tw: [3, 3, 3, 3],
    rpAkhir: 1_150_000_000,
    rpLalu: 684_300_000,
    rpRenja: 238_500_000,
    rpTw: [51_200_000, 58_740_000, 60_115_000, 63_980_000],
  };
  const subs = [sub1, sub2];
  const both = (f: (x: Line) => number) => sum(subs.map(f));
  const money = {
    rpAkhir: both((x) => x.rpAkhir),
    rpLalu: both((x) => x.rpLalu),
    rpRenja: both((x) => x.rpRenja),
    rpTw: [0, 1, 2, 3].map((i) => both((x) => x.rpTw[i])),
  };
  const keg: Line = {
    id: "keg",
    kode: "1.06.05.2.01",
    nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
    ind: "Jumlah desa/kelurahan yang melaksanakan verivali DTKS",
    sat: "desa/kel",
    level: false,
    akhir: 1_240,
    lalu: 712,
    renja: 260,
    tw: [40, 75, 90, 55],
    ...money,
  };
  const prog: Line = {
    id: "prog",
    kode: "1.06.05",
    nama: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
    ind: "Persentase KPM PKH dan BPNT yang datanya padan DTKS",
    sat: "%",
    level: true,
    akhir: 95,
    lalu: 86.4,
    renja: 90,
    tw: [87.2, 88.5, 89.9, 91.3],
    ...money,
  };
  const lines = [prog, keg, sub1, sub2];
  const yearK = (x: Line) => (x.level ? x.tw[3] : sum(x.tw));
  const sdK = (x: Line) => (x.level ? yearK(x) : x.lalu + yearK(x));
  const sdRp = (x: Line) => x.rpLalu + sum(x.rpTw);
  const capK = (x: Line) => round((sdK(x) / x.akhir) * 100);
  const capRp = (x: Line) => round((sdRp(x) / x.rpAkhir) * 100);
  const two = (
    key: string,
    top: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [top, "Kinerja"], role, year, num, fmt: DEC, width: 10 } as Col,
    { key: `r${key}`, head: [top, "Rp"], role: rrole, year, num, fmt: RP, width: 16 } as Col,
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: 3,
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...two("5", "Target Renstra Dinas Sosial Tahun 2026", "5", "target", "anggaran"),
    ...two(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...two("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i): Col[] => [
      {
        key: `k${8 + i}`,
        head: [TW, q, "Kinerja"],
        role: "realisasi",
        year: 2024,
        num: `${8 + i}`,
        fmt: DEC,
        width: 10,
      },
      {
        key: `r${8 + i}`,
        head: [TW, q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: `${8 + i}`,
        fmt: RP,
        width: 15,
      },
    ]),
    ...two(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  // planted: column 12 Rp of sub kegiatan .0001 typed 1,324,245,000; the quarters give 1,342,245,000
  const R12_S1 = 1_324_245_000;
  const body: Row[] = lines.map((x, i) => {
    const c: Record<string, number | string> = {
      no: i + 1,
      kode: x.kode,
      nama: x.nama,
      ind: x.ind,
      sat: x.sat,
      k5: x.akhir,
      r5: x.rpAkhir,
      k6: x.lalu,
      r6: x.rpLalu,
      k7: x.renja,
      r7: x.rpRenja,
      k12: yearK(x),
      r12: x.id === "s1" ? R12_S1 : sum(x.rpTw),
      k13: sdK(x),
      r13: sdRp(x),
      k14: capK(x),
      r14: capRp(x),
      pj: x.level ? "Kepala Dinas" : "Bidang Perlindungan dan Jaminan Sosial",
    };
    x.tw.forEach((v, j) => (c[`k${8 + j}`] = v));
    x.rpTw.forEach((v, j) => (c[`r${8 + j}`] = v));
    return { id: x.id, cells: c };
  });
  const avgK = round(sum(lines.map(capK)) / lines.length);
  const avgRp = round(sum(lines.map(capRp)) / lines.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "rata",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: "Sangat Tinggi" for a kinerja average of 83.45 (Tinggi)
        cells: { no: "Predikat Kinerja", k14: "Sangat Tinggi", r14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: musyawarah desa/kelurahan verivali DTKS terjadwal tiap triwulan.",
    "Faktor penghambat: perpindahan penduduk dan NIK KPM yang belum padan Dukcapil.",
    "Tindak lanjut: padan data NIK bersama Disdukcapil sebelum penetapan KPM tahap berikutnya.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Seruni Kidul, 17 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN LEMBAH SERUNI"],
    nama: "Dra. RETNO WULANSARI PRAMESTI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700823 199503 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const quarters = (p: "k" | "r", id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.06.05.2.01.0001 is 1,324,245,000; Triwulan I-IV add up to 1,342,245,000 (digits swapped)",
    truth: quarters("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja 'Sangat Tinggi' for an average capaian of ${avgK}; the band > 75 - 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "rata")})`,
  });
  // trap: the % row is a level; year = TW IV, s.d. = the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: quarters("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: quarters("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: quarters("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "rata")})`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinsos Kota Tanjung Sabak, Renstra 2025-2029 in thousands; group headers written once, unmerged. */
export function tc27Dinsos(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dinsos-tanjung-sabak.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Sosial)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)', group headers written once (not merged), 'Tahun ke-1 (2025)'..'Tahun ke-5 (2029)' over Target | Rp; kegiatan Rp = SUM of its sub kegiatan, program = kegiatan; kondisi akhir Rp = sum of the years; Lokasi column last",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SABAK", "DINAS SOSIAL"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif",
    "Dinas Sosial Kota Tanjung Sabak Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const plans: Plan[] = [
    {
      id: "p",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      level: true,
      awal: 72.4,
      k: [75, 78, 81, 84, 87],
    },
    {
      id: "g",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen DTKS hasil pemutakhiran yang ditetapkan",
      sat: "dokumen",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
    },
    {
      id: "s1",
      kode: "1.06.05.2.01.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah KK yang diverifikasi dan divalidasi",
      sat: "KK",
      level: false,
      awal: 21_450,
      k: [22_000, 22_500, 23_000, 23_500, 24_000],
      rp: [842_300, 884_400, 928_600, 975_000, 1_023_800],
    },
    {
      id: "s2",
      kode: "1.06.05.2.01.0003",
      nama: "Pengembangan Sistem Informasi DTKS Kelurahan",
      ind: "Persentase kelurahan yang terhubung aplikasi SIKS-NG",
      sat: "%",
      level: true,
      awal: 62,
      k: [70, 78, 85, 92, 100],
      rp: [215_000, 198_500, 204_300, 210_700, 217_400],
    },
    {
      id: "s3",
      kode: "1.06.05.2.01.0004",
      nama: "Fasilitasi Graduasi Mandiri Keluarga Penerima Manfaat PKH",
      ind: "Jumlah KPM PKH yang didampingi menuju graduasi mandiri",
      sat: "KPM",
      level: false,
      awal: 310,
      k: [350, 400, 450, 500, 550],
      rp: [318_000, 342_500, 366_900, 391_200, 415_800],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  // planted: year-3 Rp of the kegiatan typed 1,489,800 where its sub kegiatan give 1,499,800
  const G3 = 1_489_800;
  // planted: kondisi akhir K of the KK count typed 112,500 (the five years give 115,000)
  const AK_S1 = 112_500;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: plans.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          kode: p.kode,
          nama: p.nama,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "s1" ? AK_S1 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Linjamsos",
          lok: "Kota Tanjung Sabak",
        };
        for (const y of Y) {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? G3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        }
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Sabak, 24 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL KOTA TANJUNG SABAK"],
    nama: "H. SYARIF HAMDAN ALKADRIE, S.Sos., M.AP.",
    nip: "19760304 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  const subsOf = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 1.06.05.2.01 is a typed 1,489,800 among SUM formulas; its three sub kegiatan add up to 1,499,800",
    truth: subsOf(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah KK yang diverifikasi dan divalidasi' (a count) is 112,500; the five yearly targets add up to 115,000",
    truth: ks("s1"),
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subsOf(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.06.05.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
