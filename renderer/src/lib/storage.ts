// Small values remembered on this machine (window storage). Storage can be disabled
// or full; every read has a fallback and a failed write only forgets, it never throws.
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // forgetting a preference is harmless; failing the action that set it is not
  }
}
