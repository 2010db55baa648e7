// Projects, the open project's articles, app info and settings.
import { create } from 'zustand';
import type { AppInfo, ArticleRow, ProjectSummary, Settings } from '../../../shared/api/types';
import { api } from '../api/client';
import { reportError } from './ui';

const LAST_PROJECT = 'corroborate.lastProject';
let initRunning: Promise<void> | null = null;

interface ProjectsState {
  ready: boolean;
  info: AppInfo | null;
  settings: Settings | null;
  projects: ProjectSummary[];
  currentId: number | null;
  articles: ArticleRow[];
  init(): Promise<void>;
  /** the work of init(); callers use init() */
  initNow(): Promise<void>;
  refresh(): Promise<void>;
  open(projectId: number): Promise<void>;
  create(name: string): Promise<void>;
  rename(projectId: number, name: string): Promise<void>;
  loadArticles(): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
}

function remember(projectId: number): void {
  try {
    localStorage.setItem(LAST_PROJECT, String(projectId));
  } catch {
    // storage can be disabled; reopening the first project is a fine fallback
  }
}

function lastProject(): number | null {
  try {
    const v = Number(localStorage.getItem(LAST_PROJECT));
    return Number.isInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

export const useProjects = create<ProjectsState>((set, get) => ({
  ready: false,
  info: null,
  settings: null,
  projects: [],
  currentId: null,
  articles: [],

  init() {
    // a second call while the first runs would open the demo project before its import has finished
    initRunning ??= get()
      .initNow()
      .finally(() => (initRunning = null));
    return initRunning;
  },

  async initNow() {
    try {
      const [info, settings] = await Promise.all([api()['app.info']({}), api()['settings.get']({})]);
      set({ info, settings });
      // ensureDemo creates the demo project only when there is no project at all
      const demo = await api()['projects.ensureDemo']({});
      const projects = await api()['projects.list']({});
      const last = lastProject();
      const pick = projects.find((p) => p.id === last) ?? projects.find((p) => p.id === demo.id) ?? projects[0];
      set({ projects, ready: true });
      if (pick) await get().open(pick.id);
    } catch (err) {
      set({ ready: true });
      reportError(err);
    }
  },

  async refresh() {
    try {
      set({ projects: await api()['projects.list']({}) });
      await get().loadArticles();
    } catch (err) {
      reportError(err);
    }
  },

  async open(projectId) {
    remember(projectId);
    set({ currentId: projectId, articles: [] });
    await get().loadArticles();
  },

  async create(name) {
    try {
      const p = await api()['projects.create']({ name });
      set((s) => ({ projects: [...s.projects, p] }));
      await get().open(p.id);
    } catch (err) {
      reportError(err);
    }
  },

  async rename(projectId, name) {
    try {
      const p = await api()['projects.rename']({ projectId, name });
      set((s) => ({ projects: s.projects.map((x) => (x.id === p.id ? p : x)) }));
    } catch (err) {
      reportError(err);
    }
  },

  async loadArticles() {
    const id = get().currentId;
    if (id === null) return;
    try {
      const articles = await api()['articles.list']({ projectId: id });
      if (get().currentId === id) set({ articles });
    } catch (err) {
      reportError(err);
    }
  },

  async saveSettings(patch) {
    try {
      set({ settings: await api()['settings.set'](patch) });
    } catch (err) {
      reportError(err);
    }
  },
}));

export function currentProject(s: Pick<ProjectsState, 'projects' | 'currentId'>): ProjectSummary | undefined {
  return s.projects.find((p) => p.id === s.currentId);
}
