// Every keyboard shortcut, grouped as the shortcut sheet shows them. useShortcuts
// handles the single keys; a test checks that each key listed here does something.
export interface Shortcut {
  /** alternatives; a combination is written with '+' ('Ctrl+Enter') */
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  /** where the keys work */
  where: string;
  items: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Review',
    where: 'Claims screen, outside text fields',
    items: [
      { keys: ['j'], what: 'Next claim' },
      { keys: ['k'], what: 'Previous claim' },
      { keys: ['c'], what: 'Mark corroborated' },
      { keys: ['x'], what: 'Mark contradicted' },
      { keys: ['s'], what: 'Mark single-sourced' },
      { keys: ['u'], what: 'Undo the last decision' },
      { keys: ['n'], what: 'Write a note on this claim' },
      { keys: ['/'], what: 'Search claims' },
    ],
  },
  {
    title: 'Claim queue',
    where: 'when the queue list has the focus',
    items: [
      { keys: ['↑', '↓'], what: 'Previous / next claim' },
      { keys: ['PgUp', 'PgDn'], what: 'One screen up / down' },
      { keys: ['Home', 'End'], what: 'First / last claim' },
    ],
  },
  {
    title: 'Note and search',
    where: 'while typing',
    items: [
      { keys: ['Ctrl+Enter'], what: 'Save the note' },
      { keys: ['Esc'], what: 'Save the note and leave the field; leave the search box' },
      { keys: ['Enter'], what: 'Search now' },
    ],
  },
  {
    title: 'Anywhere',
    where: 'every screen',
    items: [
      { keys: ['?'], what: 'Show or hide this sheet' },
      { keys: ['Esc'], what: 'Close a dialog or a tooltip' },
    ],
  },
];

/** The desktop app's menu shortcuts (the browser keeps its own Ctrl+O and Ctrl+E). */
export const DESKTOP_SHORTCUTS: Shortcut[] = [
  { keys: ['Ctrl/⌘+O'], what: 'Import articles' },
  { keys: ['Ctrl/⌘+E'], what: 'Export the report' },
  { keys: ['Ctrl/⌘+/'], what: 'This sheet' },
];
