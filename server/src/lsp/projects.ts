// One `Project` per workspace folder (each has its own okr.config.yaml), plus
// a loose project for OKR files opened from outside every folder.
import { sep } from 'node:path';
import { Project } from '../core/project';

/** A workspace folder and the project that holds its files. */
export interface Folder {
  root: string;
  project: Project;
}

/** Maps each path to the project of the innermost folder that contains it. */
export class Projects {
  private folders: Folder[] = [];
  /** Files outside every folder: analysed alone, with default config. */
  readonly loose = new Project();

  /** Adds a folder (no-op when known); returns it. */
  add(root: string): Folder {
    const known = this.folders.find((f) => f.root === root);
    if (known) return known;
    const folder = { root, project: new Project() };
    // Innermost first, so nested folders win over their parents.
    this.folders = [...this.folders, folder].sort((a, b) => b.root.length - a.root.length);
    return folder;
  }

  /** Removes a folder; returns its paths so their diagnostics can be cleared. */
  remove(root: string): string[] {
    const gone = this.folders.find((f) => f.root === root);
    this.folders = this.folders.filter((f) => f !== gone);
    return gone ? gone.project.workspace.paths() : [];
  }

  /** Every folder, innermost first. */
  all(): readonly Folder[] {
    return this.folders;
  }

  /** Every project, the loose one last. */
  projects(): Project[] {
    return [...this.folders.map((f) => f.project), this.loose];
  }

  /** The folder a path belongs to, if any. */
  folderOf(path: string): Folder | undefined {
    return this.folders.find((f) => path === f.root || path.startsWith(f.root.endsWith(sep) ? f.root : f.root + sep));
  }

  /** The project that analyses a path. */
  projectOf(path: string): Project {
    return this.folderOf(path)?.project ?? this.loose;
  }

  /** The project that currently holds a parsed file at `path`, if any. */
  holderOf(path: string): Project | undefined {
    const p = this.projectOf(path);
    return p.workspace.get(path) ? p : undefined;
  }
}
