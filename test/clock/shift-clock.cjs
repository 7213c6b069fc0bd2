// Preload (node --require) that moves the wall clock AGENTHUMAN_SHIFT_DAYS days ahead (default
// 400): `Date.now()` and `new Date()` without arguments move; timers, `Date.parse` and dates built
// from parts do not. A test that passes today but fails under it depends on the day it was
// written. `npm run test:unit:later` runs the unit suite with it, about one and five years ahead.
'use strict';

const days = Number(process.env.AGENTHUMAN_SHIFT_DAYS ?? 400);
if (!Number.isFinite(days)) throw new Error(`AGENTHUMAN_SHIFT_DAYS must be a number of days, not "${process.env.AGENTHUMAN_SHIFT_DAYS}"`);
const offset = days * 86_400_000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
