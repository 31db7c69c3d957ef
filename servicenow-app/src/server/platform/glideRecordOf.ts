import { GlideRecord } from '@servicenow/glide';

/** A GlideRecord on any table, typed loosely: the app's tables are not in the platform's type map. */
export const glideRecordOf = (table: string): GlideRecord<string> => new GlideRecord<string>(table);
