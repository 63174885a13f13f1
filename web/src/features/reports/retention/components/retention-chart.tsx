import type { RetentionCurve } from "@otagai/shared/reports/retention";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { chartRows } from "./chart-rows";
import { curveColor } from "./curve-label";

/**
 * The Kaplan–Meier curves as steps with their 95% bands (recharts, which @mantine/charts is built
 * on: its charts have no range areas). A picture for the eye only: the tables say the same.
 */
export function RetentionChart({
  curves,
  labels,
  monthsLabel,
  survivalLabel,
}: {
  curves: RetentionCurve[];
  labels: string[];
  monthsLabel: string;
  survivalLabel: string;
}) {
  const rows = chartRows(curves);
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  return (
    <div aria-hidden="true" style={{ width: "100%", height: 340 }} data-testid="retention-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={[0, "dataMax"]}
            allowDecimals={false}
            label={{ value: monthsLabel, position: "insideBottom", offset: -12 }}
          />
          <YAxis
            domain={[0, 1]}
            tickFormatter={percent}
            width={48}
            label={{ value: survivalLabel, angle: -90, position: "insideLeft" }}
          />
          {curves.map((curve, index) => (
            <Area
              key={`band-${curve.key}`}
              type="stepAfter"
              dataKey={`b${index}`}
              stroke="none"
              fill={curveColor(index)}
              fillOpacity={0.15}
              isAnimationActive={false}
              legendType="none"
              connectNulls={false}
            />
          ))}
          {curves.map((curve, index) => (
            <Line
              key={`line-${curve.key}`}
              type="stepAfter"
              dataKey={`s${index}`}
              name={labels[index] ?? curve.key}
              stroke={curveColor(index)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          <Legend verticalAlign="top" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
