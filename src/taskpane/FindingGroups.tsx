// The open findings by table, errors first: each group a collapsible item whose header counts its
// findings; the caller decides which are open (a long list starts with the first one only).
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { FindingGroup } from "./analisis";
import { usePaneStyles } from "./styles";

export function FindingGroups(props: {
  groups: FindingGroup[];
  open: string[];
  onToggle: (open: string[]) => void;
  /** One finding's card. */
  card: (f: FindingGroup["findings"][number]) => React.ReactNode;
}): React.JSX.Element {
  const s = usePaneStyles();
  return (
    <Accordion
      multiple
      collapsible
      openItems={props.open}
      onToggle={(_, d) => props.onToggle(d.openItems.map(String))}
    >
      {props.groups.map((g) => (
        <AccordionItem key={g.key} value={g.key} data-group={g.key}>
          <AccordionHeader as="h2" size="small">
            {g.title} ({g.findings.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {g.findings.map((f) => (
                <li key={f.index}>{props.card(f)}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
