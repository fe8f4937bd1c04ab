export interface LabelMetrics {
  count: number;
  offsets: number[];
  median: number;
  max: number;
  midWord: number;
  vertical: boolean;
}
export function wrapsBetweenWords(lines: string[], text: string): boolean;
export function labelMetrics(timeline: Element): LabelMetrics;
