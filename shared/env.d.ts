// The few runtime globals shared/ may use: standard in Node, browsers and Electron alike.
// Declared here so shared/ compiles without DOM or Node type libraries.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function atob(data: string): string;
declare function btoa(data: string): string;
