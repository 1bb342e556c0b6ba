/** The file readers' messages (shared/formats: Mermaid, SVG/PNG/PDF metadata, .touchmap): errors and warnings a user reads on import. */
export const formats = {} as const;
