// The profile page's one stylesheet (sent with the page's CSP nonce). Colours come from VS Code's theme variables,
// with fallbacks for a plain browser (the headless test renders the page outside VS Code).
export const PAGE_STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff);
  padding: 0 24px 24px; line-height: 1.5; max-width: 1100px; }
a { color: var(--vscode-textLink-foreground, #006ab1); text-decoration: none; }
a:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground, #006ab1); }
h1 { margin: 16px 0 0; font-size: 1.8em; }
h1 a { color: inherit; }
h2 { font-size: 1.15em; margin: 22px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, #e5e5e5); padding-bottom: 3px; }
h2 a.back, td a.back, li a.back { font-size: 0.8em; font-weight: normal; }
.name { margin: 0; font-size: 1.1em; }
.badge { font-size: 0.75em; padding: 1px 7px; border-radius: 9px;
  background: var(--vscode-badge-background, #616161); color: var(--vscode-badge-foreground, #ffffff); }
.muted, .also, .facts, .legend, footer { color: var(--vscode-descriptionForeground, #717171); }
.source { font-size: 0.8em; color: var(--vscode-descriptionForeground, #717171); }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #eeeeee); }
td.entity { font-weight: 600; white-space: nowrap; }
.effect { font-weight: 600; }
.effect-activates { color: var(--vscode-charts-green, #388a34); }
.effect-inhibits { color: var(--vscode-charts-red, #e51400); }
.effect-produces { color: var(--vscode-charts-blue, #1a85ff); }
.effect-modulates { color: var(--vscode-charts-orange, #d18616); }
.diagram { overflow-x: auto; padding: 8px 0; }
svg.pathway { font-family: var(--vscode-font-family, system-ui, sans-serif); max-width: 100%; height: auto; }
svg.pathway .node rect { fill: var(--vscode-editorWidget-background, #f3f3f3); stroke: var(--vscode-editorWidget-border, #c8c8c8); stroke-width: 1.2; }
svg.pathway .node text { fill: var(--vscode-editor-foreground, #1f1f1f); font-weight: 600; }
svg.pathway .node.focus rect { fill: var(--vscode-button-background, #0e639c); stroke: var(--vscode-focusBorder, #0090f1); stroke-width: 2; }
svg.pathway .node.focus text { fill: var(--vscode-button-foreground, #ffffff); }
svg.pathway .edge-line { fill: none; stroke-width: 1.6; stroke: var(--vscode-descriptionForeground, #8a8a8a); }
svg.pathway .edge-label { font-size: 11px; fill: var(--vscode-descriptionForeground, #6f6f6f);
  paint-order: stroke; stroke: var(--vscode-editor-background, #ffffff); stroke-width: 4px; }
svg.pathway .effect-activates .edge-line { stroke: var(--vscode-charts-green, #388a34); }
svg.pathway .effect-inhibits .edge-line { stroke: var(--vscode-charts-red, #e51400); stroke-dasharray: 5 3; }
svg.pathway .effect-produces .edge-line { stroke: var(--vscode-charts-blue, #1a85ff); }
svg.pathway .effect-modulates .edge-line { stroke: var(--vscode-charts-orange, #d18616); stroke-dasharray: 2 3; }
svg.pathway .effect-activates .edge-label { fill: var(--vscode-charts-green, #388a34); }
svg.pathway .effect-inhibits .edge-label { fill: var(--vscode-charts-red, #e51400); }
svg.pathway .effect-produces .edge-label { fill: var(--vscode-charts-blue, #1a85ff); }
svg.pathway .effect-modulates .edge-label { fill: var(--vscode-charts-orange, #d18616); }
svg.pathway marker path { fill: var(--vscode-descriptionForeground, #8a8a8a); }
svg.pathway marker.effect-activates path { fill: var(--vscode-charts-green, #388a34); }
svg.pathway marker.effect-inhibits path { fill: var(--vscode-charts-red, #e51400); }
svg.pathway marker.effect-produces path { fill: var(--vscode-charts-blue, #1a85ff); }
svg.pathway marker.effect-modulates path { fill: var(--vscode-charts-orange, #d18616); }
footer { margin-top: 28px; font-size: 0.9em; }
`;
