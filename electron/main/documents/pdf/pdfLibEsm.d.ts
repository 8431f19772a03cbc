/** pdf-lib's single-file ES build (dist/pdf-lib.esm.min.js): the same API as the package's entry (letterMerge.ts). */
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib'
}
