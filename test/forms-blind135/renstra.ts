// The T-C.27 of the Renstra Dinas Kesehatan 2025-2029 of a Jawa Barat kabupaten: program, kegiatan,
// their indicators and the indicative funding per year "(dalam ribuan rupiah)", with the kondisi
// akhir (the Tahun ke-5 target of a rate; the five years' Rp added). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  kids?: string[];
};

export function tc27Dinkes(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-dinkes-sukawening-raya.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Dinas Kesehatan)",
    "Renstra Dinas Kesehatan 2025-2029 T-C.27 of a Jawa Barat kabupaten, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp; number row 1 .. 18 with '17 = 7 + 9 + 11 + 13 + 15'; program Rp = SUM of its kegiatan; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUKAWENING RAYA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Kesehatan Kabupaten Sukawening Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase capaian SPM bidang kesehatan",
      sat: "%",
      awal: 84.6,
      tg: [87, 90, 93, 96, 100],
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas dengan sarana, prasarana dan alat kesehatan sesuai standar",
      sat: "%",
      awal: 58.33,
      tg: [63.89, 69.44, 75, 83.33, 91.67],
      rp: [18_450_000, 21_730_000, 19_880_000, 23_415_000, 24_060_000],
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase balita stunting yang mendapat intervensi gizi spesifik",
      sat: "%",
      awal: 71.2,
      tg: [76, 80, 85, 90, 95],
      rp: [12_684_500, 13_452_750, 14_106_300, 14_987_250, 15_730_800],
    },
    {
      id: "p2",
      kode: "1.02.03",
      nm: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      sat: "%",
      awal: 52.78,
      tg: [58.33, 63.89, 69.44, 75, 80.56],
      kids: ["k3"],
    },
    {
      id: "k3",
      kode: "1.02.03.2.02",
      nm: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Persentase puskesmas yang memenuhi kebutuhan tenaga kesehatan",
      sat: "%",
      awal: 55.56,
      tg: [61.11, 66.67, 72.22, 77.78, 83.33],
      rp: [2_318_400, 2_455_900, 2_604_150, 2_732_600, 2_881_250],
    },
  ];
  const Y = [0, 1, 2, 3, 4];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...Y.flatMap((k): Col[] => [
      {
        key: `t${k}`,
        head: [G, `Tahun ke-${k + 1} (${2025 + k})`, "Target"],
        role: "target",
        year: 2025 + k,
        num: 6 + 2 * k,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${k}`,
        head: [G, `Tahun ke-${k + 1} (${2025 + k})`, "Rp"],
        role: "anggaran",
        year: 2025 + k,
        num: 7 + 2 * k,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kt", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: 16, fmt: DEC, width: 9 },
    {
      key: "kr",
      head: [KA, "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7 + 9 + 11 + 13 + 15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 14 },
  ];
  const fiveRp = (x: Ctx, id?: string) => Y.map((k) => x.a(`r${k}`, id)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...L.map((l): Row => ({
        id: l.id,
        bold: !!l.kids,
        cells: (x: Ctx) => ({
          kode: l.kode,
          nm: l.nm,
          ind: l.ind,
          sat: l.sat,
          awal: l.awal,
          ...Object.fromEntries(
            Y.flatMap((k) => [
              [`t${k}`, l.tg[k]],
              [
                `r${k}`,
                l.rp
                  ? l.rp[k]
                  : // planted: program 1.02.02 Tahun ke-3 Rp typed 33,896,300 (19,880,000 + 14,106,300 = 33,986,300)
                    l.id === "p1" && k === 2
                    ? 33_896_300
                    : fx(
                        l.kids!.length === 1
                          ? x.a(`r${k}`, l.kids![0])
                          : `SUM(${x.a(`r${k}`, l.kids![0])}:${x.a(`r${k}`, l.kids![l.kids!.length - 1])})`,
                      ),
              ],
            ]),
          ),
          kt: l.tg[4],
          // planted: kegiatan 1.02.03.2.02 adds Tahun ke-1 .. ke-4 only
          kr: fx(
            l.id === "k3"
              ? Y.slice(0, 4)
                  .map((k) => x.a(`r${k}`))
                  .join("+")
              : fiveRp(x),
          ),
          pj: "Dinas Kesehatan",
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "awal"],
        cells: (x: Ctx) => ({
          kode: "JUMLAH",
          ...Object.fromEntries(Y.map((k) => [`r${k}`, fx(`${x.a(`r${k}`, "p1")}+${x.a(`r${k}`, "p2")}`)])),
          kr: fx(`${x.a("kr", "p1")}+${x.a("kr", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: pagu indikatif dalam ribuan rupiah; kondisi akhir target = target tahun ke-5, kondisi akhir Rp = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Sukawening, 14 Juli 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SUKAWENING RAYA,"],
    nama: "dr. DEDI SUPRIATNA HIDAYAT, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720817 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2", "p1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp Tahun ke-3 (2027) of program 1.02.02 is a typed 33,896,300 among SUM formulas; its kegiatan 19,880,000 + 14,106,300 give 33,986,300 (digits swapped)",
    truth: `${a("r2", "k1")}+${a("r2", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kr", "k3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 1.02.03.2.02 adds Tahun ke-1 .. ke-4 only (10,111,050); with Tahun ke-5's 2,881,250 it is 12,992,300",
    truth: Y.map((k) => a(`r${k}`, "k3")).join("+"),
  });
  for (const l of L) {
    b.ok({
      sheet: S,
      cell: a("kt", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", l.id),
      // a rate's kondisi akhir is the Tahun ke-5 target, not the five targets added
      trap: `${Y.map((k) => a(`t${k}`, l.id)).join("+")}`,
    });
    if (l.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("kr", l.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: Y.map((k) => a(`r${k}`, l.id)).join("+"),
      });
  }
  for (const k of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`r${k}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${k}`, "k1")}+${a(`r${k}`, "k2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r0", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("r0", "k1")}+${a("r0", "k2")}+${a("r0", "k3")}`,
    // the JUMLAH adds the two programs, not the program and kegiatan rows together
    trap: `SUM(${a("r0", "p1")}:${a("r0", "k3")})`,
  });
  for (const [k, p] of [
    ["k1", "p1"],
    ["k2", "p1"],
    ["k3", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", k),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", k)})`,
      actual: a("kode", p),
    });
  return b.finish();
}
