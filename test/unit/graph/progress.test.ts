import { strict as assert } from 'node:assert';
import {
  OFF_TRACK, cycleDates, cycleElapsed, expectedProgress, krProgress, krStatus, latestCheckin, latestConfidence, meanOf,
} from '../../../server/src/core/graph/progress';
import type { Checkin } from '../../../server/src/core/model';

const span = { start: 0, end: 0 };
function checkin(index: number, date?: string, value?: number, confidence?: number): Checkin {
  return {
    index, span, path: [], fields: new Map(), node: undefined as never,
    ...(date ? { date: { value: date, span } } : {}),
    ...(value !== undefined ? { value: { value, span } } : {}),
    ...(confidence !== undefined ? { confidence: { value: confidence, span } } : {}),
  };
}

describe('graph progress math', () => {
  it('measures progress from baseline towards target, in either direction', () => {
    assert.equal(krProgress(100, 300, 150), 0.25);
    assert.equal(krProgress(14, 7, 10.5), 0.5); // a "reduce" KR: target below baseline
  });
  it('clamps progress to 0..1', () => {
    assert.equal(krProgress(0, 50, 55), 1);
    assert.equal(krProgress(14, 7, 16), 0);
  });
  it('has no progress without figures or when target equals baseline', () => {
    assert.equal(krProgress(null, 10, 5), null);
    assert.equal(krProgress(0, 10, null), null);
    assert.equal(krProgress(5, 5, 5), null);
  });
  it('takes the latest check-in by date, not by list order', () => {
    const list = [checkin(0, '2026-05-01', 3), checkin(1, '2026-04-01', 1)];
    assert.equal(latestCheckin(list)?.value?.value, 3);
  });
  it('takes confidence from the latest check-in that states one, ignoring values outside 0..1', () => {
    const list = [checkin(0, '2026-04-01', 1, 0.4), checkin(1, '2026-05-01', 2), checkin(2, '2026-04-15', 2, 70)];
    assert.equal(latestConfidence(list), 0.4);
    assert.equal(latestConfidence([]), null);
  });
  it('works out quarter dates, including the last day of the quarter', () => {
    assert.deepEqual(cycleDates({ label: '2026-Q2', span }), { start: '2026-04-01', end: '2026-06-30' });
    assert.deepEqual(cycleDates({ label: '2026-Q4', span }), { start: '2026-10-01', end: '2026-12-31' });
    assert.deepEqual(cycleDates({ label: 'x', start: '2026-01-01', end: '2026-01-31', span }), { start: '2026-01-01', end: '2026-01-31' });
    assert.equal(cycleDates({ label: 'spring', span }), undefined);
  });
  it('gives the elapsed share of a cycle, clamped', () => {
    const q = { label: '2026-Q1', span }; // 90 days
    assert.equal(cycleElapsed(q, '2026-01-01'), 0);
    assert.equal(cycleElapsed(q, '2026-02-15'), 45 / 90);
    assert.equal(cycleElapsed(q, '2027-01-01'), 1);
    assert.equal(cycleElapsed(undefined, '2026-01-01'), null);
  });
  it('paces moonshots at 70%', () => {
    assert.equal(expectedProgress(0.5, 'roof'), 0.5);
    assert.equal(expectedProgress(0.5, 'moonshot'), 0.5 * OFF_TRACK.moonshotPace);
    assert.equal(expectedProgress(null, 'moonshot'), null);
  });
  it('is off track below 0.5 confidence, whatever the progress', () => {
    assert.equal(krStatus(1, 0.2, 0.49).status, 'off-track');
    assert.equal(krStatus(1, 0.2, 0.5).status, 'on-track');
  });
  it('is off track only when more than 25 points behind pace', () => {
    assert.equal(krStatus(0.2, 0.5, 0.9).status, 'off-track');
    assert.equal(krStatus(0.25, 0.5, 0.9).status, 'on-track');
    assert.match(krStatus(0.2, 0.5, null).reason ?? '', /20% done, 50% expected/);
  });
  it('is unknown, never off track, without progress', () => {
    assert.equal(krStatus(null, 0.9, null).status, 'unknown');
    assert.equal(krStatus(null, 0.9, 0.2).status, 'off-track'); // a stated low confidence still counts
  });
  it('averages only the known values', () => {
    assert.equal(meanOf([0.2, null, 0.4]), 0.30000000000000004);
    assert.equal(meanOf([null]), null);
  });
});
