import { useTranslation } from 'react-i18next'
import { columnLetter, fieldsByColumn, type MappingValues } from './mappingForm'

/** Rows of the sample shown (enough to see the header and a few movements). */
const ROWS = 8
/** Characters shown per cell. */
const CELL = 32

/** The first rows of the file as a spreadsheet: skipped rows greyed, the header in bold, each column's field above. */
export function SampleTable({ sample, values }: { sample: string[][]; values: MappingValues }) {
  const { t } = useTranslation('bankUi')
  const width = Math.max(0, ...sample.map((r) => r.length))
  const skip = Number(values.skipRows) || 0
  const fields = fieldsByColumn(values)
  const rows = sample.slice(0, ROWS + skip)
  const cols = Array.from({ length: width }, (_, i) => i)
  return (
    <div className="bank-sample-scroll">
      <table className="table bank-sample" data-testid="bank-mapping-sample">
        <thead>
          <tr>
            <th className="bank-rownum" />
            {cols.map((c) => (
              <th key={c}>
                <span className="bank-col-letter">{columnLetter(c)}</span>
                {(fields.get(c) ?? []).map((f) => (
                  <span key={f} className="bank-col-field">
                    {t(`mapping.short.${f}`)}
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={r < skip ? 'is-skipped' : r === skip && values.hasHeader ? 'is-header' : ''}>
              <td className="bank-rownum">{r + 1}</td>
              {cols.map((c) => {
                const text = row[c] ?? ''
                return (
                  <td key={c} title={text.length > CELL ? text : undefined} className={fields.has(c) ? 'is-mapped' : ''}>
                    {text.length > CELL ? `${text.slice(0, CELL - 1)}…` : text}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
