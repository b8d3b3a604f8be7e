// The task pane: Periksa, the findings by table and severity (errors first, a long list with its
// first group open, a severity filter, each card with its own controls), marks, fixes with their
// own undo, column roles the planner can correct, and settings saved in the workbook.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { Role } from "../core/detect";
import { ROLES } from "../core/detect";
import type { Finding, Severity } from "../core/report";
import { acceptedFindings } from "../core/report";
import { penerimaanUntuk, tarik, terima } from "../core/pengaturan";
import { SKALA_PREDIKAT } from "../core/indicators";
import type { Host, PaneSettings, UndoEntry } from "../excel/excelHost";
import { HostError } from "../excel/errors";
import type { Analysis, RoleOverrides } from "./analisis";
import { groupFindings, tableKey } from "./analisis";
import { Bahasa, TEKS } from "./teks";
import { AcceptedGroup } from "./AcceptedGroup";
import { FindingCard } from "./FindingCard";
import { FindingGroups } from "./FindingGroups";
import { SEVERITIES, SeverityFilter } from "./SeverityFilter";
import { grupTerbukaAwal, hitungTingkat, langkah, saring } from "./findingView";
import { polaritasRelevan } from "./polaritasRelevan";
import { usePaneStyles } from "./styles";
import { Mode, Rencana, rencanaSiapKirim } from "./siapKirim";
import { colToLetters, rangeToA1 } from "../core/grid";
import { KATALOG } from "../functions/katalog";
import { Bandingkan } from "./berkas/Bandingkan";
import { BerkasError } from "./berkas/berkasError";
import { DaftarNomenklatur } from "./berkas/DaftarNomenklatur";
import { penyimpanBrowser } from "./berkas/daftarNomenklatur";
import type { DaftarTersimpan, PenyimpanDaftar } from "./berkas/daftarNomenklatur";
import { TEKS_BERKAS } from "./berkas/teksBerkas";

type Status =
  { kind: "idle" } | { kind: "reading"; done: number; total: number } | { kind: "done" } | { kind: "busy" };

type Notice = { intent: "success" | "info" | "warning" | "error"; text: string };

/** How many of the cells that get their value instead of a formula Siap kirim lists by name. */
const DITEMPEL_TAMPIL = 10;

/** The checker the pane loads when a check starts (engine.ts: detection, rules, mathjs). */
type Mesin = Pick<typeof import("./engine"), "analyse">;

