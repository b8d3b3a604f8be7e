// The findings accepted with a reason: a closed group of their own, counted, each with its reason
// and a button to withdraw the acceptance.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Text,
} from "@fluentui/react-components";
import type { Finding } from "../core/report";
import { severityColor, usePaneStyles } from "./styles";
import { namaTingkat } from "./teks";
import type { Teks } from "./teks";

export function AcceptedGroup(props: {
  t: Teks;
  accepted: Array<{ finding: Finding; index: number }>;
  busy: boolean;
  onWithdraw: (f: Finding) => void;
}): React.JSX.Element | null {
  const s = usePaneStyles();
  const { t, accepted } = props;
  if (!accepted.length) return null;
  return (
    <section aria-label={t.diterimaJudul}>
      {/* closed: what was explained stays counted and at hand, out of the way */}
      <Accordion collapsible>
        <AccordionItem value="diterima">
          <AccordionHeader as="h2" size="small">
            {t.diterimaJudul} ({accepted.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {accepted.map(({ finding: f, index }) => (
                <li key={index} data-accepted={`${f.sheet}!${f.cell}`} className={s.card}>
                  <div className={s.row}>
                    <Badge appearance="outline" color={severityColor[f.severity]}>
                      {namaTingkat(t, f.severity)}
                    </Badge>
                    <Text className={s.mono}>
                      {f.sheet}!{f.cell}
                    </Text>
                    <Caption1>{f.rule}</Caption1>
                  </div>
                  <Body1 block>{f.message}</Body1>
                  <Caption1 block>
                    {t.alasanDiterima}: {f.accepted?.reason}
                    {f.accepted?.date ? ` (${f.accepted.date})` : ""}
                  </Caption1>
                  <div>
                    <Button
                      size="small"
                      onClick={() => props.onWithdraw(f)}
                      disabled={props.busy}
                      aria-label={`${t.tarik} ${f.sheet}!${f.cell}`}
                    >
                      {t.tarik}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
