// The status bar item: the workspace's OKR problems at a glance; a click
// opens the Problems view.
import * as vscode from 'vscode';

/** Counts OKR diagnostics across the workspace, refreshed when diagnostics change. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('okr.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private pending = false;

  constructor() {
    this.item.name = 'OKR problems';
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.schedule());
    this.update();
    this.item.show();
  }

  /** Diagnostics change in bursts (one event per file during indexing): count once per burst. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.update();
    });
  }

  private update(): void {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let files = 0;
    for (const [, ds] of vscode.languages.getDiagnostics()) {
      let any = false;
      for (const d of ds) {
        if (d.source !== 'okr') continue;
        any = true;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        else infos++;
      }
      if (any) files++;
    }
    const total = errors + warnings + infos;
    this.item.text = total === 0 ? '$(pass) OKR' : `$(error) ${errors} $(warning) ${warnings} OKR`;
    this.item.tooltip = total === 0
      ? 'OKR Lens: no problems in the workspace\'s OKR files'
      : `OKR Lens: ${errors} errors, ${warnings} warnings, ${infos} infos in ${files} OKR file${files === 1 ? '' : 's'}. Click to open Problems.`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
