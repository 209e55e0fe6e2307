// A horizontal bar chart drawn as SVG, readable right-to-left: in Persian the
// labels stand on the right and the bars grow leftwards. Each bar carries its
// value as text, so the chart reads without colour too. A label may be a user
// text (a category, a responsible body): alone in its SVG text, and isolated
// in the tooltip, where the value follows it.
import { isolatedText, withoutDirectionalControls } from "@/lib/directional-controls";
import type { Locale } from "@/lib/i18n/locales";

export interface Bar {
  label: string;
  value: number;
  /** The value as shown (a count, a percentage, days). */
  text: string;
}

const WIDTH = 640;
const ROW = 34;
const LABEL = 220;
const VALUE = 70;
const BAR_HEIGHT = 20;

export function BarChart(props: { id: string; title: string; bars: readonly Bar[]; locale: Locale; max?: number }) {
  const rtl = props.locale === "fa";
  const max = Math.max(props.max ?? 0, ...props.bars.map((bar) => bar.value), 1);
  const track = WIDTH - LABEL - VALUE;
  const height = Math.max(props.bars.length, 1) * ROW + 8;
  return (
    <figure className="tracker-chart">
      <figcaption id={`${props.id}-title`} className="section-title">
        {props.title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${props.id}-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, fontFamily: "inherit" }}
        direction={rtl ? "rtl" : "ltr"}
      >
        {props.bars.map((bar, index) => {
          const label = withoutDirectionalControls(bar.label);
          const y = index * ROW + 4;
          const length = Math.round((bar.value / max) * track);
          const barX = rtl ? WIDTH - LABEL - length : LABEL;
          const labelX = rtl ? WIDTH - 4 : 4;
          const valueX = rtl ? WIDTH - LABEL - length - 6 : LABEL + length + 6;
          return (
            <g key={`${bar.label}-${index}`}>
              <title>{`${isolatedText(label)}: ${bar.text}`}</title>
              <text x={labelX} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" textAnchor="start" fill="#1b1b1b">
                {label.length > 28 ? `${label.slice(0, 27)}…` : label}
              </text>
              <rect x={rtl ? WIDTH - LABEL - track : LABEL} y={y} width={track} height={BAR_HEIGHT} fill="#eef1f5" rx="3" />
              <rect x={barX} y={y} width={length} height={BAR_HEIGHT} fill="#123c5a" rx="3" />
              <text x={valueX} y={y + BAR_HEIGHT / 2 + 5} fontSize="13" textAnchor="start" fill="#1b1b1b">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