export function App(props: { host: Host; inExcel: boolean; penyimpan?: PenyimpanDaftar }): React.JSX.Element {
  const { host } = props;
  const s = usePaneStyles();
  const [settings, setSettings] = React.useState<PaneSettings>(() => host.loadSettings());
  const t = TEKS[settings.bahasa];
  const [scope, setScope] = React.useState<"workbook" | "active">("workbook");
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [skipped, setSkipped] = React.useState<string[]>([]);
  const [grids, setGrids] = React.useState<Awaited<ReturnType<Host["read"]>>["grids"]>([]);
  const [overrides, setOverrides] = React.useState<RoleOverrides>({});
  const [current, setCurrent] = React.useState<number>(-1);
  const [undo, setUndo] = React.useState<UndoEntry[]>([]);
  const [showSettings, setShowSettings] = React.useState(false);
  const [siap, setSiap] = React.useState<
    { mode: Mode; grids: Awaited<ReturnType<Host["read"]>>["grids"]; rencana: Rencana } | undefined
  >();
  const abort = React.useRef<AbortController | undefined>(undefined);
  // the nomenclature list kept in the browser (berkas/daftarNomenklatur.ts), never in `settings`:
  // those are saved in the workbook
  const [penyimpan] = React.useState<PenyimpanDaftar>(() => props.penyimpan ?? penyimpanBrowser());
  const [daftar, setDaftar] = React.useState<DaftarTersimpan | undefined>();
  React.useEffect(() => {
    penyimpan.muat().then(setDaftar, () => undefined);
  }, [penyimpan]);

  /** The checker (engine.ts: detection, rules, mathjs), loaded when the first check starts. */
  const [mesin, setMesin] = React.useState<Mesin>();
  const analysis: Analysis | undefined = React.useMemo(
    () =>
      status.kind === "idle" || status.kind === "reading" || !mesin
        ? undefined
        : mesin.analyse(
            host.workbookName(),
            grids,
            daftar ? { ...settings, nomenklatur: daftar.daftar } : settings,
            overrides,
            settings.bahasa,
          ),
    [grids, settings, overrides, status.kind, host, daftar, mesin],
  );
  const groups = React.useMemo(
    () => (analysis ? groupFindings(analysis, t.lainnya) : []),
    [analysis, t.lainnya],
  );
  /** The severities the list shows (all at first), and the groups the planner opened. */
  const [shown, setShown] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [openGroups, setOpenGroups] = React.useState<string[] | undefined>();
  const visible = React.useMemo(() => saring(groups, shown), [groups, shown]);
  const opened = openGroups ?? grupTerbukaAwal(visible);
  const order = React.useMemo(() => visible.flatMap((g) => g.findings.map((f) => f.index)), [visible]);
  const findings = analysis?.report.findings ?? [];
  // accepted findings are shown apart and are neither marked nor fixed in bulk
  const open = findings.filter((f) => !f.accepted);
  const fixable = open.filter((f) => f.fix);
  const accepted = React.useMemo(() => (analysis ? acceptedFindings(analysis.report) : []), [analysis]);
  /** The finding whose reason is being written, and the reason so far. */
  const [accepting, setAccepting] = React.useState<{ index: number; alasan: string } | undefined>();

  const fail = (e: unknown): void => {
    const pesan =
      e instanceof HostError || e instanceof BerkasError
        ? e.pesan
        : { id: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
    setNotice({
      intent: e instanceof HostError && e.kind === "cancelled" ? "info" : "error",
      text: pesan[settings.bahasa],
    });
  };

  async function periksa(): Promise<void> {
    abort.current = new AbortController();
    setNotice(undefined);
    setStatus({ kind: "reading", done: 0, total: 0 });
    try {
      // the checker downloads while the sheets are read; a failed download is told once they are
      const dimuat: Promise<Mesin | undefined> = mesin
        ? Promise.resolve(mesin)
        : import(/* webpackChunkName: "pemeriksa" */ "./engine").catch(() => undefined);
      const r = await host.read(
        scope,
        (done, total) => setStatus({ kind: "reading", done, total }),
        abort.current.signal,
      );
      const m = await dimuat;
      if (!m) throw new Error(t.mesinGagal);
      setMesin(m);
      setGrids(r.grids);
      setSkipped(r.skipped.map((x) => x.pesan[settings.bahasa]));
      setCurrent(-1);
      setOpenGroups(undefined);
      setStatus({ kind: "done" });
    } catch (e) {
      setStatus(grids.length ? { kind: "done" } : { kind: "idle" });
      fail(e);
    }
  }

  async function run(action: () => Promise<string>): Promise<void> {
    const before = status.kind === "idle" ? "idle" : "done";
    setStatus({ kind: "busy" });
    try {
      const text = await action();
      setNotice({ intent: "success", text });
    } catch (e) {
      fail(e);
    } finally {
      setStatus({ kind: before });
    }
  }

  async function go(index: number): Promise<void> {
    const f = findings[index];
    if (!f) return;
    setCurrent(index);
    // the finding's group opens, so that its card shows
    const group = visible.find((g) => g.findings.some((x) => x.index === index));
    if (group && !opened.includes(group.key)) setOpenGroups([...opened, group.key]);
    try {
      await host.select(f.sheet, f.cell);
    } catch (e) {
      fail(e);
    }
  }

  function step(delta: number): void {
    const next = langkah(order, current, delta);
    if (next !== undefined) void go(next);
  }

  /** After a fix the sheet changed: read it again and re-run the check. */
  async function reread(): Promise<void> {
    const r = await host.read(scope, () => undefined, new AbortController().signal);
    setGrids(r.grids);
  }

  const fixFindings = (list: Finding[]) =>
    run(async () => {
      const entries = await host.fix(list.map((f) => ({ sheet: f.sheet, cell: f.cell, fix: f.fix! })));
      setUndo((u) => [...u, ...entries]);
      await reread();
      return t.diperbaiki(entries.length);
    });

  /** Settings changed by an action on a finding: used at once, saved in the workbook. */
  const keep = (next: PaneSettings, text: string): void => {
    setSettings(next);
    setNotice({ intent: "success", text });
    void host.saveSettings(next).catch(fail);
  };
  const accept = (f: Finding, alasan: string): void => {
    const today = new Date().toISOString().slice(0, 10);
    setAccepting(undefined);
    keep(
      { ...settings, diterima: terima(settings.diterima, penerimaanUntuk(f, alasan, today)) },
      t.diterimaPesan(`${f.sheet}!${f.cell}`),
    );
  };
  const withdraw = (f: Finding): void =>
    keep({ ...settings, diterima: tarik(settings.diterima, f) }, t.ditarikPesan(`${f.sheet}!${f.cell}`));

  const busy = status.kind === "reading" || status.kind === "busy";
  const summary = analysis?.report.summary;

  return (
    <main className={s.root} lang={settings.bahasa}>
      <div className={s.row} style={{ justifyContent: "space-between" }}>
        <Title3 as="h1">{t.judul}</Title3>
        <Button appearance="subtle" onClick={() => setShowSettings((v) => !v)} aria-expanded={showSettings}>
          {t.pengaturan}
        </Button>
      </div>
      <Body1>{t.ringkas}</Body1>
      {!props.inExcel && <Caption1 role="status">{t.diluarExcel}</Caption1>}

      {showSettings && (
        <SettingsPanel
          settings={settings}
          onSave={async (next) => {
            try {
              await host.saveSettings(next);
              setSettings(next);
              setNotice({ intent: "success", text: TEKS[next.bahasa].tersimpan });
              setShowSettings(false);
            } catch (e) {
              fail(e);
            }
          }}
          onClose={() => setShowSettings(false)}
        />
      )}
      {showSettings && (
        <DaftarNomenklatur
          bahasa={settings.bahasa}
          tersimpan={daftar}
          busy={busy}
          onMuat={(file) =>
            void run(async () => {
              // the list's reader (and exceljs for an .xlsx) is loaded on this click only
              const { bacaDaftar } = await import(/* webpackChunkName: "baca-xlsx" */ "./berkas/bacaDaftar");
              const d = await bacaDaftar(await file.arrayBuffer(), file.name);
              const kept = { daftar: d, dimuat: new Date().toISOString().slice(0, 10) };
              // a store that fails (quota, private mode) still leaves the list for this session
              const disimpan = await penyimpan.simpan(kept).then(
                () => true,
                () => false,
              );
              const sesiIni = !penyimpan.tetap || !disimpan;
              setDaftar(kept);
              const tb = TEKS_BERKAS[settings.bahasa];
              return (sesiIni ? tb.daftarSesiIni : tb.daftarDimuat)(d.sumber, d.entri.size);
            })
          }
          onHapus={() =>
            void run(async () => {
              await penyimpan.hapus();
              setDaftar(undefined);
              return TEKS_BERKAS[settings.bahasa].daftarDihapus;
            })
          }
        />
      )}

      <Field label={t.lingkup}>
        <RadioGroup
          value={scope}
          onChange={(_, d) => setScope(d.value as "workbook" | "active")}
          layout="horizontal"
        >
          <Radio value="workbook" label={t.seluruh} />
          <Radio value="active" label={t.aktif} />
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void periksa()} disabled={busy}>
          {t.periksa}
        </Button>
        {status.kind === "reading" && <Button onClick={() => abort.current?.abort()}>{t.batal}</Button>}
      </div>
      {status.kind === "reading" && (
        <Field
          validationMessage={status.total ? t.membaca(status.done, status.total) : undefined}
          validationState="none"
        >
          <ProgressBar value={status.total ? status.done / status.total : undefined} />
        </Field>
      )}

      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {skipped.map((m) => (
        <MessageBar key={m} intent="warning">
          <MessageBarBody>
            {t.terlewat}: {m}
          </MessageBarBody>
        </MessageBar>
      ))}

      {analysis && summary && (
        <>
          <Text weight="semibold" role="status" aria-live="polite">
            {summary.tables
              ? t.ringkasan(summary.tables, summary.errors, summary.warnings, summary.accepted)
              : t.tidakAdaTabel}
          </Text>
          {summary.tables > 0 && open.length === 0 && <Body1>{t.bersih}</Body1>}
          {findings.length > 0 && (
            <>
              <div className={s.row}>
                <Button
                  onClick={() =>
                    void run(async () => {
                      const r = await host.mark(open);
                      return t.ditandai(r.marked, r.notes);
                    })
                  }
                  disabled={busy}
                >
                  {t.tandai}
                </Button>
                <Button
                  onClick={() => void run(async () => t.dihapus((await host.unmark()).removed))}
                  disabled={busy}
                >
                  {t.hapusTanda}
                </Button>
                {fixable.length > 0 && (
                  <Button onClick={() => void fixFindings(fixable)} disabled={busy}>
                    {t.perbaikiSemua(fixable.length)}
                  </Button>
                )}
                {undo.length > 0 && (
                  <Button
                    onClick={() =>
                      void run(async () => {
                        await host.undo(undo);
                        const n = undo.length;
                        setUndo([]);
                        await reread();
                        return t.dibatalkan(n);
                      })
                    }
                    disabled={busy}
                  >
                    {t.batalkan(undo.length)}
                  </Button>
                )}
              </div>
              {(fixable.length > 0 || undo.length > 0) && <Caption1>{t.catatanUndo}</Caption1>}
              <div className={s.row}>
                <Button onClick={() => step(-1)} disabled={busy}>
                  {t.sebelumnya}
                </Button>
                <Caption1 data-counter>
                  {order.includes(current)
                    ? t.posisi(order.indexOf(current) + 1, order.length)
                    : t.belumDipilih(order.length, open.length - order.length)}
                </Caption1>
                <Button onClick={() => step(1)} disabled={busy}>
                  {t.berikutnya}
                </Button>
              </div>
              <section aria-label={t.temuan}>
                <SeverityFilter t={t} shown={shown} counts={hitungTingkat(groups)} onChange={setShown} />
                {open.length > 0 && order.length === 0 && <Body1>{t.semuaTersaring}</Body1>}
                <FindingGroups
                  groups={visible}
                  open={opened}
                  onToggle={setOpenGroups}
                  card={({ finding: f, index }) => (
                    <FindingCard
                      finding={f}
                      current={index === current}
                      busy={busy}
                      settings={settings}
                      polaritas={polaritasRelevan(analysis, f)}
                      accepting={accepting?.index === index ? accepting.alasan : undefined}
                      onSelect={() => void go(index)}
                      onFix={() => void fixFindings([f])}
                      onPolaritas={(next) => {
                        setSettings(next);
                        void host.saveSettings(next).catch(fail);
                      }}
                      onAccepting={(alasan) =>
                        setAccepting(alasan === undefined ? undefined : { index, alasan })
                      }
                      onAccept={(alasan) => accept(f, alasan)}
                    />
                  )}
                />
              </section>
              <AcceptedGroup t={t} accepted={accepted} busy={busy} onWithdraw={withdraw} />
            </>
          )}
          {analysis.tables.length > 0 && (
            <section aria-label={t.tabel}>
              <Text as="h2" weight="semibold" size={300} block>
                {t.tabel} ({analysis.tables.length})
              </Text>
              <Caption1 block>{t.peranKolom}</Caption1>
              {/* one item per table: the role dropdowns are only rendered for an opened table */}
              <Accordion collapsible multiple>
                {analysis.tables.map(({ table }) => (
                  <AccordionItem key={tableKey(table)} value={tableKey(table)}>
                    <AccordionHeader as="h3" size="small">
                      {table.sheet} {rangeToA1(table.range)} · {table.kind}
                    </AccordionHeader>
                    <AccordionPanel>
                      {table.columns.map((c) => (
                        <Field key={c.col} label={`${colToLetters(c.col)} · ${c.header || "—"}`}>
                          <Dropdown
                            value={c.role}
                            selectedOptions={[c.role]}
                            onOptionSelect={(_, d) =>
                              setOverrides((o) => ({
                                ...o,
                                [tableKey(table)]: {
                                  ...(o[tableKey(table)] ?? {}),
                                  [c.col]: d.optionValue as Role,
                                },
                              }))
                            }
                            aria-label={`${t.peranKolom}: ${table.sheet} ${colToLetters(c.col)}`}
                          >
                            {ROLES.map((r) => (
                              <Option key={r} value={r}>
                                {r}
                              </Option>
                            ))}
                          </Dropdown>
                        </Field>
                      ))}
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </section>
          )}
        </>
      )}

      <Bandingkan host={host} bahasa={settings.bahasa} busy={busy} />

      <section
        aria-label={t.siapKirim}
        style={{ display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS }}
      >
        <Text as="h2" weight="semibold" size={300}>
          {t.siapKirim}
        </Text>
        <Caption1>{t.siapKirimKet}</Caption1>
        {!siap && (
          <div>
            <Button
              onClick={() =>
                void run(async () => {
                  const r = await host.read("workbook", () => undefined, new AbortController().signal);
                  const rencana = rencanaSiapKirim(r.grids, "rumus");
                  if (rencana.total === 0) return t.tidakAdaIku;
                  setSiap({ mode: "rumus", grids: r.grids, rencana });
                  return t.rencana(rencana.total, rencana.rumus, rencana.nilai);
                })
              }
              disabled={busy}
            >
              {t.siapKirimCari}
            </Button>
          </div>
        )}
        {siap && (
          <>
            <Body1 role="status">
              {t.rencana(siap.rencana.total, siap.rencana.rumus, siap.rencana.nilai)}
            </Body1>
            {siap.mode === "rumus" && siap.rencana.ditempel.length > 0 && (
              <div aria-label={t.ditempelJudul(siap.rencana.ditempel.length)}>
                <Caption1>{t.ditempelJudul(siap.rencana.ditempel.length)}</Caption1>
                <ul className={s.list}>
                  {siap.rencana.ditempel.slice(0, DITEMPEL_TAMPIL).map((d) => (
                    <li key={`${d.sheet}!${d.cell}`} data-ditempel={`${d.sheet}!${d.cell}`}>
                      <Caption1>
                        <span className={s.mono}>
                          {d.sheet}!{d.cell}
                        </span>{" "}
                        {settings.bahasa === "id" ? d.alasan.id : d.alasan.en}
                      </Caption1>
                    </li>
                  ))}
                </ul>
                {siap.rencana.ditempel.length > DITEMPEL_TAMPIL && (
                  <Caption1>{t.danLainnya(siap.rencana.ditempel.length - DITEMPEL_TAMPIL)}</Caption1>
                )}
              </div>
            )}
            <RadioGroup
              value={siap.mode}
              onChange={(_, d) =>
                setSiap({
                  ...siap,
                  mode: d.value as Mode,
                  rencana: rencanaSiapKirim(siap.grids, d.value as Mode),
                })
              }
            >
              <Radio value="rumus" label={t.modeRumus} />
              <Radio value="nilai" label={t.modeNilai} />
            </RadioGroup>
            <div className={s.row}>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const entries = await host.fix(siap.rencana.requests);
                    setUndo((u) => [...u, ...entries]);
                    setSiap(undefined);
                    if (status.kind !== "idle") await reread();
                    return t.diganti(siap.rencana.total);
                  })
                }
              >
                {t.ganti}
              </Button>
              <Button onClick={() => setSiap(undefined)} disabled={busy}>
                {t.batal}
              </Button>
            </div>
          </>
        )}
        {undo.length > 0 && !analysis && (
          <div>
            <Button
              onClick={() =>
                void run(async () => {
                  await host.undo(undo);
                  const n = undo.length;
                  setUndo([]);
                  return t.dibatalkan(n);
                })
              }
              disabled={busy}
            >
              {t.batalkan(undo.length)}
            </Button>
          </div>
        )}
      </section>

      <section aria-label={t.fungsi}>
        <Accordion collapsible>
          <AccordionItem value="fungsi">
            <AccordionHeader as="h2" size="small">
              {t.fungsi}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={s.list}>
                {KATALOG.map((f) => (
                  <li key={f.nama}>
                    <Text className={s.mono} weight="semibold" block>
                      {f.sintaks}
                    </Text>
                    <Body1 block>{settings.bahasa === "id" ? f.id : f.en}</Body1>
                    <Caption1 className={s.mono} block>
                      {t.contoh}: {f.contoh}
                      {f.hasil ? ` → ${f.hasil}` : ""}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>
    </main>
  );
}

function SettingsPanel(props: {
  settings: PaneSettings;
  onSave: (s: PaneSettings) => void;
  onClose: () => void;
}): React.JSX.Element {
  const [s, setS] = React.useState(props.settings);
  const t = TEKS[s.bahasa];
  const skala = Object.keys(SKALA_PREDIKAT);
  return (
    <section
      aria-label={t.pengaturan}
      style={{ display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS }}
    >
      <Field label={t.metodeNegatif}>
        <RadioGroup
          value={s.metodeNegatif}
          onChange={(_, d) => setS({ ...s, metodeNegatif: d.value as PaneSettings["metodeNegatif"] })}
        >
          <Radio value="refleksi" label={t.refleksi} />
          <Radio value="rasio" label={t.rasio} />
        </RadioGroup>
      </Field>
      <Field label={t.skala}>
        <Dropdown
          value={s.skalaPredikat}
          selectedOptions={[s.skalaPredikat]}
          onOptionSelect={(_, d) => setS({ ...s, skalaPredikat: d.optionValue ?? s.skalaPredikat })}
        >
          {skala.map((k) => (
            <Option key={k} value={k}>
              {k}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.toleransi}>
        <Input
          type="number"
          min={0}
          step={0.01}
          value={String(s.toleransi)}
          onChange={(_, d) => setS({ ...s, toleransi: Math.max(0, Number(d.value) || 0) })}
        />
      </Field>
      <Field label={t.bahasa}>
        <RadioGroup
          value={s.bahasa}
          onChange={(_, d) => setS({ ...s, bahasa: d.value as Bahasa })}
          layout="horizontal"
        >
          <Radio value="id" label="Bahasa Indonesia" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <div style={{ display: "flex", columnGap: tokens.spacingHorizontalS }}>
        <Button appearance="primary" onClick={() => props.onSave(s)}>
          {t.simpan}
        </Button>
        <Button onClick={props.onClose}>{t.tutup}</Button>
      </div>
    </section>
  );
}
