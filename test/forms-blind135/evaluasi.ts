// The E.81 evaluation of the Renja 2024 of a Maluku kota's Dinas Kesehatan: program, kegiatan and two
// sub kegiatan (PMT for balita stunting, a flow; desa / kelurahan UCI, a level), K | Rp pairs for the
// Renstra end target, the realisation up to 2023, the Renja 2024 target, the four quarters, the year,
// the realisation up to 2024 and the tingkat capaian; rata-rata and predikat under it.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k: { ren: number; sd: number; rj: number; tw: number[] };
  rp?: { ren: number; sd: number; rj: number; tw: number[] };
};

export function e81Dinkes(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dinkes-kota-tual-utara.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Kesehatan)",
    "E.81 evaluasi terhadap hasil Renja Dinas Kesehatan 2024 of a Maluku kota: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | K | Rp pairs for (6) Target Renstra 2026, (7) Realisasi s.d. Renja 2023, (8) Target Renja 2024, (9)-(12) Realisasi Triwulan I-IV, (13) Realisasi Renja 2024, (14) Realisasi s.d. 2024, (15) Tingkat Capaian s.d. 2024 (%); number row merged over the pairs; levels take Triwulan IV; Rata-rata and Predikat rows",
  );
  const S = "E.81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TUAL UTARA", "DINAS KESEHATAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TUAL UTARA",
    "Renja Perangkat Daerah Dinas Kesehatan Kota Tual Utara Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: Menurunnya prevalensi stunting",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      level: true,
      k: { ren: 95, sd: 86.4, rj: 90, tw: [41.2, 63.8, 79.5, 92.6] },
    },
    {
      id: "k",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas yang melaksanakan pelayanan gizi dan imunisasi sesuai standar",
      sat: "%",
      level: true,
      k: { ren: 100, sd: 66.67, rj: 83.33, tw: [66.67, 66.67, 83.33, 83.33] },
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0020",
      nm: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Jumlah balita stunting yang mendapat pemberian makanan tambahan",
      sat: "balita",
      level: false,
      k: { ren: 3_600, sd: 1_380, rj: 800, tw: [120, 210, 230, 195] },
      rp: {
        ren: 4_500_000_000,
        sd: 1_640_000_000,
        rj: 980_000_000,
        tw: [145_300_000, 262_450_000, 281_900_000, 236_150_000],
      },
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0021",
      nm: "Pengelolaan Pelayanan Imunisasi",
      ind: "Persentase desa/kelurahan Universal Child Immunization (UCI)",
      sat: "%",
      level: true,
      k: { ren: 90, sd: 78.5, rj: 84, tw: [70.2, 76.4, 81.9, 85.3] },
      rp: {
        ren: 2_750_000_000,
        sd: 1_102_400_000,
        rj: 612_000_000,
        tw: [98_750_000, 154_300_000, 171_620_000, 162_880_000],
      },
    },
  ];
  const P: Array<[string, string]> = [
    ["ren", "Target Kinerja dan Anggaran Renstra (2026)"],
    ["sd", "Realisasi Target Kinerja dan Anggaran Renstra s.d. Renja 2023"],
    ["rj", "Target Kinerja dan Anggaran Renja Tahun 2024"],
    ["q0", "Realisasi Kinerja Triwulan I"],
    ["q1", "Realisasi Kinerja Triwulan II"],
    ["q2", "Realisasi Kinerja Triwulan III"],
    ["q3", "Realisasi Kinerja Triwulan IV"],
    ["re", "Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
    ["sd2", "Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
    ["tc", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"],
  ];
  const role: Record<string, [Col["role"], number | undefined]> = {
    ren: ["target", undefined],
    sd: ["realisasi", 2023],
    rj: ["target", 2024],
    re: ["realisasi", 2024],
    sd2: ["realisasi", 2024],
    tc: ["capaian", 2024],
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...P.flatMap(([key, label], i): Col[] => {
      const [rl, yr] = role[key] ?? [undefined, undefined];
      return [
        { key: `${key}K`, head: [label, "K"], role: rl, year: yr, num: 6 + i, fmt: DEC, width: 9 },
        {
          key: `${key}R`,
          head: [label, "Rp"],
          role:
            rl === "capaian"
              ? "capaian"
              : rl === "target"
                ? "anggaran"
                : rl
                  ? "realisasi-anggaran"
                  : undefined,
          year: yr,
          num: 6 + i,
          fmt: key === "tc" ? DEC : RP,
          width: 14,
        },
      ];
    }),
  ];
  const tw = (x: Ctx, u: string) => [0, 1, 2, 3].map((q) => x.a(`q${q}${u}`)).join("+");
  const cap = (x: Ctx, u: string) => `ROUND(${x.a(`sd2${u}`)}/${x.a(`ren${u}`)}*100,2)`;
  const kids = (x: Ctx, key: string) => `${x.a(key, "s1")}+${x.a(key, "s2")}`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "u", cells: { no: 1, kode: "1.02", nm: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" } },
      ...L.map((l, i): Row => ({
        id: l.id,
        cells: (x: Ctx) => {
          const c: Record<string, ReturnType<typeof fx> | number | string> = {
            no: i < 2 ? ["1.1", "1.1.1"][i] : `1.1.1.${i - 1}`,
            kode: l.kode,
            nm: l.nm,
            ind: l.ind,
            sat: l.sat,
            renK: l.k.ren,
            sdK: l.k.sd,
            rjK: l.k.rj,
            ...Object.fromEntries(l.k.tw.map((v, q) => [`q${q}K`, v])),
            // a level takes Triwulan IV, a flow adds its quarters; s.d. 2024 likewise
            reK: fx(l.level ? x.a("q3K") : tw(x, "K")),
            sd2K: fx(l.level ? x.a("reK") : `${x.a("sdK")}+${x.a("reK")}`),
            tcK: fx(cap(x, "K")),
          };
          for (const key of ["ren", "sd", "rj", "q0", "q1", "q2", "q3"]) {
            const q = key.startsWith("q") ? Number(key[1]) : -1;
            c[`${key}R`] = l.rp
              ? q >= 0
                ? l.rp.tw[q]
                : l.rp[key as "ren" | "sd" | "rj"]
              : fx(l.id === "p" ? x.a(`${key}R`, "k") : kids(x, `${key}R`));
          }
          // planted: the kegiatan's Rp (13) typed 1,531,350,000 (its sub kegiatan give 1,513,350,000)
          c.reR = l.id === "k" ? 1_531_350_000 : l.id === "p" ? fx(x.a("reR", "k")) : fx(tw(x, "R"));
          c.sd2R = fx(`${x.a("sdR")}+${x.a("reR")}`);
          // planted: sub kegiatan .0021's Rp (15) divides (13) by the Renja target (8)
          c.tcR = fx(l.id === "s2" ? `ROUND(${x.a("reR")}/${x.a("rjR")}*100,2)` : cap(x, "R"));
          return c;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          tcK: fx(`ROUND(AVERAGE(${x.a("tcK", "p")}:${x.a("tcK", "s2")}),2)`),
          tcR: fx(`ROUND(AVERAGE(${x.a("tcR", "p")}:${x.a("tcR", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja dan realisasi anggaran", tcK: "Tinggi", tcR: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan kader posyandu dan PMT lokal berbahan ikan di setiap gugus pulau.",
    "Faktor penghambat: cuaca ekstrem Juli - Agustus menunda distribusi logistik vaksin ke Pulau Kur dan Tayando.",
    "Tindak lanjut: sweeping imunisasi kejar pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tual Utara, 31 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. ABDUL GANI RENWARIN, M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19800707 200903 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("reR", "k") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (13) of kegiatan 1.02.02.2.02 is a typed 1,531,350,000 among formulas; its sub kegiatan 925,800,000 + 587,550,000 (and its quarters) give 1,513,350,000",
    truth: `${a("reR", "s1")}+${a("reR", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("tcR", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Rp (15) of sub kegiatan 1.02.02.2.02.0021 is =ROUND((13)/(8)*100,2) = 96.00, the Renja year against its own target; (14) / (6) = 1,689,950,000 / 2,750,000,000 gives 61.45 as in the other rows",
    truth: `ROUND(${a("sd2R", "s2")}/${a("renR", "s2")}*100,2)`,
  });
  for (const l of L) {
    const tws = [0, 1, 2, 3].map((q) => a(`q${q}K`, l.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("reK", l.id),
      rules: ["sum-mismatch"],
      truth: l.level ? a("q3K", l.id) : tws,
      // a level (a coverage) takes Triwulan IV, not the four quarters added
      trap: l.level ? tws : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("sd2K", l.id),
      rules: ["sum-mismatch"],
      truth: l.level ? a("reK", l.id) : `${a("sdK", l.id)}+${a("reK", l.id)}`,
      trap: l.level ? `${a("sdK", l.id)}+${a("reK", l.id)}` : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("tcK", l.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("sd2K", l.id)}/${a("renK", l.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("reR", "s1"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((q) => a(`q${q}R`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("tcR", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sd2R", "s1")}/${a("renR", "s1")}*100,2)`,
  });
  for (const k of ["renR", "rjR", "q3R"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("tcK", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("tcK", "avg")})`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  return b.finish();
}
