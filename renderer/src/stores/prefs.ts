// The reviewer's own working preferences, remembered on this machine.
import { create } from 'zustand';
import { readStored, writeStored } from '../lib/storage';

const AUTO_ADVANCE = 'corroborate.autoAdvance';

interface PrefsState {
  /** after c, x or s move on to the next claim (off by default: the reviewer sees the result first) */
  autoAdvance: boolean;
  setAutoAdvance(on: boolean): void;
}

export const usePrefs = create<PrefsState>((set) => ({
  autoAdvance: readStored(AUTO_ADVANCE) === '1',
  setAutoAdvance(on) {
    writeStored(AUTO_ADVANCE, on ? '1' : null);
    set({ autoAdvance: on });
  },
}));
