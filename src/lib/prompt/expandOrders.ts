import type { OptionOrder, OptionOrderSetting } from './types.ts';

/** The option orders one item is asked in; 'both' asks twice so position bias can be averaged out. */
export function expandOrders(setting: OptionOrderSetting): OptionOrder[] {
  switch (setting) {
    case 'original':
      return ['original'];
    case 'reversed':
      return ['reversed'];
    case 'both':
      return ['original', 'reversed'];
  }
}
