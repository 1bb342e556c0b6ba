/** A catalogue: nested keys whose leaves are strings (i18next's JSON shape). */
export interface Messages {
  readonly [key: string]: string | Messages;
}
