// "Terima dengan alasan" on a finding's card: a short reason, then the finding is accepted (saved
// in the workbook's settings, read by cermat periksa too).
import * as React from "react";
import { Button, Field, Input, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/report";
import { ALASAN_MAKS } from "../core/pengaturan";
import type { Teks } from "./teks";

/** "Terima dengan alasan": a short reason, then the finding is accepted (saved in the workbook). */
export function TerimaDenganAlasan(props: {
  finding: Finding;
  t: Teks;
  busy: boolean;
  open: boolean;
  alasan: string;
  onOpen: (open: boolean) => void;
  onType: (alasan: string) => void;
  onAccept: (alasan: string) => void;
}): React.JSX.Element {
  const { finding: f, t } = props;
  const sel = `${f.sheet}!${f.cell}`;
  if (!props.open)
    return (
      <Button
        size="small"
        appearance="subtle"
        onClick={() => props.onOpen(true)}
        disabled={props.busy}
        aria-label={`${t.terimaAlasan} ${sel}`}
      >
        {t.terimaAlasan}
      </Button>
    );
  const ready = props.alasan.trim() !== "";
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) props.onAccept(props.alasan);
      }}
    >
      <Field label={t.alasan} size="small">
        <Input
          size="small"
          value={props.alasan}
          maxLength={ALASAN_MAKS}
          onChange={(_, d) => props.onType(d.value)}
          aria-label={`${t.alasanDiterima} ${sel}`}
        />
      </Field>
      <div
        style={{ display: "flex", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS }}
      >
        <Button
          size="small"
          appearance="primary"
          type="submit"
          disabled={!ready || props.busy}
          aria-label={`${t.terima} ${sel}`}
        >
          {t.terima}
        </Button>
        <Button size="small" onClick={() => props.onOpen(false)}>
          {t.batal}
        </Button>
      </div>
    </form>
  );
}
